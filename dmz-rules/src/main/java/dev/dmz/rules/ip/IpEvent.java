package dev.dmz.rules.ip;

import dev.dmz.core.ip.ForegroundAsset;
import dev.dmz.core.ip.IpFramework;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Event;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An event of the IP framework; it changes the program's {@link IpState} or its charter's framework.
 *
 * <p>Each event is a record. Its {@code of} factory and its canonical constructor make the same
 * checks: a null field is a {@link NullPointerException} and a field out of its range an {@link
 * dev.dmz.core.value.InvalidValueException}, each naming the field. There are no {@code with...}
 * copies: make a new record.
 */
public sealed interface IpEvent extends Event {
  /**
   * Foreground IP was recorded with its contributors.
   *
   * @param asset the asset
   * @param date the effective date
   */
  record ForegroundIpRecorded(ForegroundAsset asset, LocalDate date) implements IpEvent {
    public ForegroundIpRecorded {
      Objects.requireNonNull(asset, "ForegroundIpRecorded.asset is null");
      Objects.requireNonNull(date, "ForegroundIpRecorded.date is null");
      Require.plannable("ForegroundIpRecorded.date", date);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static ForegroundIpRecorded of(ForegroundAsset asset, LocalDate date) {
      return new ForegroundIpRecorded(asset, date);
    }
  }

  /**
   * The IP framework was replaced before anyone entered.
   *
   * @param framework the new framework
   * @param date the effective date
   */
  record IpFrameworkAmended(IpFramework framework, LocalDate date) implements IpEvent {
    public IpFrameworkAmended {
      Objects.requireNonNull(framework, "IpFrameworkAmended.framework is null");
      Objects.requireNonNull(date, "IpFrameworkAmended.date is null");
      Require.plannable("IpFrameworkAmended.date", date);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static IpFrameworkAmended of(IpFramework framework, LocalDate date) {
      return new IpFrameworkAmended(framework, date);
    }
  }
}
