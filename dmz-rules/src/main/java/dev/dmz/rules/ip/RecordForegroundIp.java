package dev.dmz.rules.ip;

import dev.dmz.core.ip.ForegroundAsset;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Records IP the program produced, with its named contributors, each active on the day of
 * record ({@code DMZ-IP-ATTRIBUTION}). The lead or a parent records it.
 *
 * <pre>{@code
 * RecordForegroundIp.of(Actor.lead(lead.id()), balancingAlgorithm, day)
 * }</pre>
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class RecordForegroundIp implements IpCommand, WithRecordForegroundIp {
  RecordForegroundIp() {}

  @Override
  @Value.Parameter
  public abstract Actor actor();

  /**
   * The asset and its contributors.
   *
   * @return the asset and its contributors
   */
  @Value.Parameter
  public abstract ForegroundAsset asset();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The command.
   *
   * @param actor who asks
   * @param asset the asset and its contributors
   * @param date the effective date
   * @return the command
   */
  public static RecordForegroundIp of(Actor actor, ForegroundAsset asset, LocalDate date) {
    return ImmutableRecordForegroundIp.of(actor, asset, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("RecordForegroundIp.date", date());
  }
}
