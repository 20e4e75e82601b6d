package dev.dmz.rules.commercial;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Event;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A parent paid into the risk pool.
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class PoolContributed implements CommercialEvent, WithPoolContributed {
  PoolContributed() {}

  /**
   * The parent.
   *
   * @return the parent
   */
  @Value.Parameter
  public abstract PartyId party();

  /**
   * The amount.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract Money amount();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The event.
   *
   * @param party the parent
   * @param amount the amount
   * @param date the effective date
   * @return the event
   */
  public static PoolContributed of(PartyId party, Money amount, LocalDate date) {
    return ImmutablePoolContributed.of(party, amount, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("PoolContributed.date", date());
  }
}
