package dev.dmz.rules.staffing;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Event;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An event of the staffing wall; it changes the program's {@link StaffingState}.
 *
 * <p>Each event is a record. Its {@code of} factory and its canonical constructor make the same
 * checks: a null field is a {@link NullPointerException} and a field out of its range an {@link
 * dev.dmz.core.value.InvalidValueException}, each naming the field. There are no {@code with...}
 * copies: make a new record.
 */
public sealed interface StaffingEvent extends Event {
  /**
   * A named candidate entered the pool.
   *
   * @param candidate the candidate
   * @param nominatedBy the nominating parent
   * @param date the effective date
   */
  record Nominated(NamedEngineer candidate, PartyId nominatedBy, LocalDate date) implements StaffingEvent {
    public Nominated {
      Objects.requireNonNull(candidate, "Nominated.candidate is null");
      Objects.requireNonNull(nominatedBy, "Nominated.nominatedBy is null");
      Objects.requireNonNull(date, "Nominated.date is null");
      Require.plannable("Nominated.date", date);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static Nominated of(NamedEngineer candidate, PartyId nominatedBy, LocalDate date) {
      return new Nominated(candidate, nominatedBy, date);
    }
  }

  /**
   * A candidate entered the program, into a new seat or a vacancy the lead filled with them.
   *
   * @param engineer the engineer
   * @param vacancy the vacancy filled, if any
   * @param date the effective date
   */
  record Admitted(EngineerId engineer, Optional<VacancyId> vacancy, LocalDate date) implements StaffingEvent {
    public Admitted {
      Objects.requireNonNull(engineer, "Admitted.engineer is null");
      Objects.requireNonNull(vacancy, "Admitted.vacancy is null");
      Objects.requireNonNull(date, "Admitted.date is null");
      Require.plannable("Admitted.date", date);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static Admitted of(EngineerId engineer, Optional<VacancyId> vacancy, LocalDate date) {
      return new Admitted(engineer, vacancy, date);
    }

    /**
     * The event as a record prints it, the vacancy left out when there is none.
     *
     * @return such as {@code Admitted[engineer=VS-1107, date=2027-02-03]}, or with {@code vacancy=V1}
     *     before the date
     */
    @Override
    public String toString() {
      return "Admitted[engineer=" + engineer + vacancy.map(v -> ", vacancy=" + v).orElse("") + ", date=" + date + "]";
    }
  }

  /**
   * A named engineer left; the seat became a vacancy.
   *
   * @param engineer the engineer
   * @param reason why
   * @param vacancy the vacancy left behind
   * @param date the effective date
   */
  record Departed(EngineerId engineer, DepartureReason reason, VacancyId vacancy, LocalDate date)
      implements StaffingEvent {
    public Departed {
      Objects.requireNonNull(engineer, "Departed.engineer is null");
      Objects.requireNonNull(reason, "Departed.reason is null");
      Objects.requireNonNull(vacancy, "Departed.vacancy is null");
      Objects.requireNonNull(date, "Departed.date is null");
      Require.plannable("Departed.date", date);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static Departed of(EngineerId engineer, DepartureReason reason, VacancyId vacancy, LocalDate date) {
      return new Departed(engineer, reason, vacancy, date);
    }
  }

  /**
   * The lead closed a vacancy with no replacement.
   *
   * @param vacancy the vacancy
   * @param date the effective date
   */
  record VacancyClosed(VacancyId vacancy, LocalDate date) implements StaffingEvent {
    public VacancyClosed {
      Objects.requireNonNull(vacancy, "VacancyClosed.vacancy is null");
      Objects.requireNonNull(date, "VacancyClosed.date is null");
      Require.plannable("VacancyClosed.date", date);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static VacancyClosed of(VacancyId vacancy, LocalDate date) {
      return new VacancyClosed(vacancy, date);
    }
  }
}
