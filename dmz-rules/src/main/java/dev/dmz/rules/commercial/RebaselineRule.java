package dev.dmz.rules.commercial;

import static dev.dmz.rules.command.CommandChecks.leadOrParent;
import static dev.dmz.rules.command.CommandChecks.onlyParent;
import static dev.dmz.rules.command.CommandChecks.within;

import dev.dmz.core.agreement.WallKind;
import dev.dmz.core.party.PartyId;
import dev.dmz.rules.Command;
import dev.dmz.rules.CommandRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.command.Window;
import dev.dmz.rules.commercial.CommercialCommand.RecordScopeChange;
import dev.dmz.rules.commercial.CommercialCommand.SignNewBaseline;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code DMZ-REBASELINE}, the commands' side: the lead or a parent records the scope; only a parent
 * signs a new baseline, once, and only while the arrangement is re-opened. Both are dated from the
 * program's first day on, its close-out included (docs/rules.md, Conventions: the program period). (Which
 * measures re-open it is decided when the commands that change them are; see {@link Rebaselining}.)
 */
final class RebaselineRule implements CommandRule {
  /** The rule. */
  static final CommandRule RULE = new RebaselineRule();

  private RebaselineRule() {}

  @Override
  public RuleId id() {
    return DmzRuleId.REBASELINE.id();
  }

  @Override
  public Set<Class<? extends Command>> governs() {
    return Set.of(RecordScopeChange.class, SignNewBaseline.class);
  }

  @Override
  public List<Finding> check(ProgramState state, Command command) {
    if (!(command instanceof RecordScopeChange || command instanceof SignNewBaseline)) {
      return List.of(); // not this rule's command: nothing to allocate
    }
    List<Finding> findings = new ArrayList<>();
    if (command instanceof RecordScopeChange) {
      leadOrParent(DmzRuleId.REBASELINE, state, command, "records the scope").ifPresent(findings::add);
      within(Window.FROM_PROGRAM_START, DmzRuleId.REBASELINE, state, command, "A scope change")
          .ifPresent(findings::add);
    } else if (command instanceof SignNewBaseline) {
      Optional<PartyId> parent = state.parentOf(command.actor());
      onlyParent(DmzRuleId.REBASELINE, state, command, "signs a new baseline").ifPresent(findings::add);
      Subject wall = Subject.wall(WallKind.COMMERCIAL_MODEL);
      if (!state.commercial().reopened()) {
        findings.add(DmzRuleId.REBASELINE.error(wall,
            "The commercial arrangement is not re-opened, so there is no new baseline to sign.",
            "Sign a new baseline after a trigger re-opens the arrangement."));
      } else if (parent.filter(p -> state.commercial().baselineSignatures().contains(p)).isPresent()) {
        findings.add(DmzRuleId.REBASELINE.error(wall,
            parent.orElseThrow() + " has already signed the new baseline.", "Sign once."));
      }
      within(Window.FROM_PROGRAM_START, DmzRuleId.REBASELINE, state, command, "A new-baseline signature")
          .ifPresent(findings::add);
    }
    return findings;
  }
}
