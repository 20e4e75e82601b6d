package dev.dmz.core.charter;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One parent's stake in another, as recorded by the charter.
 *
 * <pre>{@code
 * EquityStake.of(PartyId.of("nordwerk"), PartyId.of("voltaic"), new BigDecimal("8.5"))
 * }</pre>
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract class EquityStake implements WithEquityStake {
  EquityStake() {}

  /**
   * The party that holds the stake.
   *
   * @return the holder
   */
  @Value.Parameter
  public abstract PartyId holder();

  /**
   * The party whose shares are held.
   *
   * @return the issuer
   */
  @Value.Parameter
  public abstract PartyId issuer();

  /**
   * The share held, in percent.
   *
   * @return more than 0, at most 100
   */
  @Value.Parameter
  public abstract BigDecimal percent();

  /**
   * A stake.
   *
   * @param holder who holds it
   * @param issuer whose shares are held; not the holder
   * @param percent more than 0, at most 100
   * @return the stake
   */
  public static EquityStake of(PartyId holder, PartyId issuer, BigDecimal percent) {
    return ImmutableEquityStake.of(holder, issuer, percent);
  }

  @Value.Check
  protected void check() {
    Require.positive("EquityStake.percent", percent());
    Require.digits("EquityStake.percent", percent(), Require.READABLE_DIGITS, Require.READABLE_DIGITS);
    Require.that(percent().compareTo(BigDecimal.valueOf(100)) <= 0, "EquityStake.percent",
        "must not be more than 100", percent());
    Require.that(!holder().equals(issuer()), "EquityStake.issuer", "must differ from the holder",
        issuer());
  }
}
