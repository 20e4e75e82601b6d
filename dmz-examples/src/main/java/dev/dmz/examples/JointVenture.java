package dev.dmz.examples;

import static dev.dmz.examples.BatteryProgram.FIRST_DAY;
import static dev.dmz.examples.BatteryProgram.NOMINATION_DAY;
import static dev.dmz.examples.BatteryProgram.NORDWERK;
import static dev.dmz.examples.BatteryProgram.SIGNING_DAY;
import static dev.dmz.examples.BatteryProgram.TOBIAS;
import static dev.dmz.examples.BatteryProgram.VOLTAIC;

import dev.dmz.core.charter.EquityArrangement;
import dev.dmz.core.charter.EquityStake;
import dev.dmz.core.charter.Mandate;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.charter.ProgramLead;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PersonId;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Program;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import java.math.BigDecimal;

/**
 * A joint venture, which is not a DMZ either: Nordwerk and Voltaic run the battery program with a
 * co-lead from each parent, and Nordwerk takes a stake in Voltaic. Neutrality is refused; the equity
 * stake is not: with one neutral lead the same charter, stake and all, is ready.
 */
public final class JointVenture implements Scenario {
  /** Nordwerk's co-lead. */
  static final ProgramLead NORDWERK_CO_LEAD = ProgramLead.of(PersonId.of("nw-lead"), "Anke Hollmann", NORDWERK);
  /** Voltaic's co-lead. */
  static final ProgramLead VOLTAIC_CO_LEAD = ProgramLead.of(PersonId.of("vs-lead"), "Ravi Menon", VOLTAIC);
  /** Nordwerk's stake in Voltaic. */
  static final EquityArrangement STAKE = EquityArrangement.builder()
      .addStake(EquityStake.of(NORDWERK, VOLTAIC, new BigDecimal("25")))
      .build();

  /**
   * Prints this scenario alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Tour.runAlone(new JointVenture(), System.out);
  }

  @Override
  public String title() {
    return "A joint venture with co-leads from each parent and an equity stake";
  }

  /**
   * The battery program's charter as a joint venture: two co-leads, each mandated by both parents,
   * and Nordwerk's stake in Voltaic.
   *
   * @return the charter
   */
  static ProgramCharter charter() {
    return BatteryProgram.charter()
        .withLeads(NORDWERK_CO_LEAD, VOLTAIC_CO_LEAD)
        .withMandates(
            Mandate.full(NORDWERK, NORDWERK_CO_LEAD.id(), SIGNING_DAY),
            Mandate.full(NORDWERK, VOLTAIC_CO_LEAD.id(), SIGNING_DAY),
            Mandate.full(VOLTAIC, NORDWERK_CO_LEAD.id(), SIGNING_DAY),
            Mandate.full(VOLTAIC, VOLTAIC_CO_LEAD.id(), SIGNING_DAY))
        .withEquity(STAKE);
  }

  /**
   * The same charter with the battery program's one neutral lead, the stake kept.
   *
   * @return the charter
   */
  static ProgramCharter withNeutralLead() {
    return BatteryProgram.charter().withEquity(STAKE);
  }

  /**
   * Nordwerk's co-lead admits Nordwerk's engineer on the first day.
   *
   * @return the decision
   */
  static Decision coLeadAdmits() {
    Program program = Program.start(charter()).apply(Nominate.of(Actor.parent(NORDWERK), TOBIAS, NOMINATION_DAY));
    return program.decide(Admit.of(Actor.lead(NORDWERK_CO_LEAD.id()), TOBIAS.id(), FIRST_DAY));
  }

  @Override
  public void tell(Report report) {
    ProgramCharter charter = charter();
    report.say("Nordwerk and Voltaic run the battery program as a joint venture instead. Each sends a co-lead,"
        + " both mandated by both parents, and Nordwerk takes a stake in Voltaic. Everything else is the"
        + " battery program's charter.");
    report.blank();
    TextTable leads = TextTable.withHeader("Co-lead", "Employed by");
    charter.leads().forEach(lead -> leads.row(lead.name(), name(charter, lead.employer())));
    report.table(leads);
    report.blank();
    TextTable stakes = TextTable.withHeader("Holder", "Holds a stake in", "Percent").alignRight(2);
    charter.equity().orElseThrow().stakes().forEach(stake -> stakes.row(name(charter, stake.holder()),
        name(charter, stake.issuer()), stake.percent().toPlainString() + "%"));
    report.table(stakes);
    report.blank();
    report.readiness(RuleBook.standard().check(charter));

    report.section("Can a co-lead admit an engineer?");
    report.ask("Nordwerk has nominated " + TOBIAS.name() + ". May " + NORDWERK_CO_LEAD.name() + " admit him on "
        + FIRST_DAY + "?", coLeadAdmits());

    report.section("The equity stake is not the problem");
    report.say("The same charter with one neutral lead, Mira Okafor, and Nordwerk's stake in Voltaic kept:");
    report.readiness(RuleBook.standard().check(withNeutralLead()));
    report.say("No rule asks for shared equity and none refuses it: a DMZ may record a stake.");
  }

  private static String name(ProgramCharter charter, PartyId party) {
    return charter.party(party).map(Party::name).orElse(party.value());
  }
}
