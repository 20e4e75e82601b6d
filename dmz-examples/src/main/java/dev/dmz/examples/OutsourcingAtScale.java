package dev.dmz.examples;

import dev.dmz.core.agreement.Signature;
import dev.dmz.core.charter.Decider;
import dev.dmz.core.charter.DecisionRule;
import dev.dmz.core.charter.Escalation;
import dev.dmz.core.charter.Mandate;
import dev.dmz.core.charter.Norms;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.charter.ProgramLead;
import dev.dmz.core.charter.ProgramPeriod;
import dev.dmz.core.commercial.CommercialModel;
import dev.dmz.core.commercial.PricingBasis;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PartyRole;
import dev.dmz.core.party.PersonId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Program;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.decision.Readiness;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;

/**
 * Outsourcing at scale, which is not a DMZ: Hallberg Motors hands its infotainment platform to two
 * dozen suppliers who bill by the hour, under Hallberg's own program manager, with no IP framework and
 * no non-poaching agreement. The readiness check lists every finding at once, and the first admission
 * is refused because the walls do not stand.
 */
public final class OutsourcingAtScale implements Scenario {
  /** Hallberg Motors AG, the OEM. */
  static final PartyId HALLBERG = PartyId.of("hallberg");
  /** Hallberg's own program manager, who leads. */
  static final ProgramLead PROGRAM_MANAGER = ProgramLead.of(PersonId.of("hm-pm-7"), "Petra Lindqvist", HALLBERG);
  /** The suppliers: one for each town and trade. */
  static final List<Party> SUPPLIERS = List.of("Aldercrest", "Brightwater", "Cinderford", "Dunmore", "Eastvale",
          "Fernhill").stream()
      .flatMap(town -> List.of("Electronics", "Software", "Testing", "Harness").stream()
          .map(trade -> Party.of(PartyId.of(town.toLowerCase(Locale.ROOT) + "-" + trade.toLowerCase(Locale.ROOT)),
              town + " " + trade + " GmbH", PartyRole.SUPPLIER)))
      .collect(Collectors.toUnmodifiableList());
  /** The first engineer a supplier puts forward. */
  static final NamedEngineer INES = NamedEngineer.of(EngineerId.of("AE-0113"), "Ines Kovac", SUPPLIERS.get(0).id());
  /** The program's first day. */
  static final LocalDate START = LocalDate.of(2027, 3, 1);

  /**
   * Prints this scenario alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Tour.runAlone(new OutsourcingAtScale(), System.out);
  }

  @Override
  public String title() {
    return "Outsourcing at scale";
  }

  /**
   * The charter as the parties signed it: every supplier's framework contract gives Hallberg's
   * program manager a full mandate, the norms let Hallberg decide, and the commercial model bills by
   * the hour.
   *
   * @return the charter
   */
  static ProgramCharter charter() {
    LocalDate signed = LocalDate.of(2027, 2, 10);
    List<PartyId> everyone = Stream.concat(Stream.of(HALLBERG), SUPPLIERS.stream().map(Party::id))
        .collect(Collectors.toList());
    return ProgramCharter.builder()
        .name("Infotainment platform, model year 2029")
        .period(ProgramPeriod.of(START, LocalDate.of(2029, 2, 28)))
        .addParty(Party.of(HALLBERG, "Hallberg Motors AG", PartyRole.OEM))
        .addAllParties(SUPPLIERS)
        .addLead(PROGRAM_MANAGER)
        .addAllMandates(everyone.stream().map(p -> Mandate.full(p, PROGRAM_MANAGER.id(), signed))
            .collect(Collectors.toList()))
        .norms(Norms.builder()
            .disputeSettlement("Hallberg's purchasing department decides.")
            .addEscalation(Escalation.of("scope change", Decider.parent(HALLBERG)))
            .crossCompanyDecisions(DecisionRule.LEAD_DECIDES)
            .build())
        .addWall(CommercialModel.builder()
            .signatures(Signature.allOn(signed, everyone.toArray(PartyId[]::new)))
            .currency(CurrencyUnit.EUR)
            .pricingBasis(PricingBasis.HOURLY)
            .build())
        .build();
  }

  /**
   * The first admission: the first supplier nominates Ines Kovac, and the program manager admits her
   * on the first day.
   *
   * @return the decision on the admission
   */
  static Decision firstAdmission() {
    // tag::refusal[]
    Program program = Program.start(charter())   // not ready, but the candidate pool may form
        .apply(Nominate.of(Actor.parent(INES.employer()), INES, START.minusDays(7)));
    Decision admission = program.decide(Admit.of(Actor.lead(PROGRAM_MANAGER.id()), INES.id(), START));
    // end::refusal[]
    return admission;
  }

  @Override
  public void tell(Report report) {
    ProgramCharter charter = charter();
    report.say("Hallberg Motors AG hands its infotainment platform to " + SUPPLIERS.size() + " suppliers, from "
        + SUPPLIERS.get(0).name() + " to " + SUPPLIERS.get(SUPPLIERS.size() - 1).name() + ". Hallberg's own"
        + " program manager, " + PROGRAM_MANAGER.name() + ", leads; every supplier's framework contract gives"
        + " her a full mandate. The suppliers bill by the hour. Nobody signed an IP framework or a"
        + " non-poaching agreement.");
    report.blank();
    // tag::readiness[]
    Readiness readiness = RuleBook.standard().check(charter);   // every rule, every finding
    // end::readiness[]
    report.readiness(readiness);

    report.section("The first admission");
    report.ask(SUPPLIERS.get(0).name() + " has nominated " + INES.name() + ". May " + PROGRAM_MANAGER.name()
        + " admit her on " + START + "?", firstAdmission());
  }
}
