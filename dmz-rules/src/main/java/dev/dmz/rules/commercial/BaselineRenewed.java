package dev.dmz.rules.commercial;

import dev.dmz.core.commercial.RebaseliningTerms;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Event;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Every parent has signed: the arrangement is closed again, on a new baseline scope.
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class BaselineRenewed implements CommercialEvent, WithBaselineRenewed {
  BaselineRenewed() {}

  /**
   * The new baseline scope: the current scope, if one is known.
   *
   * @return the new baseline scope: the current scope, if one is known
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> baselineScope();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The event.
   *
   * @param baselineScope the new baseline scope: the current scope, if one is known
   * @param date the effective date
   * @return the event
   */
  public static BaselineRenewed of(Optional<? extends BigDecimal> baselineScope, LocalDate date) {
    return ImmutableBaselineRenewed.of(baselineScope, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("BaselineRenewed.date", date());
    baselineScope().ifPresent(s -> Require.digits("BaselineRenewed.baselineScope", s, RebaseliningTerms.SCOPE_DIGITS,
        RebaseliningTerms.SCOPE_DIGITS));
  }
}
