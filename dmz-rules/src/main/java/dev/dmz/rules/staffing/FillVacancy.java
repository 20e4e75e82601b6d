package dev.dmz.rules.staffing;

import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The lead fills a vacancy with a named candidate from the pool ({@code DMZ-REPLACEMENT-VETO}).
 *
 * <pre>{@code
 * FillVacancy.of(Actor.lead(lead.id()), VacancyId.of("V1"), EngineerId.of("VS-2001"), day)
 * }</pre>
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class FillVacancy implements StaffingCommand, WithFillVacancy {
  FillVacancy() {}

  @Override
  @Value.Parameter
  public abstract Actor actor();

  /**
   * The vacancy to fill.
   *
   * @return the vacancy to fill
   */
  @Value.Parameter
  public abstract VacancyId vacancy();

  /**
   * The candidate who takes the seat.
   *
   * @return the candidate who takes the seat
   */
  @Value.Parameter
  public abstract EngineerId engineer();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The command.
   *
   * @param actor who asks
   * @param vacancy the vacancy to fill
   * @param engineer the candidate who takes the seat
   * @param date the effective date
   * @return the command
   */
  public static FillVacancy of(Actor actor, VacancyId vacancy, EngineerId engineer, LocalDate date) {
    return ImmutableFillVacancy.of(actor, vacancy, engineer, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("FillVacancy.date", date());
  }
}
