package dev.dmz.rules.commercial;

import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An engineer's premium rate was cancelled for good, from this day: the engineer's employer attempted
 * to substitute the engineer ({@code DMZ-PREMIUM-CONDITIONAL}). It follows the refusal of the attempt
 * in the program's history and, like a refusal, does not move the program's latest date.
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class PremiumCancelled implements CommercialEvent, WithPremiumCancelled {
  PremiumCancelled() {}

  /**
   * The engineer whose premium rate is cancelled.
   *
   * @return the engineer
   */
  @Value.Parameter
  public abstract EngineerId engineer();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The event.
   *
   * @param engineer the engineer whose premium rate is cancelled
   * @param date the day of the substitution attempt
   * @return the event
   */
  public static PremiumCancelled of(EngineerId engineer, LocalDate date) {
    return ImmutablePremiumCancelled.of(engineer, date);
  }

  /**
   * A cancellation follows a refusal, which does not move the program's latest date.
   *
   * @return false
   */
  @Override
  public boolean movesLatestDate() {
    return false;
  }

  @Value.Check
  protected void check() {
    Require.plannable("PremiumCancelled.date", date());
  }
}
