package dev.dmz.examples;

import dev.dmz.core.party.Party;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.commercial.CommercialEvent.MilestoneAccepted;
import dev.dmz.rules.commercial.PremiumLine;
import dev.dmz.rules.commercial.Settlement;
import dev.dmz.rules.commercial.SupplierStatement;
import java.time.LocalDate;

/** Renders a settlement ({@link Settlement}) as the statement a supplier's accountant reads. */
final class SettlementReport {
  private SettlementReport() {}

  /**
   * What each supplier is owed for a period, as a table: per supplier, each accepted milestone and
   * premium month, and the total.
   */
  static TextTable table(ProgramState state, LocalDate from, LocalDate to) {
    TextTable table = TextTable.withHeader("Supplier", "For", "Amount").alignRight(2);
    // tag::settlement[]
    Settlement owed = Settlement.owed(state, from, to);
    for (SupplierStatement statement : owed.statements()) {
      String supplier = state.charter().party(statement.supplier()).map(Party::name)
          .orElse(statement.supplier().value());
      for (MilestoneAccepted milestone : statement.milestones()) {
        table.row(supplier, "milestone " + milestone.milestone() + ", accepted " + milestone.date(),
            Report.money(milestone.amount()));
      }
      for (PremiumLine premium : statement.premiums()) {
        table.row(supplier, premium.name() + "'s premium, " + premium.month() + ": " + premium.days()
            + " of " + premium.month().lengthOfMonth() + " days", Report.money(premium.amount()));
      }
      table.row(supplier, "total", Report.money(statement.total()));
    }
    // end::settlement[]
    return table;
  }
}
