package dev.dmz.rules.ip;

import dev.dmz.core.ip.IpFramework;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Event;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The IP framework was replaced before anyone entered.
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class IpFrameworkAmended implements IpEvent, WithIpFrameworkAmended {
  IpFrameworkAmended() {}

  /**
   * The new framework.
   *
   * @return the new framework
   */
  @Value.Parameter
  public abstract IpFramework framework();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The event.
   *
   * @param framework the new framework
   * @param date the effective date
   * @return the event
   */
  public static IpFrameworkAmended of(IpFramework framework, LocalDate date) {
    return ImmutableIpFrameworkAmended.of(framework, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("IpFrameworkAmended.date", date());
  }
}
