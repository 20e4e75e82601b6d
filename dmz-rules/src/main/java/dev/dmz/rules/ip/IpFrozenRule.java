package dev.dmz.rules.ip;

import static dev.dmz.rules.command.CommandChecks.leadOrParent;
import static dev.dmz.rules.command.CommandChecks.within;

import dev.dmz.core.agreement.WallKind;
import dev.dmz.rules.Command;
import dev.dmz.rules.CommandRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.command.Window;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.ip.IpCommand.AmendIpFramework;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code DMZ-IP-FROZEN}: the IP framework cannot be changed once the first engineer has entered. Before
 * that, the lead or a parent may replace it, on a day up to the program's last (a choice: the contract names
 * no window for amendments, and one dated later would stop every command after it); the amended
 * charter's readiness is checked again.
 */
final class IpFrozenRule implements CommandRule {
  /** The rule. */
  static final CommandRule RULE = new IpFrozenRule();

  private IpFrozenRule() {}

  @Override
  public RuleId id() {
    return DmzRuleId.IP_FROZEN.id();
  }

  @Override
  public Set<Class<? extends Command>> governs() {
    return Set.of(AmendIpFramework.class);
  }

  @Override
  public List<Finding> check(ProgramState state, Command command) {
    if (!(command instanceof AmendIpFramework)) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    leadOrParent(DmzRuleId.IP_FROZEN, state, command, "proposes an IP framework").ifPresent(findings::add);
    within(Window.UNTIL_PROGRAM_END, DmzRuleId.IP_FROZEN, state, command, "An amendment of the IP framework")
        .ifPresent(findings::add);
    state.staffing().firstEntry().ifPresent(day -> findings.add(DmzRuleId.IP_FROZEN.error(
        Subject.wall(WallKind.IP_FRAMEWORK),
        "The IP framework is frozen since " + day + ", when the first engineer entered.",
        "Keep the framework as signed; settle new questions under the norms.")));
    return findings;
  }
}
