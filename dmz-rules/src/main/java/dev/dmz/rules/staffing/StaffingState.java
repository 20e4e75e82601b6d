package dev.dmz.rules.staffing;

import dev.dmz.core.charter.ProgramPeriod;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.core.value.DmzStyle;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The staffing wall's part of a program's state: the candidate pool, the engineers admitted with their
 * tenures, and the vacancies departures left. Persistent (vavr) collections: an event costs O(log n) in
 * the number of engineers, never a copy. Read it through {@code ProgramState.staffing()}.
 */
@Value.Immutable
@DmzStyle
public abstract class StaffingState {
  StaffingState() {}

  /**
   * The program period, which bounds every tenure.
   *
   * @return the period of the charter
   */
  public abstract ProgramPeriod period();

  /**
   * The candidate pool: nominated named engineers not on the program.
   *
   * @return the candidates by id
   */
  public abstract Map<EngineerId, NamedEngineer> candidates();

  /**
   * Every engineer ever admitted, on the program now or gone.
   *
   * @return the engineers by id
   */
  public abstract Map<EngineerId, NamedEngineer> engineers();

  /**
   * The tenures of every engineer ever admitted, oldest first.
   *
   * @return the tenures by engineer
   */
  public abstract Map<EngineerId, Vector<Tenure>> tenures();

  /**
   * Every vacancy, open or resolved, in no particular order (sort by {@link Vacancy#openedOn()} for the
   * order they opened). A hash map: opening, filling or closing a vacancy costs O(log n).
   *
   * @return the vacancies by id
   */
  public abstract Map<VacancyId, Vacancy> vacancies();

  /**
   * The day the first engineer entered; from then on the IP framework is frozen.
   *
   * @return the day, or empty while nobody has entered
   */
  public abstract Optional<LocalDate> firstEntry();

  /**
   * The staffing of a program that has just started: nobody nominated, nobody on it.
   *
   * @param period the program period
   * @return the empty staffing
   */
  public static StaffingState start(ProgramPeriod period) {
    return builder().period(period).candidates(HashMap.empty()).engineers(HashMap.empty())
        .tenures(HashMap.empty()).vacancies(HashMap.empty()).build();
  }

  /**
   * A builder of the staffing from its fields, for a codec that reads back a state written from a
   * program (a snapshot). A program makes its states itself; see {@code ProgramState.builder()}.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StaffingState}; see {@link StaffingState#builder()}. */
  public static final class Builder extends ImmutableStaffingState.Builder {
    Builder() {}
  }

  /**
   * The engineer's current tenure.
   *
   * @param engineer the engineer
   * @return the open tenure, or empty when the engineer is not on the program
   */
  public Optional<Tenure> currentTenure(EngineerId engineer) {
    Vector<Tenure> tenures = tenuresOf(engineer);
    return tenures.isEmpty() || !tenures.last().isOpen() ? Optional.empty() : Optional.of(tenures.last());
  }

  /**
   * Whether an engineer is on the program now.
   *
   * @param engineer the engineer
   * @return true while admitted and not departed
   */
  public boolean isActive(EngineerId engineer) {
    Vector<Tenure> tenures = tenuresOf(engineer);
    return !tenures.isEmpty() && tenures.last().isOpen();
  }

  /**
   * Whether an engineer is in the candidate pool: nominated and not on the program.
   *
   * @param engineer the engineer
   * @return true for a candidate
   */
  public boolean isCandidate(EngineerId engineer) {
    return candidates().getOrElse(engineer, null) != null; // see tenuresOf: containsKey makes an Option
  }

  /**
   * A vacancy, open or resolved.
   *
   * @param id the vacancy's id
   * @return the vacancy, or empty when no departure opened one with this id
   */
  public Optional<Vacancy> vacancy(VacancyId id) {
    return Optional.ofNullable(vacancies().getOrElse(id, null)); // see tenuresOf
  }

  /**
   * An engineer's tenures, empty for someone never admitted. The lookups that rules make on every
   * command ask the maps with {@code getOrElse}: vavr's {@code get} and {@code containsKey} wrap the
   * value in an {@code Option} deep in the trie's lookup, which the compiler keeps once a map of
   * thousands of engineers makes the lookup too deep to inline (a decision at 10,000 engineers
   * allocated 32 to 64 bytes more than at 10). The maps hold no null values.
   */
  private Vector<Tenure> tenuresOf(EngineerId engineer) {
    return tenures().getOrElse(engineer, Vector.empty());
  }

  /**
   * Whether an engineer was on the program on a day, by any tenure. Nobody is on the program outside
   * its period: a tenure still open at the program's end ends with it.
   *
   * @param engineer the engineer
   * @param day the day
   * @return true from an admission day up to, not including, the matching departure day, within the
   *     program period
   */
  public boolean wasActiveOn(EngineerId engineer, LocalDate day) {
    return period().contains(day)
        && tenuresOf(engineer).exists(t -> t.covers(day));
  }

  /**
   * A named engineer the program knows: on the program now or before, or in the candidate pool.
   *
   * @param engineer the engineer
   * @return the engineer as nominated, or empty for someone never nominated
   */
  public Optional<NamedEngineer> known(EngineerId engineer) {
    NamedEngineer admitted = engineers().getOrElse(engineer, null); // see tenuresOf
    return Optional.ofNullable(admitted != null ? admitted : candidates().getOrElse(engineer, null));
  }

  /**
   * The parent that employs an engineer the program knows (see {@link #known(EngineerId)}).
   *
   * @param engineer the engineer
   * @return the employer, or empty for someone never nominated
   */
  public Optional<PartyId> employerOf(EngineerId engineer) {
    return known(engineer).map(NamedEngineer::employer);
  }

  /**
   * The named engineers on the program now.
   *
   * @return the roster, by id
   */
  public Map<EngineerId, NamedEngineer> roster() {
    return engineers().filterKeys(this::isActive);
  }

  /**
   * The vacancy an engineer's latest departure left, while it is open: the seat the lead has yet to
   * fill or close.
   *
   * @param engineer the engineer who left
   * @return the open vacancy, or empty when the engineer left none open (or never left); when an
   *     engineer who came back left again, the vacancy of the latest departure that is still open
   */
  public Optional<Vacancy> openVacancyLeftBy(EngineerId engineer) {
    return vacancies().values().filter(v -> v.leftBy().equals(engineer) && v.isOpen())
        .maxBy(Comparator.comparing(Vacancy::openedOn).thenComparing(v -> v.id().value().length())
            .thenComparing(v -> v.id().value()))
        .toJavaOptional();
  }
}
