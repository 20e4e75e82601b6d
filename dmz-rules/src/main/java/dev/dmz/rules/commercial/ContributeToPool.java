package dev.dmz.rules.commercial;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A parent pays into the risk-sharing pool.
 *
 * <pre>{@code
 * ContributeToPool.of(Actor.parent(nordwerk), Money.ofMajor(CurrencyUnit.EUR, 400_000), day)
 * }</pre>
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class ContributeToPool implements CommercialCommand, WithContributeToPool {
  ContributeToPool() {}

  @Override
  @Value.Parameter
  public abstract Actor actor();

  /**
   * The amount paid in, more than zero.
   *
   * @return the amount paid in, more than zero
   */
  @Value.Parameter
  public abstract Money amount();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The command.
   *
   * @param actor who asks
   * @param amount the amount paid in, more than zero
   * @param date the effective date
   * @return the command
   */
  public static ContributeToPool of(Actor actor, Money amount, LocalDate date) {
    return ImmutableContributeToPool.of(actor, amount, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("ContributeToPool.date", date());
    Require.positive("ContributeToPool.amount", amount());
  }
}
