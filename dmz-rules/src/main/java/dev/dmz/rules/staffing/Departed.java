package dev.dmz.rules.staffing;

import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Event;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A named engineer left; the seat became a vacancy.
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class Departed implements StaffingEvent, WithDeparted {
  Departed() {}

  /**
   * The engineer.
   *
   * @return the engineer
   */
  @Value.Parameter
  public abstract EngineerId engineer();

  /**
   * Why.
   *
   * @return why
   */
  @Value.Parameter
  public abstract DepartureReason reason();

  /**
   * The vacancy left behind.
   *
   * @return the vacancy left behind
   */
  @Value.Parameter
  public abstract VacancyId vacancy();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The event.
   *
   * @param engineer the engineer
   * @param reason why
   * @param vacancy the vacancy left behind
   * @param date the effective date
   * @return the event
   */
  public static Departed of(EngineerId engineer, DepartureReason reason, VacancyId vacancy, LocalDate date) {
    return ImmutableDeparted.of(engineer, reason, vacancy, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("Departed.date", date());
  }
}
