package dev.dmz.core.commercial;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A parent's committed contribution to the risk-sharing pool.
 *
 * <pre>{@code
 * PoolCommitment.of(PartyId.of("nordwerk"), Money.ofMajor(CurrencyUnit.EUR, 400_000))
 * }</pre>
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract class PoolCommitment implements WithPoolCommitment {
  PoolCommitment() {}

  /**
   * The committing parent.
   *
   * @return the parent
   */
  @Value.Parameter
  public abstract PartyId party();

  /**
   * The committed amount.
   *
   * @return the amount, more than zero
   */
  @Value.Parameter
  public abstract Money amount();

  /**
   * A commitment.
   *
   * @param party the committing parent
   * @param amount the amount, more than zero
   * @return the commitment
   */
  public static PoolCommitment of(PartyId party, Money amount) {
    return ImmutablePoolCommitment.of(party, amount);
  }

  @Value.Check
  protected void check() {
    Require.positive("PoolCommitment.amount", amount());
  }
}
