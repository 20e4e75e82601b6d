package dev.dmz.rules.commercial;

import dev.dmz.core.commercial.RebaseliningTerms;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The program's current scope, as measured on a day, in the unit of the baseline scope. Growth
 * beyond the threshold re-opens the arrangement ({@code DMZ-REBASELINE}). The lead or a parent records it.
 *
 * <pre>{@code
 * RecordScopeChange.of(Actor.lead(lead.id()), new BigDecimal("470"), day)
 * }</pre>
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class RecordScopeChange implements CommercialCommand, WithRecordScopeChange {
  RecordScopeChange() {}

  @Override
  @Value.Parameter
  public abstract Actor actor();

  /**
   * The current scope, more than zero, of at most {@value RebaseliningTerms#SCOPE_DIGITS} digits
   * before the point and as many after it.
   *
   * @return the current scope
   */
  @Value.Parameter
  public abstract BigDecimal scope();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The command.
   *
   * @param actor who asks
   * @param scope the current scope, more than zero
   * @param date the effective date
   * @return the command
   */
  public static RecordScopeChange of(Actor actor, BigDecimal scope, LocalDate date) {
    return ImmutableRecordScopeChange.of(actor, scope, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("RecordScopeChange.date", date());
    Require.positive("RecordScopeChange.scope", scope());
    Require.digits("RecordScopeChange.scope", scope(), RebaseliningTerms.SCOPE_DIGITS, RebaseliningTerms.SCOPE_DIGITS);
  }
}
