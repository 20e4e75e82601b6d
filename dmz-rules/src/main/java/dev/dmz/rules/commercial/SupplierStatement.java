package dev.dmz.rules.commercial;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.rules.commercial.CommercialEvent.MilestoneAccepted;
import java.util.List;
import org.immutables.value.Value;
import org.joda.money.Money;

/** What one supplier is owed for a period: accepted milestones and premium days, and their total. */
@Value.Immutable
@DmzStyle
public abstract class SupplierStatement {
  SupplierStatement() {}

  /**
   * The supplier.
   *
   * @return the supplier's id
   */
  public abstract PartyId supplier();

  /**
   * Milestones the lead accepted within the period.
   *
   * @return the acceptances, by acceptance date
   */
  public abstract List<MilestoneAccepted> milestones();

  /**
   * Premium days within the period, by engineer and month.
   *
   * @return the premium lines
   */
  public abstract List<PremiumLine> premiums();

  /**
   * Everything owed.
   *
   * @return the total
   */
  public abstract Money total();
}
