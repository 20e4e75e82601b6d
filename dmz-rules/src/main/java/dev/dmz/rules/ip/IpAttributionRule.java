package dev.dmz.rules.ip;

import static dev.dmz.rules.program.CommandChecks.leadOrParent;

import dev.dmz.core.ip.ForegroundAsset;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.rules.DmzRule;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.program.Command;
import dev.dmz.rules.program.CommandRule;
import dev.dmz.rules.program.ProgramState;
import dev.dmz.rules.program.RecordForegroundIp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code DMZ-IP-ATTRIBUTION}: foreground IP is recorded with its named contributors, each on the
 * program on the day of record. The asset's own day of record must be the command's date. The lead or
 * a parent records it; an asset id is recorded once and must not be a background asset's.
 */
public final class IpAttributionRule implements CommandRule {
  /** The rule. */
  public static final CommandRule RULE = new IpAttributionRule();

  private IpAttributionRule() {}

  @Override
  public RuleId id() {
    return DmzRule.IP_ATTRIBUTION.id();
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
    leadOrParent(DmzRule.IP_ATTRIBUTION, state, command, "records foreground IP").ifPresent(findings::add);
    if (!asset.recordedOn().equals(command.date())) {
      findings.add(DmzRule.IP_ATTRIBUTION.error(subject,
          "Foreground IP " + asset.id() + " says it was recorded on " + asset.recordedOn()
              + ", but the command is dated " + command.date() + ".",
          "Record the asset on its own day of record."));
    }
    if (asset.contributors().isEmpty()) {
      findings.add(DmzRule.IP_ATTRIBUTION.error(subject,
          "Foreground IP " + asset.id() + " names no contributor.",
          "Name the engineers who produced it."));
    }
    for (EngineerId contributor : asset.contributors()) {
      if (!state.wasActiveOn(contributor, command.date())) {
        findings.add(DmzRule.IP_ATTRIBUTION.error(Subject.engineer(contributor),
            state.engineers().orElse(state.candidates()).get(contributor).map(e -> e.name())
                .getOrElse(contributor.value())
                + " is not on the program on " + command.date() + ", so cannot be credited with "
                + asset.id() + ".",
            "Credit only engineers on the program on the day of record."));
      }
    }
    if (state.foregroundIp().containsKey(asset.id())
        || state.charter().ipFramework().flatMap(f -> f.asset(asset.id())).isPresent()) {
      findings.add(DmzRule.IP_ATTRIBUTION.error(subject,
          "The asset id " + asset.id() + " is already recorded.", "Give the new asset an id of its own."));
    }
    return findings;
  }
}
