package dev.dmz.rules.commercial;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The lead draws on the risk-sharing pool for an unbudgeted surprise ({@code
 * DMZ-RISK-POOL-DRAW}): only the lead, naming the surprise, and never below zero.
 *
 * <pre>{@code
 * DrawOnPool.of(Actor.lead(lead.id()), Money.ofMajor(CurrencyUnit.EUR, 30_000),
 *     "Cell supplier recalled a batch; re-test of the pack", day)
 * }</pre>
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class DrawOnPool implements CommercialCommand, WithDrawOnPool {
  DrawOnPool() {}

  @Override
  @Value.Parameter
  public abstract Actor actor();

  /**
   * The amount drawn, more than zero.
   *
   * @return the amount drawn, more than zero
   */
  @Value.Parameter
  public abstract Money amount();

  /**
   * The unbudgeted surprise the draw pays for.
   *
   * <p>One line, blank or not (a blank one is {@code DMZ-RISK-POOL-DRAW}'s to refuse): it holds no
   * control character, line break or bidirectional control, which {@link
   * dev.dmz.core.value.Require#oneLine} refuses.
   *
   * @return the unbudgeted surprise the draw pays for
   */
  @Value.Parameter
  public abstract String surprise();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The command.
   *
   * @param actor who asks
   * @param amount the amount drawn, more than zero
   * @param surprise the unbudgeted surprise the draw pays for
   * @param date the effective date
   * @return the command
   */
  public static DrawOnPool of(Actor actor, Money amount, String surprise, LocalDate date) {
    return ImmutableDrawOnPool.of(actor, amount, surprise, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("DrawOnPool.date", date());
    Require.positive("DrawOnPool.amount", amount());
    Require.oneLine("DrawOnPool.surprise", surprise());
  }
}
