package dev.dmz.rules.commercial;

import dev.dmz.core.commercial.RebaseliningTerms;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Event;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The program's current scope changed.
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class ScopeChanged implements CommercialEvent, WithScopeChanged {
  ScopeChanged() {}

  /**
   * The current scope.
   *
   * @return the current scope
   */
  @Value.Parameter
  public abstract BigDecimal scope();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The event.
   *
   * @param scope the current scope
   * @param date the effective date
   * @return the event
   */
  public static ScopeChanged of(BigDecimal scope, LocalDate date) {
    return ImmutableScopeChanged.of(scope, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("ScopeChanged.date", date());
    Require.digits("ScopeChanged.scope", scope(), RebaseliningTerms.SCOPE_DIGITS, RebaseliningTerms.SCOPE_DIGITS);
  }
}
