package dev.dmz.rules.staffing;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The lead closes a vacancy with no replacement ({@code DMZ-REPLACEMENT-VETO}).
 *
 * <pre>{@code
 * CloseVacancy.of(Actor.lead(lead.id()), VacancyId.of("V1"), day)
 * }</pre>
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class CloseVacancy implements StaffingCommand, WithCloseVacancy {
  CloseVacancy() {}

  @Override
  @Value.Parameter
  public abstract Actor actor();

  /**
   * The vacancy to close.
   *
   * @return the vacancy to close
   */
  @Value.Parameter
  public abstract VacancyId vacancy();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The command.
   *
   * @param actor who asks
   * @param vacancy the vacancy to close
   * @param date the effective date
   * @return the command
   */
  public static CloseVacancy of(Actor actor, VacancyId vacancy, LocalDate date) {
    return ImmutableCloseVacancy.of(actor, vacancy, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("CloseVacancy.date", date());
  }
}
