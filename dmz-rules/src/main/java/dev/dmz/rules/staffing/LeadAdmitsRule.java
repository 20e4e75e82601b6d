package dev.dmz.rules.staffing;

import static dev.dmz.rules.command.CommandChecks.onlyLead;
import static dev.dmz.rules.command.CommandChecks.withFinding;
import static dev.dmz.rules.command.CommandChecks.within;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.core.staffing.StaffingLine;
import dev.dmz.rules.Command;
import dev.dmz.rules.CommandRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.command.CommandChecks;
import dev.dmz.rules.command.Window;
import dev.dmz.rules.commercial.Premiums;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code DMZ-LEAD-ADMITS}: only the lead admits, and only candidates from the pool; a parent can only
 * nominate its own employees.
 *
 * <p>A nomination is dated up to the program's last day (the pool forms before the program starts), an
 * admission within the program period (docs/rules.md, Conventions). Filling a vacancy is {@code
 * DMZ-REPLACEMENT-VETO}'s alone, someone outside the pool included: one fault, one finding.
 *
 * <p>Choices where the contract is silent, each a finding of this rule:
 * <ul>
 *   <li>the same person twice: nominating someone already in the pool or on the program is refused;
 *       an engineer who left may be nominated again and come back;</li>
 *   <li>an engineer id is the person's identity in the program: a nomination that gives a known id,
 *       or the id a premium rate of the charter names, another employer is refused, with that finding
 *       alone.</li>
 * </ul>
 */
final class LeadAdmitsRule implements CommandRule {
  /** The rule. */
  static final CommandRule RULE = new LeadAdmitsRule();

  private LeadAdmitsRule() {}

  @Override
  public RuleId id() {
    return DmzRuleId.LEAD_ADMITS.id();
  }

  @Override
  public Set<Class<? extends Command>> governs() {
    return Set.of(Nominate.class, Admit.class);
  }

  @Override
  public List<Finding> check(ProgramState state, Command command) {
    // Written for the common case, a command that is fine: no list until a finding is made.
    if (command instanceof Nominate nomination) {
      return nomination(state, nomination);
    } else if (command instanceof Admit admission) {
      List<Finding> findings =
          withFinding(List.of(), onlyLead(DmzRuleId.LEAD_ADMITS, state, command, "admits engineers"));
      findings = withFinding(findings, fromPool(state, admission.engineer()));
      return withFinding(findings,
          within(Window.PROGRAM_PERIOD, DmzRuleId.LEAD_ADMITS, state, command, "An admission"));
    }
    return List.of(); // not this rule's command
  }

  private static List<Finding> nomination(ProgramState state, Nominate command) {
    List<Finding> findings = List.of();
    StaffingLine line = command.line();
    Optional<PartyId> parent = state.parentOf(command.actor());
    if (parent.isEmpty()) {
      findings = withFinding(findings,
          CommandChecks.onlyParent(DmzRuleId.LEAD_ADMITS, state, command, "nominates candidates"));
    } else if (!parent.orElseThrow().equals(line.employer())) {
      findings = withFinding(findings, DmzRuleId.LEAD_ADMITS.error(CommandChecks.actor(command),
          parent.orElseThrow() + " nominates " + line.label() + ", an employee of " + line.employer()
              + "; a parent nominates only its own employees.",
          "Let " + line.employer() + " nominate its own employee."));
    }
    findings = withFinding(findings,
        within(Window.UNTIL_PROGRAM_END, DmzRuleId.LEAD_ADMITS, state, command, "A nomination"));
    if (line instanceof NamedEngineer engineer) {
      Subject subject = Subject.engineer(engineer.id());
      Optional<String> owner = ownerOfId(state, engineer);
      if (owner.isPresent()) { // one fault, one finding: not also "already in the pool" for another's id
        findings = withFinding(findings, DmzRuleId.LEAD_ADMITS.error(subject,
            "The engineer id " + engineer.id() + " belongs to " + owner.orElseThrow() + ", not to an employee of "
                + engineer.employer() + ".",
            "Give every engineer an id of their own, for example prefixed with the employer."));
      } else if (state.staffing().isCandidate(engineer.id())) {
        findings = withFinding(findings, DmzRuleId.LEAD_ADMITS.error(subject,
            engineer.name() + " (" + engineer.id() + ") is already in the candidate pool.",
            "Nominate each person once."));
      } else if (state.staffing().isActive(engineer.id())) {
        findings = withFinding(findings, DmzRuleId.LEAD_ADMITS.error(subject,
            engineer.name() + " (" + engineer.id() + ") is already on the program.",
            "Nominate each person once; an engineer who left may be nominated again."));
      }
    }
    return findings;
  }

  /**
   * Who an engineer id already belongs to, when it is not the nominated line's employer: someone the
   * program knows (in the pool, on the program now or before), or the engineer a premium rate of the
   * charter names. An id is the person's identity in the program, so that another parent cannot take
   * it over (and, with it, the power to cancel that engineer's premium).
   */
  private static Optional<String> ownerOfId(ProgramState state, NamedEngineer nominated) {
    Optional<NamedEngineer> owner = state.staffing().known(nominated.id())
        .or(() -> Premiums.rateOf(state, nominated.id()).map(rate -> (NamedEngineer) rate.engineer()));
    return owner.filter(known -> !known.employer().equals(nominated.employer()))
        .map(known -> known.name() + " of " + known.employer());
  }

  private static Optional<Finding> fromPool(ProgramState state, EngineerId engineer) {
    if (state.staffing().isActive(engineer)) {
      return Optional.of(DmzRuleId.LEAD_ADMITS.error(Subject.engineer(engineer),
          engineer + " is already on the program.", "Admit each engineer once."));
    } else if (!state.staffing().isCandidate(engineer)) {
      return Optional.of(DmzRuleId.LEAD_ADMITS.error(Subject.engineer(engineer),
          engineer + " is not in the candidate pool.",
          "Have the engineer's employer nominate them first."));
    }
    return Optional.empty();
  }
}
