package dev.dmz.rules.ip;

import dev.dmz.core.ip.ForegroundAsset;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Event;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Foreground IP was recorded with its contributors.
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class ForegroundIpRecorded implements IpEvent, WithForegroundIpRecorded {
  ForegroundIpRecorded() {}

  /**
   * The asset.
   *
   * @return the asset
   */
  @Value.Parameter
  public abstract ForegroundAsset asset();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The event.
   *
   * @param asset the asset
   * @param date the effective date
   * @return the event
   */
  public static ForegroundIpRecorded of(ForegroundAsset asset, LocalDate date) {
    return ImmutableForegroundIpRecorded.of(asset, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("ForegroundIpRecorded.date", date());
  }
}
