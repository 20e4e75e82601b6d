package dev.dmz.rules.program;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The lead closed a vacancy with no replacement.
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract class VacancyClosed implements Event, WithVacancyClosed {
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
