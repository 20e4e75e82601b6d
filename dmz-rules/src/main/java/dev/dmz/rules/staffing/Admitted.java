package dev.dmz.rules.staffing;

import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Event;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A candidate entered the program, into a new seat or a vacancy the lead filled with them.
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class Admitted implements StaffingEvent, WithAdmitted {
  Admitted() {}

  /**
   * The engineer.
   *
   * @return the engineer
   */
  @Value.Parameter
  public abstract EngineerId engineer();

  /**
   * The vacancy filled, if any.
   *
   * @return the vacancy filled, if any
   */
  @Value.Parameter
  public abstract Optional<VacancyId> vacancy();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The event.
   *
   * @param engineer the engineer
   * @param vacancy the vacancy filled, if any
   * @param date the effective date
   * @return the event
   */
  public static Admitted of(EngineerId engineer, Optional<? extends VacancyId> vacancy, LocalDate date) {
    return ImmutableAdmitted.of(engineer, vacancy, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("Admitted.date", date());
  }
}
