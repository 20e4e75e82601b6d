package dev.dmz.rules.ip;

import dev.dmz.core.ip.AssetId;
import dev.dmz.core.ip.BackgroundAsset;
import dev.dmz.core.ip.IpFramework;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.decision.Answer;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code DMZ-IP-USAGE}: an active named engineer may use every parent's background IP except its
 * carve-outs, from admission until departure or program end, whichever comes first; nobody else may.
 * On the departure day the right is gone; on the program's last day it still holds.
 *
 * <pre>{@code
 * IpUsage.mayUse(state, EngineerId.of("VS-1042"), AssetId.of("cell-model"), "simulation", day)
 * }</pre>
 */
public final class IpUsage {
  private IpUsage() {}

  /**
   * Whether an engineer may use a background asset for a use on a day.
   *
   * @param state the program's state
   * @param engineer the engineer
   * @param asset the background asset
   * @param use the intended use, in the words carve-outs are stated in
   * @param day the day
   * @return yes, or no with the reason
   */
  public static Answer mayUse(ProgramState state, EngineerId engineer, AssetId asset, String use,
      LocalDate day) {
    Optional<BackgroundAsset> background = state.charter().ipFramework().flatMap(f -> f.asset(asset));
    if (background.isEmpty()) {
      return no("No parent declared a background asset " + asset + ".");
    }
    if (!state.staffing().engineers().containsKey(engineer)) {
      return no(engineer + " is not a named engineer of the program, so has no usage right.");
    }
    if (!state.charter().period().contains(day)) {
      return no("Usage rights hold only within the program, " + state.charter().period().start() + " to "
          + state.charter().period().end() + "; " + day + " lies outside it.");
    }
    if (!state.staffing().wasActiveOn(engineer, day)) {
      return no(engineer + " is not on the program on " + day + ", so has no usage right that day.");
    }
    if (background.orElseThrow().isCarvedOut(use)) {
      return no("The use \"" + use + "\" of " + asset + " is carved out of the program's usage rights.");
    }
    return Answer.yes(DmzRuleId.IP_USAGE.id(), engineer + " may use " + asset + " for \"" + use + "\" on "
        + day + ".");
  }

  /**
   * Whether an engineer holds the usage grant on a day: the right to use every parent's background IP,
   * minus carve-outs.
   *
   * @param state the program's state
   * @param engineer the engineer
   * @param day the day
   * @return yes, or no with the reason
   */
  public static Answer hasGrant(ProgramState state, EngineerId engineer, LocalDate day) {
    if (state.charter().ipFramework().map(IpFramework::declarations).map(d -> d.isEmpty()).orElse(true)) {
      return no("The charter's IP framework declares no background IP.");
    }
    if (!state.charter().period().contains(day) || !state.staffing().wasActiveOn(engineer, day)) {
      return no(engineer + " is not on the program on " + day + ", so holds no usage grant.");
    }
    return Answer.yes(DmzRuleId.IP_USAGE.id(), engineer + " may use every parent's background IP, minus"
        + " carve-outs, on " + day + ".");
  }

  private static Answer no(String reason) {
    return Answer.no(DmzRuleId.IP_USAGE.id(), reason);
  }
}
