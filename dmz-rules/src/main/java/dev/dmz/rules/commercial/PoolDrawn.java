package dev.dmz.rules.commercial;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Event;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The lead drew on the risk pool.
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class PoolDrawn implements CommercialEvent, WithPoolDrawn {
  PoolDrawn() {}

  /**
   * The amount.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract Money amount();

  /**
   * The surprise it pays for.
   *
   * <p>One line: it holds no control character, line break or bidirectional control, which
   * {@link dev.dmz.core.value.Require#oneLine} refuses.
   *
   * @return the surprise it pays for
   */
  @Value.Parameter
  public abstract String surprise();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The event.
   *
   * @param amount the amount
   * @param surprise the surprise it pays for
   * @param date the effective date
   * @return the event
   */
  public static PoolDrawn of(Money amount, String surprise, LocalDate date) {
    return ImmutablePoolDrawn.of(amount, surprise, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("PoolDrawn.date", date());
    Require.oneLine("PoolDrawn.surprise", surprise());
  }
}
