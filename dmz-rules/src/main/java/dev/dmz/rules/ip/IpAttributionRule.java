package dev.dmz.rules.ip;

import static dev.dmz.rules.command.CommandChecks.leadOrParent;
import static dev.dmz.rules.command.CommandChecks.within;

import dev.dmz.core.ip.ForegroundAsset;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.Command;
import dev.dmz.rules.CommandRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.command.Window;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.ip.IpCommand.RecordForegroundIp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code DMZ-IP-ATTRIBUTION}: foreground IP is recorded with its named contributors, each on the
 * program on the day of record. The asset's own day of record must be the command's date, within the
 * program period (docs/rules.md, Conventions); a record dated outside it gets that one finding, not also one
 * for each contributor who could not be on the program then. The lead or a parent records it; an asset id
 * is recorded once and must not be a background asset's.
 */
final class IpAttributionRule implements CommandRule {
  /** The rule. */
  static final CommandRule RULE = new IpAttributionRule();

  private IpAttributionRule() {}

  @Override
  public RuleId id() {
    return DmzRuleId.IP_ATTRIBUTION.id();
  }

  @Override
  public Set<Class<? extends Command>> governs() {
    return Set.of(RecordForegroundIp.class);
  }

  @Override
  public List<Finding> check(ProgramState state, Command command) {
    if (!(command instanceof RecordForegroundIp)) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    ForegroundAsset asset = ((RecordForegroundIp) command).asset();
    Subject subject = Subject.asset(asset.id());
    leadOrParent(DmzRuleId.IP_ATTRIBUTION, state, command, "records foreground IP").ifPresent(findings::add);
    if (!asset.recordedOn().equals(command.date())) {
      findings.add(DmzRuleId.IP_ATTRIBUTION.error(subject,
          "Foreground IP " + asset.id() + " says it was recorded on " + asset.recordedOn()
              + ", but the command is dated " + command.date() + ".",
          "Record the asset on its own day of record."));
    }
    if (asset.contributors().isEmpty()) {
      findings.add(DmzRuleId.IP_ATTRIBUTION.error(subject,
          "Foreground IP " + asset.id() + " names no contributor.",
          "Name the engineers who produced it."));
    }
    Optional<Finding> outside = within(Window.PROGRAM_PERIOD, DmzRuleId.IP_ATTRIBUTION, state, command,
        "A foreground IP record");
    outside.ifPresent(findings::add);
    for (EngineerId contributor : outside.isPresent() ? List.<EngineerId>of() : asset.contributors()) {
      if (!state.staffing().wasActiveOn(contributor, command.date())) {
        findings.add(DmzRuleId.IP_ATTRIBUTION.error(Subject.engineer(contributor),
            state.staffing().known(contributor).map(NamedEngineer::name).orElse(contributor.value())
                + " is not on the program on " + command.date() + ", so cannot be credited with "
                + asset.id() + ".",
            "Credit only engineers on the program on the day of record."));
      }
    }
    if (state.ip().foregroundIp().containsKey(asset.id())
        || state.charter().ipFramework().flatMap(f -> f.asset(asset.id())).isPresent()) {
      findings.add(DmzRuleId.IP_ATTRIBUTION.error(subject,
          "The asset id " + asset.id() + " is already recorded.", "Give the new asset an id of its own."));
    }
    return findings;
  }
}
