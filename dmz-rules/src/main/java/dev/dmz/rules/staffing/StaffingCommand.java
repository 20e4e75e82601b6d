package dev.dmz.rules.staffing;

import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.StaffingLine;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A command of the staffing wall: who is in the candidate pool, who is on the program, and the
 * vacancies departures leave. {@link StaffingSlice} decides them and applies their events.
 *
 * <p>Each command is a record. Its {@code of} factory and its canonical constructor make the same
 * checks: a null field is a {@link NullPointerException} and a field out of its range an {@link
 * dev.dmz.core.value.InvalidValueException}, each naming the field. There are no {@code with...}
 * copies: make a new record.
 */
public sealed interface StaffingCommand extends Command {
  /**
   * A parent proposes a staffing line for the candidate pool ({@code DMZ-NAMED-ENTRY},
   * {@code DMZ-LEAD-ADMITS}): only its own employee, and only an identified person.
   *
   * <pre>{@code
   * Nominate.of(Actor.parent(voltaic), jonas, LocalDate.of(2027, 2, 3))
   * }</pre>
   *
   * @param actor who asks
   * @param line who is nominated, as the offer wrote it
   * @param date the effective date
   */
  record Nominate(Actor actor, StaffingLine line, LocalDate date) implements StaffingCommand {
    public Nominate {
      Objects.requireNonNull(actor, "Nominate.actor is null");
      Objects.requireNonNull(line, "Nominate.line is null");
      Objects.requireNonNull(date, "Nominate.date is null");
      Require.plannable("Nominate.date", date);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static Nominate of(Actor actor, StaffingLine line, LocalDate date) {
      return new Nominate(actor, line, date);
    }
  }

  /**
   * The lead admits a candidate from the pool onto the program ({@code DMZ-LEAD-ADMITS},
   * {@code DMZ-WALLS-BEFORE-ENTRY}).
   *
   * <pre>{@code
   * Admit.of(Actor.lead(lead.id()), EngineerId.of("VS-1042"), LocalDate.of(2027, 2, 1))
   * }</pre>
   *
   * @param actor who asks
   * @param engineer the candidate to admit
   * @param date the effective date
   */
  record Admit(Actor actor, EngineerId engineer, LocalDate date) implements StaffingCommand {
    public Admit {
      Objects.requireNonNull(actor, "Admit.actor is null");
      Objects.requireNonNull(engineer, "Admit.engineer is null");
      Objects.requireNonNull(date, "Admit.date is null");
      Require.plannable("Admit.date", date);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static Admit of(Actor actor, EngineerId engineer, LocalDate date) {
      return new Admit(actor, engineer, date);
    }
  }

  /**
   * A named engineer leaves the program, for any reason; the seat becomes a vacancy that only
   * the lead fills or closes. The lead or the engineer's employer records it. On the departure day the
   * engineer is already gone.
   *
   * <pre>{@code
   * RecordDeparture.of(Actor.parent(voltaic), EngineerId.of("VS-1042"), DepartureReason.ILLNESS, day)
   * }</pre>
   *
   * @param actor who asks
   * @param engineer the engineer who leaves
   * @param reason why the engineer leaves
   * @param date the effective date
   */
  record RecordDeparture(Actor actor, EngineerId engineer, DepartureReason reason, LocalDate date)
      implements StaffingCommand {
    public RecordDeparture {
      Objects.requireNonNull(actor, "RecordDeparture.actor is null");
      Objects.requireNonNull(engineer, "RecordDeparture.engineer is null");
      Objects.requireNonNull(reason, "RecordDeparture.reason is null");
      Objects.requireNonNull(date, "RecordDeparture.date is null");
      Require.plannable("RecordDeparture.date", date);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static RecordDeparture of(Actor actor, EngineerId engineer, DepartureReason reason, LocalDate date) {
      return new RecordDeparture(actor, engineer, reason, date);
    }
  }

  /**
   * The lead fills a vacancy with a named candidate from the pool ({@code DMZ-REPLACEMENT-VETO}).
   *
   * <pre>{@code
   * FillVacancy.of(Actor.lead(lead.id()), VacancyId.of("V1"), EngineerId.of("VS-2001"), day)
   * }</pre>
   *
   * @param actor who asks
   * @param vacancy the vacancy to fill
   * @param engineer the candidate who takes the seat
   * @param date the effective date
   */
  record FillVacancy(Actor actor, VacancyId vacancy, EngineerId engineer, LocalDate date) implements StaffingCommand {
    public FillVacancy {
      Objects.requireNonNull(actor, "FillVacancy.actor is null");
      Objects.requireNonNull(vacancy, "FillVacancy.vacancy is null");
      Objects.requireNonNull(engineer, "FillVacancy.engineer is null");
      Objects.requireNonNull(date, "FillVacancy.date is null");
      Require.plannable("FillVacancy.date", date);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static FillVacancy of(Actor actor, VacancyId vacancy, EngineerId engineer, LocalDate date) {
      return new FillVacancy(actor, vacancy, engineer, date);
    }
  }

  /**
   * The lead closes a vacancy with no replacement ({@code DMZ-REPLACEMENT-VETO}).
   *
   * <pre>{@code
   * CloseVacancy.of(Actor.lead(lead.id()), VacancyId.of("V1"), day)
   * }</pre>
   *
   * @param actor who asks
   * @param vacancy the vacancy to close
   * @param date the effective date
   */
  record CloseVacancy(Actor actor, VacancyId vacancy, LocalDate date) implements StaffingCommand {
    public CloseVacancy {
      Objects.requireNonNull(actor, "CloseVacancy.actor is null");
      Objects.requireNonNull(vacancy, "CloseVacancy.vacancy is null");
      Objects.requireNonNull(date, "CloseVacancy.date is null");
      Require.plannable("CloseVacancy.date", date);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static CloseVacancy of(Actor actor, VacancyId vacancy, LocalDate date) {
      return new CloseVacancy(actor, vacancy, date);
    }
  }

  /**
   * A parent's attempt to swap one of its named engineers for someone else by itself. It is
   * always refused ({@code DMZ-REPLACEMENT-VETO}: only the lead fills a seat, after a departure), and the
   * attempt alone cancels a premium rate tied to the outgoing engineer from that day ({@code
   * DMZ-PREMIUM-CONDITIONAL}).
   *
   * <pre>{@code
   * SubstituteEngineer.of(Actor.parent(voltaic), EngineerId.of("VS-1042"), juniorLine, day)
   * }</pre>
   *
   * @param actor who asks
   * @param outgoing the named engineer the parent wants to take out
   * @param incoming who the parent wants to put in
   * @param date the effective date
   */
  record SubstituteEngineer(Actor actor, EngineerId outgoing, StaffingLine incoming, LocalDate date)
      implements StaffingCommand {
    public SubstituteEngineer {
      Objects.requireNonNull(actor, "SubstituteEngineer.actor is null");
      Objects.requireNonNull(outgoing, "SubstituteEngineer.outgoing is null");
      Objects.requireNonNull(incoming, "SubstituteEngineer.incoming is null");
      Objects.requireNonNull(date, "SubstituteEngineer.date is null");
      Require.plannable("SubstituteEngineer.date", date);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static SubstituteEngineer of(Actor actor, EngineerId outgoing, StaffingLine incoming, LocalDate date) {
      return new SubstituteEngineer(actor, outgoing, incoming, date);
    }
  }
}
