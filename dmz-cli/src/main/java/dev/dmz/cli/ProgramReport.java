package dev.dmz.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dmz.core.commercial.CommercialModel;
import dev.dmz.core.commercial.PremiumRate;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.core.value.Amounts;
import dev.dmz.core.value.Text;
import dev.dmz.json.Documents;
import dev.dmz.rules.Event;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.commercial.CommercialEvent.MilestoneAccepted;
import dev.dmz.rules.commercial.CommercialEvent.PoolContributed;
import dev.dmz.rules.commercial.CommercialEvent.PoolDrawn;
import dev.dmz.rules.commercial.CommercialEvent.RebaselineTriggered;
import dev.dmz.rules.commercial.PremiumLine;
import dev.dmz.rules.commercial.Premiums;
import dev.dmz.rules.commercial.Rebaselining;
import dev.dmz.rules.commercial.Settlement;
import dev.dmz.rules.commercial.SupplierStatement;
import dev.dmz.rules.commercial.Trigger;
import dev.dmz.rules.decision.Answer;
import dev.dmz.rules.staffing.Vacancy;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Where a program stands over a period: the settlement, premium rates in force on the last day,
 * re-baselining triggers fired and due, the risk pool, the roster and the open vacancies; as text for
 * a person or as JSON ({@code dmz.report/1}) for a program. In the text, every value is on one line
 * with what a terminal would act on escaped: in the tables' cells ({@link Table}) and in the lines
 * around them ({@link Text#oneLine}).
 */
final class ProgramReport {
  private final ProgramState state;
  private final Settlement settlement;
  private final LocalDate asOf;
  private final List<Event> poolMovements;
  private final List<RebaselineTriggered> firedTriggers;

  private ProgramReport(ProgramState state, Settlement settlement, LocalDate asOf, List<Event> poolMovements,
      List<RebaselineTriggered> firedTriggers) {
    this.state = state;
    this.settlement = settlement;
    this.asOf = asOf;
    this.poolMovements = List.copyOf(poolMovements);
    this.firedTriggers = List.copyOf(firedTriggers);
  }

  /**
   * A report.
   *
   * @param state the program's state as of the report's last day
   * @param settlement what each supplier is owed for the period
   * @param asOf the report's last day
   * @param poolMovements the risk pool's movements in the period ({@code PoolContributed} and {@code
   *     PoolDrawn} events), oldest first
   * @param firedTriggers the re-baselining triggers fired up to the last day, oldest first
   * @return the report
   */
  static ProgramReport of(ProgramState state, Settlement settlement, LocalDate asOf, List<Event> poolMovements,
      List<RebaselineTriggered> firedTriggers) {
    return new ProgramReport(state, settlement, asOf, poolMovements, firedTriggers);
  }

  private List<PremiumRate> namedRates() {
    return state.charter().commercialModel().map(CommercialModel::premiumRates).orElse(List.of()).stream()
        .filter(rate -> rate.engineer() instanceof NamedEngineer).toList();
  }

  private Answer inForce(PremiumRate rate) {
    return Premiums.inForce(state, ((NamedEngineer) rate.engineer()).id(), asOf);
  }

  /** Who is on the program on the report's last day, by id. */
  private List<NamedEngineer> roster() {
    return state.staffing().engineers().values().filter(e -> state.staffing().wasActiveOn(e.id(), asOf))
        .sortBy(e -> e.id().value()).toJavaList();
  }

  /** The day the engineer's tenure that covers the report's last day began. */
  private String since(NamedEngineer engineer) {
    return state.staffing().tenures().get(engineer.id()).flatMap(ts -> ts.find(t -> t.covers(asOf)))
        .map(t -> t.admitted().toString()).getOrElse("");
  }

  private List<Vacancy> openVacancies() {
    return state.staffing().vacancies().values().filter(Vacancy::isOpen)
        .sorted(Comparator.comparing(Vacancy::openedOn).thenComparing(v -> v.id().value())).toJavaList();
  }

  String text() {
    StringBuilder out = new StringBuilder();
    out.append(Text.oneLine(state.charter().name())).append(": report for ").append(settlement.from()).append(" to ")
        .append(settlement.to()).append("\n\n");

    out.append("What each supplier is owed\n");
    Table owed = Table.of("SUPPLIER", "FOR", "DAYS", "AMOUNT");
    for (SupplierStatement statement : settlement.statements()) {
      for (MilestoneAccepted milestone : statement.milestones()) {
        owed.row(party(statement.supplier()), "milestone " + milestone.milestone() + ", accepted "
            + milestone.date(), "", Amounts.grouped(milestone.amount()));
      }
      for (PremiumLine line : statement.premiums()) {
        owed.row(party(statement.supplier()), "premium of " + line.name() + ", " + line.month(), line.days(),
            Amounts.grouped(line.amount()));
      }
      owed.row(party(statement.supplier()), "total", "", Amounts.grouped(statement.total()));
    }
    out.append(owed.isEmpty() ? "  Nothing: no supplier in the charter.\n" : owed.render()).append('\n');

    out.append("Premium rates on ").append(asOf).append('\n');
    Table premiums = Table.of("ENGINEER", "NAME", "MONTHLY", "IN FORCE").wrapAt(12, 24, 16, 64);
    namedRates().forEach(rate -> premiums.row(((NamedEngineer) rate.engineer()).id(),
        ((NamedEngineer) rate.engineer()).name(), Amounts.grouped(rate.monthlyAmount()),
        (inForce(rate).isYes() ? "yes. " : "no. ") + inForce(rate).reason()));
    out.append(premiums.isEmpty() ? "  None: the commercial model names no premium rate.\n" : premiums.render())
        .append('\n');

    out.append("Re-baselining\n");
    out.append("  The contract is ").append(state.commercial().reopened() ? "re-opened" : "not re-opened").append(".\n");
    firedTriggers.forEach(t -> out.append("  Fired on ").append(t.date()).append(": ")
        .append(Text.oneLine(t.trigger().toString())).append('\n'));
    List<Trigger> due = Rebaselining.asOf(state, asOf);
    due.forEach(t -> out.append("  Would fire as of ").append(asOf).append(": ").append(Text.oneLine(t.toString()))
        .append('\n'));
    if (firedTriggers.isEmpty() && due.isEmpty()) {
      out.append("  No trigger fired or due.\n");
    }
    out.append('\n');

    out.append("Risk pool\n");
    out.append("  Balance: ").append(state.commercial().poolBalance().map(Amounts::grouped).orElse("no risk pool"))
        .append('\n');
    Table pool = Table.of("DATE", "MOVEMENT", "AMOUNT");
    poolMovements.forEach(e -> pool.row(e.date(), movement(e), signed(e)));
    out.append(pool.isEmpty() ? "  No movement in the period.\n" : pool.render()).append('\n');

    out.append("On the program on ").append(asOf).append('\n');
    Table roster = Table.of("ENGINEER", "NAME", "EMPLOYER", "SINCE");
    roster().forEach(e -> roster.row(e.id(), e.name(), party(e.employer()), since(e)));
    out.append(roster.isEmpty() ? "  Nobody.\n" : roster.render()).append('\n');

    out.append("Open vacancies\n");
    Table vacancies = Table.of("VACANCY", "LEFT BY", "REASON", "OPENED");
    openVacancies().forEach(v -> vacancies.row(v.id(), v.leftBy(), v.reason(), v.openedOn()));
    out.append(vacancies.isEmpty() ? "  None.\n" : vacancies.render());
    return out.toString();
  }

  private String movement(Event event) {
    return event instanceof PoolContributed contributed
        ? "contribution of " + party(contributed.party())
        : "draw for " + ((PoolDrawn) event).surprise();
  }

  private static String signed(Event event) {
    return event instanceof PoolContributed contributed
        ? "+" + Amounts.grouped(contributed.amount())
        : "-" + Amounts.grouped(((PoolDrawn) event).amount());
  }

  /** A party as people read it: its name in the charter (its id for a party the charter lacks). */
  private String party(PartyId id) {
    return state.charter().party(id).map(Party::name).orElse(id.value());
  }

  String json() {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = new JsonFactory().createGenerator(text)) {
      out.useDefaultPrettyPrinter();
      out.writeStartObject();
      out.writeStringField("format", "dmz.report/1");
      out.writeStringField("from", settlement.from().toString());
      out.writeStringField("to", settlement.to().toString());
      out.writeArrayFieldStart("statements");
      for (SupplierStatement statement : settlement.statements()) {
        out.writeStartObject();
        out.writeStringField("supplier", statement.supplier().value());
        out.writeArrayFieldStart("milestones");
        for (MilestoneAccepted milestone : statement.milestones()) {
          raw(out, milestone);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("premiums");
        for (PremiumLine line : statement.premiums()) {
          out.writeStartObject();
          out.writeStringField("engineer", line.engineer().value());
          out.writeStringField("name", line.name());
          out.writeStringField("month", line.month().toString());
          out.writeNumberField("days", line.days());
          out.writeStringField("monthlyAmount", line.monthlyAmount().toString());
          out.writeStringField("amount", line.amount().toString());
          out.writeEndObject();
        }
        out.writeEndArray();
        out.writeStringField("total", statement.total().toString());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeArrayFieldStart("premiumRates");
      for (PremiumRate rate : namedRates()) {
        out.writeStartObject();
        out.writeStringField("engineer", ((NamedEngineer) rate.engineer()).id().value());
        out.writeStringField("monthlyAmount", rate.monthlyAmount().toString());
        out.writeBooleanField("inForce", inForce(rate).isYes());
        out.writeStringField("reason", inForce(rate).reason());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeBooleanField("reopened", state.commercial().reopened());
      out.writeArrayFieldStart("triggersFired");
      for (RebaselineTriggered fired : firedTriggers) {
        raw(out, fired);
      }
      out.writeEndArray();
      out.writeArrayFieldStart("triggersDue");
      for (Trigger trigger : Rebaselining.asOf(state, asOf)) {
        out.writeString(trigger.toString());
      }
      out.writeEndArray();
      out.writeObjectFieldStart("riskPool");
      if (state.commercial().poolBalance().isPresent()) {
        out.writeStringField("balance", state.commercial().poolBalance().orElseThrow().toString());
      }
      out.writeArrayFieldStart("movements");
      for (Event movement : poolMovements) {
        raw(out, movement);
      }
      out.writeEndArray();
      out.writeEndObject();
      out.writeArrayFieldStart("roster");
      for (NamedEngineer engineer : roster()) {
        out.writeStartObject();
        out.writeStringField("id", engineer.id().value());
        out.writeStringField("name", engineer.name());
        out.writeStringField("employer", engineer.employer().value());
        out.writeStringField("since", since(engineer));
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeArrayFieldStart("openVacancies");
      for (Vacancy vacancy : openVacancies()) {
        out.writeStartObject();
        out.writeStringField("id", vacancy.id().value());
        out.writeStringField("leftBy", vacancy.leftBy().value());
        out.writeStringField("reason", vacancy.reason().name());
        out.writeStringField("openedOn", vacancy.openedOn().toString());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  private static void raw(JsonGenerator out, Event event) throws IOException {
    out.writeRawValue(Documents.EVENT.writeLine(event));
  }

}
