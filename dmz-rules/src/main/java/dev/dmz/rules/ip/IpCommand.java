package dev.dmz.rules.ip;

import dev.dmz.core.ip.ForegroundAsset;
import dev.dmz.core.ip.IpFramework;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A command of the IP framework: foreground IP records and amendments of the framework before anyone
 * enters. {@link IpSlice} decides them and applies their events.
 *
 * <p>Each command is a record. Its {@code of} factory and its canonical constructor make the same
 * checks: a null field is a {@link NullPointerException} and a field out of its range an {@link
 * dev.dmz.core.value.InvalidValueException}, each naming the field. There are no {@code with...}
 * copies: make a new record.
 */
public sealed interface IpCommand extends Command {
  /**
   * Records IP the program produced, with its named contributors, each active on the day of
   * record ({@code DMZ-IP-ATTRIBUTION}). The lead or a parent records it.
   *
   * <pre>{@code
   * RecordForegroundIp.of(Actor.lead(lead.id()), balancingAlgorithm, day)
   * }</pre>
   *
   * @param actor who asks
   * @param asset the asset and its contributors
   * @param date the effective date
   */
  record RecordForegroundIp(Actor actor, ForegroundAsset asset, LocalDate date) implements IpCommand {
    public RecordForegroundIp {
      Objects.requireNonNull(actor, "RecordForegroundIp.actor is null");
      Objects.requireNonNull(asset, "RecordForegroundIp.asset is null");
      Objects.requireNonNull(date, "RecordForegroundIp.date is null");
      Require.plannable("RecordForegroundIp.date", date);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static RecordForegroundIp of(Actor actor, ForegroundAsset asset, LocalDate date) {
      return new RecordForegroundIp(actor, asset, date);
    }
  }

  /**
   * Replaces the IP framework; refused once the first engineer has entered ({@code
   * DMZ-IP-FROZEN}). The lead or a parent proposes it.
   *
   * <pre>{@code
   * AmendIpFramework.of(Actor.parent(nordwerk), amendedFramework, day)
   * }</pre>
   *
   * @param actor who asks
   * @param framework the framework that replaces the current one
   * @param date the effective date
   */
  record AmendIpFramework(Actor actor, IpFramework framework, LocalDate date) implements IpCommand {
    public AmendIpFramework {
      Objects.requireNonNull(actor, "AmendIpFramework.actor is null");
      Objects.requireNonNull(framework, "AmendIpFramework.framework is null");
      Objects.requireNonNull(date, "AmendIpFramework.date is null");
      Require.plannable("AmendIpFramework.date", date);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static AmendIpFramework of(Actor actor, IpFramework framework, LocalDate date) {
      return new AmendIpFramework(actor, framework, date);
    }
  }
}
