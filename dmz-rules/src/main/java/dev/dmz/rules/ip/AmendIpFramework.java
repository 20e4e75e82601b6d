package dev.dmz.rules.ip;

import dev.dmz.core.ip.IpFramework;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Replaces the IP framework; refused once the first engineer has entered ({@code
 * DMZ-IP-FROZEN}). The lead or a parent proposes it.
 *
 * <pre>{@code
 * AmendIpFramework.of(Actor.parent(nordwerk), amendedFramework, day)
 * }</pre>
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class AmendIpFramework implements IpCommand, WithAmendIpFramework {
  AmendIpFramework() {}

  @Override
  @Value.Parameter
  public abstract Actor actor();

  /**
   * The framework that replaces the current one.
   *
   * @return the framework that replaces the current one
   */
  @Value.Parameter
  public abstract IpFramework framework();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The command.
   *
   * @param actor who asks
   * @param framework the framework that replaces the current one
   * @param date the effective date
   * @return the command
   */
  public static AmendIpFramework of(Actor actor, IpFramework framework, LocalDate date) {
    return ImmutableAmendIpFramework.of(actor, framework, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("AmendIpFramework.date", date());
  }
}
