package dev.dmz.rules;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.charter.ProgramLead;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.rules.commercial.CommercialState;
import dev.dmz.rules.commercial.Premiums;
import dev.dmz.rules.decision.Readiness;
import dev.dmz.rules.ip.IpState;
import dev.dmz.rules.staffing.StaffingState;
import java.time.LocalDate;
import java.util.Optional;
import dev.dmz.core.value.InvalidValueException;
import dev.dmz.core.value.Require;
import org.immutables.value.Value;

/**
 * Everything the rules need to know about a running program, as of its latest event: the charter and
 * its readiness, the latest date, and the part each wall owns ({@link #staffing()}, {@link
 * #commercial()}, {@link #ip()}). It is an immutable value of persistent (vavr) collections: applying
 * one event costs O(log n) in the size of the roster, never a copy of it, and nothing in the length of
 * the history. It holds what the rules decide on, not the history itself: who drew on the pool, which
 * triggers fired and which offers were made are in the program's history. A program makes its states
 * by evolving them ({@link RuleBook#evolve}): each wall replaces its own part ({@link #withStaffing} and
 * the like, public so that the walls' packages can), and the program moves the latest date and checks an
 * amended charter's readiness. Rules and queries only read states.
 *
 * <p>A state can also be written down and read back, as a snapshot of the program: {@link #builder()}
 * rebuilds one from its fields (a codec does, such as dmz-json's {@code Documents.STATE}), and {@link
 * Program#resume(ProgramState, RuleBook)} goes on from it. A state rebuilt so is trusted as it is: the
 * rules decide on it as on the state it was written from, and on a state no program could have reached
 * (an admitted engineer without a tenure, say) they decide nonsense.
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
   * The day of the latest accepted event (refusals are recorded but do not move it): a command
   * dated before it is refused.
   *
   * @return the day, or empty for a program with no event
   */
  public abstract Optional<LocalDate> lastDate();

  /**
   * Whether a day lies before the program's latest event ({@link #lastDate()}): a command dated so is
   * refused ({@code DMZ-CHRONOLOGY}).
   *
   * @param day the day
   * @return true before the latest event's day, false on or after it and while the program has no event
   */
  public boolean isBeforeLastDate(LocalDate day) {
    return day.isBefore(latestDay());
  }

  /**
   * The latest event's day, or {@link LocalDate#MIN} before the first: {@link #lastDate()} kept without
   * its {@code Optional}, which each call makes anew and which a rule asked on every command would
   * otherwise allocate where the compiler does not remove it. Not part of the state's value.
   */
  @Value.Derived
  @Value.Auxiliary
  LocalDate latestDay() {
    return lastDate().orElse(LocalDate.MIN);
  }

  /**
   * The staffing wall's part: the candidate pool, the engineers and their tenures, the vacancies.
   *
   * @return the staffing
   */
  public abstract StaffingState staffing();

  /**
   * The commercial model's part: milestones, scope and baseline, the risk pool, premium rates.
   *
   * @return the commercial state
   */
  public abstract CommercialState commercial();

  /**
   * The IP framework's part: the foreground IP recorded.
   *
   * @return the IP state
   */
  public abstract IpState ip();

  /**
   * Checks the one thing two parts of a state both hold: the staffing's program period (which bounds
   * every tenure) is the charter's. A program's own states always agree; a state rebuilt from fields
   * that do not is refused here, not decided on.
   *
   * @throws InvalidValueException naming {@code ProgramState.staffing.period} if they differ
   */
  @Value.Check
  void periodAgrees() {
    Require.that(staffing().period().equals(charter().period()), "ProgramState.staffing.period",
        "must be the charter's program period, " + charter().period(), staffing().period());
  }

  /**
   * A builder of a state from its fields, for a codec that reads back a state written from a program
   * (a snapshot); every field is required but {@code lastDate}. A program makes its states itself:
   * rebuild one only from what a program's state was.
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
    return builder()
        .charter(charter)
        .readiness(readiness)
        .staffing(StaffingState.start(charter.period()))
        .commercial(CommercialState.start(charter))
        .ip(IpState.start())
        .build();
  }

  /**
   * This state with the staffing wall's part replaced; the staffing wall evolves states so.
   *
   * @param staffing the new part
   * @return the new state
   */
  public ProgramState withStaffing(StaffingState staffing) {
    return ImmutableProgramState.copyOf(this).withStaffing(staffing);
  }

  /**
   * This state with the commercial model's part replaced; the commercial wall evolves states so.
   *
   * @param commercial the new part
   * @return the new state
   */
  public ProgramState withCommercial(CommercialState commercial) {
    return ImmutableProgramState.copyOf(this).withCommercial(commercial);
  }

  /**
   * This state with the IP framework's part replaced; the IP wall evolves states so.
   *
   * @param ip the new part
   * @return the new state
   */
  public ProgramState withIp(IpState ip) {
    return ImmutableProgramState.copyOf(this).withIp(ip);
  }

  /**
   * This state with an amended charter (the IP wall amends the framework before anyone enters). The
   * readiness stays as it was: {@link RuleBook#evolve} checks the amended charter again.
   *
   * @param charter the amended charter
   * @return the new state
   */
  public ProgramState withCharter(ProgramCharter charter) {
    return ImmutableProgramState.copyOf(this).withCharter(charter);
  }

  ProgramState withReadiness(Readiness readiness) {
    return ImmutableProgramState.copyOf(this).withReadiness(readiness);
  }

  ProgramState withLastDate(LocalDate day) {
    return ImmutableProgramState.copyOf(this).withLastDate(day);
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
   * The parent that employs an engineer, as far as the program knows the engineer: on the program
   * now or before, in the candidate pool, or named by a premium rate of the charter.
   *
   * @param engineer the engineer
   * @return the employer, or empty for an engineer the program does not know
   */
  public Optional<PartyId> employerOf(EngineerId engineer) {
    return staffing().employerOf(engineer)
        .or(() -> Premiums.rateOf(this, engineer).map(rate -> rate.engineer().employer()));
  }
}
