package dev.dmz.rules.commercial;

import static dev.dmz.rules.command.CommandChecks.onlyLead;
import static dev.dmz.rules.command.CommandChecks.withFinding;
import static dev.dmz.rules.command.CommandChecks.within;

import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.rules.Command;
import dev.dmz.rules.CommandRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.command.Window;
import dev.dmz.rules.commercial.CommercialCommand.AcceptMilestone;
import dev.dmz.rules.commercial.CommercialEvent.MilestoneAccepted;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import io.vavr.control.Option;
import java.util.List;
import java.util.Set;

/**
 * {@code DMZ-MILESTONE-PAYMENT}: a supplier is paid the amount a milestone states when the lead
 * accepts it. Only the lead accepts, a milestone the commercial model holds, once, from the program's
 * first day on: the close-out after its last day included (docs/rules.md, Conventions: the program period).
 */
final class MilestonePaymentRule implements CommandRule {
  /** The rule. */
  static final CommandRule RULE = new MilestonePaymentRule();

  private MilestonePaymentRule() {}

  @Override
  public RuleId id() {
    return DmzRuleId.MILESTONE_PAYMENT.id();
  }

  @Override
  public Set<Class<? extends Command>> governs() {
    return Set.of(AcceptMilestone.class);
  }

  @Override
  public List<Finding> check(ProgramState state, Command command) {
    if (!(command instanceof AcceptMilestone)) {
      return List.of();
    }
    // Written for the common case, an acceptance that is fine: no list, no lambda, until a finding is made.
    MilestoneId id = ((AcceptMilestone) command).milestone();
    List<Finding> findings = withFinding(List.of(),
        onlyLead(DmzRuleId.MILESTONE_PAYMENT, state, command, "accepts milestones"));
    if (state.charter().milestone(id).isEmpty()) {
      findings = withFinding(findings, DmzRuleId.MILESTONE_PAYMENT.error(Subject.milestone(id),
          "The commercial model has no milestone " + id + ".", "Accept a milestone the contract states."));
    }
    Option<MilestoneAccepted> accepted = state.commercial().acceptances().get(id);
    if (accepted.isDefined()) {
      findings = withFinding(findings, DmzRuleId.MILESTONE_PAYMENT.error(Subject.milestone(id),
          "Milestone " + id + " was already accepted on " + accepted.get().date() + ".",
          "Accept each milestone once."));
    }
    return withFinding(findings,
        within(Window.FROM_PROGRAM_START, DmzRuleId.MILESTONE_PAYMENT, state, command, "An acceptance"));
  }
}
