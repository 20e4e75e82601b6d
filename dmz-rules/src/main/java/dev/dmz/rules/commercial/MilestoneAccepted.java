package dev.dmz.rules.commercial;

import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Event;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The lead accepted a milestone; its amount is owed to its payee.
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class MilestoneAccepted implements CommercialEvent, WithMilestoneAccepted {
  MilestoneAccepted() {}

  /**
   * The milestone.
   *
   * @return the milestone
   */
  @Value.Parameter
  public abstract MilestoneId milestone();

  /**
   * The supplier paid.
   *
   * @return the supplier paid
   */
  @Value.Parameter
  public abstract PartyId payee();

  /**
   * The amount owed.
   *
   * @return the amount owed
   */
  @Value.Parameter
  public abstract Money amount();

  /**
   * Days past the due date, negative when early.
   *
   * @return days past the due date, negative when early
   */
  @Value.Parameter
  public abstract long slipDays();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The event.
   *
   * @param milestone the milestone
   * @param payee the supplier paid
   * @param amount the amount owed
   * @param slipDays days past the due date, negative when early
   * @param date the effective date
   * @return the event
   */
  public static MilestoneAccepted of(MilestoneId milestone, PartyId payee, Money amount, long slipDays, LocalDate date) {
    return ImmutableMilestoneAccepted.of(milestone, payee, amount, slipDays, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("MilestoneAccepted.date", date());
  }
}
