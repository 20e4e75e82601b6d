package dev.dmz.examples;

import dev.dmz.core.agreement.Wall;
import dev.dmz.core.charter.Mandate;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.charter.ProgramLead;
import dev.dmz.core.commercial.CommercialModel;
import dev.dmz.core.commercial.Milestone;
import dev.dmz.core.commercial.PremiumRate;
import dev.dmz.core.party.Party;
import java.util.stream.Collectors;
import org.joda.money.Money;

/** Renders a charter as a page a contract manager reads: parents, lead, mandates, walls, money. */
final class CharterReport {
  private static final String INDENT = "  ";

  private CharterReport() {}

  static String render(ProgramCharter charter) {
    StringBuilder out = new StringBuilder();
    out.append("Program: ").append(charter.name()).append(nl());
    out.append("Runs ").append(charter.period().start()).append(" to ").append(charter.period().end())
        .append(" (").append(charter.period().days()).append(" days, both ends included)").append(nl())
        .append(nl());

    TextTable parents = TextTable.withHeader("Parent", "Id", "Role");
    for (Party p : charter.parties()) {
      parents.row(p.name(), p.id(), p.role());
    }
    out.append("Parents").append(nl()).append(parents.render(INDENT)).append(nl());

    for (ProgramLead lead : charter.leads()) {
      out.append("Program lead: ").append(lead.name()).append(", employed by ").append(lead.employer())
          .append(nl());
    }
    out.append(nl());
    TextTable mandates = TextTable.withHeader("Granted by", "Signed on", "Authorities");
    for (Mandate m : charter.mandates()) {
      mandates.row(m.grantor(), m.signedOn(),
          m.authorities().stream().map(Enum::name).collect(Collectors.joining(", ")));
    }
    out.append("Mandates").append(nl()).append(mandates.render(INDENT)).append(nl());

    TextTable walls = TextTable.withHeader("Wall", "Signed by");
    for (Wall w : charter.walls()) {
      walls.row(w.kind(), w.signatures().isEmpty() ? "(nobody)" : w.signatures().stream()
          .map(s -> s.party() + " on " + s.signedOn()).collect(Collectors.joining(", ")));
    }
    out.append("Walls").append(nl()).append(walls.render(INDENT));
    charter.commercialModel().ifPresent(model -> out.append(nl()).append(commercial(model)));
    return out.toString();
  }

  private static String commercial(CommercialModel model) {
    StringBuilder out = new StringBuilder();
    out.append("Commercial model (").append(model.pricingBasis()).append(", ")
        .append(model.currency()).append(")").append(nl());
    TextTable milestones = TextTable.withHeader("Milestone", "Due", "Payee", "Amount");
    for (Milestone m : model.milestones()) {
      milestones.row(m.id() + " " + m.description(), m.dueDate(), m.payee(), money(m.amount()));
    }
    out.append(milestones.render(INDENT));
    TextTable premiums = TextTable.withHeader("Premium rate for", "Per month", "Because");
    for (PremiumRate r : model.premiumRates()) {
      premiums.row(r.engineer().label(), money(r.monthlyAmount()), r.expectedImpact().orElse("(not stated)"));
    }
    out.append(premiums.render(INDENT));
    return out.toString();
  }

  private static String money(Money amount) {
    return Report.money(amount);
  }

  private static String nl() {
    return System.lineSeparator();
  }
}
