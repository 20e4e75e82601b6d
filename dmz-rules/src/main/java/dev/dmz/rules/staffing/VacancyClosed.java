package dev.dmz.rules.staffing;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Event;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The lead closed a vacancy with no replacement.
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class VacancyClosed implements StaffingEvent, WithVacancyClosed {
  VacancyClosed() {}

  /**
   * The vacancy.
   *
   * @return the vacancy
   */
  @Value.Parameter
  public abstract VacancyId vacancy();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The event.
   *
   * @param vacancy the vacancy
   * @param date the effective date
   * @return the event
   */
  public static VacancyClosed of(VacancyId vacancy, LocalDate date) {
    return ImmutableVacancyClosed.of(vacancy, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("VacancyClosed.date", date());
  }
}
