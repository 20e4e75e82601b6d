package dev.dmz.rules.program;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.charter.ProgramLead;
import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.ip.AssetId;
import dev.dmz.core.ip.ForegroundAsset;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.rules.commercial.Premiums;
import dev.dmz.rules.decision.Readiness;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Everything the rules need to know about a running program, as of its latest event. It is an
 * immutable value of persistent (vavr) collections: applying one event costs O(log n) in the size of
 * the roster, never a copy of it, and nothing in the length of the history. Only the program's own
 * evolution creates states; rules and queries read them.
 *
 * <p>A state can also be written down and read back, as a snapshot of the program: {@link #builder()}
 * rebuilds one from its fields (a codec does, such as dmz-json's {@code Documents.STATE}), and {@link
 * Program#resume(ProgramState, dev.dmz.rules.RuleBook)} goes on from it. A state rebuilt so is trusted as
 * it is: the rules decide on it as on the state it was written from, and on a state no program could
 * have reached (an admitted engineer without a tenure, say) they decide nonsense.
 */
@Value.Immutable
@DmzStyle
public abstract class ProgramState {
  ProgramState() {}

  /**
   * The charter, with the IP framework as last amended before anyone entered.
   *
   * @return the charter
   */
  public abstract ProgramCharter charter();

  /**
   * The charter's readiness under the program's rule book.
   *
   * @return the readiness
   */
  public abstract Readiness readiness();

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
   * The premium rates cancelled by a substitution attempt, with the day of the attempt.
   *
   * @return the day of cancellation by engineer
   */
  public abstract Map<EngineerId, LocalDate> premiumCancellations();

  /**
   * The day the first engineer entered; from then on the IP framework is frozen.
   *
   * @return the day, or empty while nobody has entered
   */
  public abstract Optional<LocalDate> firstEntry();

  /**
   * The accepted milestones.
   *
   * @return the acceptances by milestone
   */
  public abstract Map<MilestoneId, MilestoneAccepted> acceptances();

  /**
   * The program's current scope.
   *
   * @return the scope, or empty when neither the charter nor a command stated one
   */
  public abstract Optional<BigDecimal> scope();

  /**
   * The baseline scope growth is measured against: the charter's, or the latest renewed one.
   *
   * @return the baseline scope, or empty when none is stated
   */
  public abstract Optional<BigDecimal> baselineScope();

  /**
   * Every trigger that fired, oldest first.
   *
   * @return the triggers that re-opened (or would have re-opened) the arrangement
   */
  public abstract Vector<RebaselineTriggered> firedTriggers();

  /**
   * Whether the commercial arrangement is re-opened, waiting for every parent to sign a new
   * baseline.
   *
   * @return true while re-opened
   */
  public abstract boolean reopened();

  /**
   * The parents that signed the new baseline of the re-opened arrangement.
   *
   * @return the parents, empty when the arrangement is closed
   */
  public abstract Set<PartyId> baselineSignatures();

  /**
   * Every contribution to and draw on the risk pool, oldest first.
   *
   * @return the pool's movements: {@link PoolContributed} and {@link PoolDrawn} events
   */
  public abstract Vector<Event> poolMovements();

  /**
   * What is in the risk pool.
   *
   * @return the balance, or empty when the charter has no risk pool
   */
  public abstract Optional<Money> poolBalance();

  /**
   * Foreground IP recorded so far.
   *
   * @return the assets by id
   */
  public abstract Map<AssetId, ForegroundAsset> foregroundIp();

  /**
   * The job offers made, oldest first.
   *
   * @return the offers
   */
  public abstract Vector<JobOfferMade> offers();

  /**
   * The day of the latest accepted event (refusals are recorded but do not move it): a command
   * dated before it is refused.
   *
   * @return the day, or empty for a program with no event
   */
  public abstract Optional<LocalDate> lastDate();

  /**
   * A builder of a state from its fields, for a codec that reads back a state written from a program
   * (a snapshot); every field is required but the optional ones ({@code firstEntry}, {@code scope},
   * {@code baselineScope}, {@code poolBalance}, {@code lastDate}). A program makes its states itself:
   * rebuild one only from what a program's {@link #charter()} ... {@link #lastDate()} were.
   *
   * <pre>{@code
   * ProgramState copy = ProgramState.builder().from(program.state()).build();   // equal to it
   * Program resumed = Program.resume(copy, program.ruleBook());
   * }</pre>
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgramState}; see {@link ProgramState#builder()}. */
  public static final class Builder extends ImmutableProgramState.Builder {
    Builder() {}
  }

  static ProgramState initial(ProgramCharter charter, Readiness readiness) {
    Optional<BigDecimal> baseline = charter.commercialModel()
        .flatMap(m -> m.rebaselining().baselineScope());
    Optional<Money> pool = charter.commercialModel()
        .flatMap(m -> m.riskPool().map(p -> Money.zero(m.currency())));
    return ImmutableProgramState.builder()
        .charter(charter)
        .readiness(readiness)
        .candidates(HashMap.empty())
        .engineers(HashMap.empty())
        .tenures(HashMap.empty())
        .vacancies(HashMap.empty())
        .premiumCancellations(HashMap.empty())
        .acceptances(HashMap.empty())
        .scope(baseline)
        .baselineScope(baseline)
        .firedTriggers(Vector.empty())
        .reopened(false)
        .baselineSignatures(HashSet.empty())
        .poolMovements(Vector.empty())
        .poolBalance(pool)
        .foregroundIp(LinkedHashMap.empty())
        .offers(Vector.empty())
        .build();
  }

  /**
   * The program lead, when the charter names exactly one.
   *
   * @return the lead
   */
  public Optional<ProgramLead> lead() {
    return charter().lead();
  }

  /**
   * Whether an actor is the program's lead.
   *
   * @param actor the actor
   * @return true for the lead the charter names, acting as lead
   */
  public boolean isLead(Actor actor) {
    Optional<ProgramLead> lead = lead();
    return lead.isPresent() && actor.is(lead.orElseThrow().id());
  }

  /**
   * The parent an actor is.
   *
   * @param actor the actor
   * @return the parent's id, or empty when the actor is not a parent of this program
   */
  public Optional<PartyId> parentOf(Actor actor) {
    if (actor.kind() != ActorKind.PARENT) {
      return Optional.empty();
    }
    for (Party party : charter().parties()) { // the first party with the actor's id, without listing ids
      if (actor.is(party.id())) {
        return Optional.of(party.id());
      }
    }
    return Optional.empty();
  }

  /**
   * The engineer's current tenure.
   *
   * @param engineer the engineer
   * @return the open tenure, or empty when the engineer is not on the program
   */
  public Optional<Tenure> currentTenure(EngineerId engineer) {
    return tenures().get(engineer).flatMap(Vector::lastOption).filter(Tenure::isOpen).toJavaOptional();
  }

  /**
   * Whether an engineer is on the program now.
   *
   * @param engineer the engineer
   * @return true while admitted and not departed
   */
  public boolean isActive(EngineerId engineer) {
    // Asked by several rules on every command: one lookup, nothing allocated.
    Option<Vector<Tenure>> tenures = tenures().get(engineer);
    return tenures.isDefined() && !tenures.get().isEmpty() && tenures.get().last().isOpen();
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
    return charter().period().contains(day)
        && tenures().get(engineer).map(ts -> ts.exists(t -> t.covers(day))).getOrElse(false);
  }

  /**
   * The parent that employs an engineer, as far as the program knows the engineer: on the program
   * now or before, in the candidate pool, or named by a premium rate of the charter.
   *
   * @param engineer the engineer
   * @return the employer, or empty for an engineer the program does not know
   */
  public Optional<PartyId> employerOf(EngineerId engineer) {
    return engineers().get(engineer).orElse(() -> candidates().get(engineer)).map(NamedEngineer::employer)
        .toJavaOptional()
        .or(() -> Premiums.rateOf(this, engineer).map(rate -> rate.engineer().employer()));
  }

  /**
   * The named engineers on the program now.
   *
   * @return the roster, by id
   */
  public Map<EngineerId, NamedEngineer> roster() {
    return engineers().filterKeys(this::isActive);
  }
}
