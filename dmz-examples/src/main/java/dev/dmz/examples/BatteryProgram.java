package dev.dmz.examples;

import dev.dmz.core.agreement.NonPoachingAgreement;
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
import dev.dmz.core.commercial.DrawAuthority;
import dev.dmz.core.commercial.Milestone;
import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.commercial.PoolCommitment;
import dev.dmz.core.commercial.PremiumRate;
import dev.dmz.core.commercial.PricingBasis;
import dev.dmz.core.commercial.RebaseliningTerms;
import dev.dmz.core.commercial.RiskPoolTerms;
import dev.dmz.core.ip.AssetId;
import dev.dmz.core.ip.BackgroundAsset;
import dev.dmz.core.ip.BackgroundIpDeclaration;
import dev.dmz.core.ip.ForegroundOwnership;
import dev.dmz.core.ip.IpFramework;
import dev.dmz.core.ip.PostProgramLicence;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PartyRole;
import dev.dmz.core.party.PersonId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Program;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The program the examples and README use: Nordwerk Automotive (the OEM) and Voltaic Systems (a
 * supplier) build a battery-management system under a neutral lead, Mira Okafor. Here are its
 * charter, its people, and its kick-off. All companies and people are fictional.
 */
public final class BatteryProgram {
  /** Nordwerk Automotive AG, the OEM. */
  public static final PartyId NORDWERK = PartyId.of("nordwerk");
  /** Voltaic Systems GmbH, the supplier. */
  public static final PartyId VOLTAIC = PartyId.of("voltaic");
  /** Mira Okafor, the program lead, as the commands she issues name her. */
  public static final Actor LEAD = Actor.lead(PersonId.of("lead-1"));
  /** Voltaic's star: the balancing-algorithm designer the charter's premium rate names. */
  public static final NamedEngineer JONAS = NamedEngineer.of(EngineerId.of("VS-1042"), "Jonas Brandt", VOLTAIC);
  /** A Voltaic engineer nominated at the kick-off, who waits in the pool. */
  public static final NamedEngineer LEA = NamedEngineer.of(EngineerId.of("VS-1107"), "Lea Sommer", VOLTAIC);
  /** Nordwerk's engineer on the program. */
  public static final NamedEngineer TOBIAS = NamedEngineer.of(EngineerId.of("NW-5520"), "Tobias Reiner", NORDWERK);
  /** The day the parents signed the mandates and the walls. */
  public static final LocalDate SIGNING_DAY = LocalDate.of(2027, 1, 15);
  /** The day Voltaic and Nordwerk nominate their candidates. */
  public static final LocalDate NOMINATION_DAY = LocalDate.of(2027, 1, 20);
  /** The program's first day, when the lead admits the first engineers. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2027, 2, 1);

  private BatteryProgram() {}

  /**
   * The program on its first day: Voltaic has nominated Jonas Brandt and Lea Sommer, Nordwerk Tobias
   * Reiner, and the lead has admitted Jonas and Tobias. Lea waits in the candidate pool.
   *
   * @return the program, under the standard rule book
   */
  public static Program kickOff() {
    // tag::start-nominate-admit[]
    Program program = Program.start(BatteryProgram.charter());   // under RuleBook.standard()
    program = program.applyAll(List.of(
        Nominate.of(Actor.parent(VOLTAIC), JONAS, NOMINATION_DAY),
        Nominate.of(Actor.parent(VOLTAIC), LEA, NOMINATION_DAY),
        Nominate.of(Actor.parent(NORDWERK), TOBIAS, NOMINATION_DAY),
        Admit.of(LEAD, JONAS.id(), FIRST_DAY),
        Admit.of(LEAD, TOBIAS.id(), FIRST_DAY)));
    // end::start-nominate-admit[]
    return program;
  }

  /**
   * The charter, complete and signed.
   *
   * @return the charter
   */
  public static ProgramCharter charter() {
    // tag::full-charter[]
    PartyId nordwerk = PartyId.of("nordwerk");
    PartyId voltaic = PartyId.of("voltaic");
    ProgramLead lead = ProgramLead.of(PersonId.of("lead-1"), "Mira Okafor", PartyId.of("okafor-advisory"));
    LocalDate signed = LocalDate.of(2027, 1, 15);
    CurrencyUnit eur = CurrencyUnit.EUR;

    return ProgramCharter.builder()
        .name("Battery management, platform 2028")
        .period(ProgramPeriod.of(LocalDate.of(2027, 2, 1), LocalDate.of(2028, 7, 31)))
        .addParty(Party.of(nordwerk, "Nordwerk Automotive AG", PartyRole.OEM))
        .addParty(Party.of(voltaic, "Voltaic Systems GmbH", PartyRole.SUPPLIER))
        .addLead(lead)
        .addMandate(Mandate.full(nordwerk, lead.id(), signed))
        .addMandate(Mandate.full(voltaic, lead.id(), signed))
        .norms(Norms.builder()
            .disputeSettlement("The lead mediates; what stays open goes to the steering board.")
            .addEscalation(Escalation.of("scope change", Decider.allParents()))
            .crossCompanyDecisions(DecisionRule.LEAD_DECIDES)
            .build())
        .addWall(IpFramework.builder()
            .signatures(Signature.allOn(signed, nordwerk, voltaic))
            .addDeclaration(BackgroundIpDeclaration.nothing(nordwerk))
            .addDeclaration(BackgroundIpDeclaration.of(voltaic, List.of(BackgroundAsset.builder()
                .id(AssetId.of("cell-model")).description("Electro-thermal cell model, release 4")
                .addCarveOut("series production outside this program").build())))
            .foregroundOwnership(ForegroundOwnership.JOINTLY_BY_ALL_PARENTS)
            .postProgramLicence(PostProgramLicence.of("Perpetual, royalty-free, non-exclusive."))
            .build())
        .addWall(CommercialModel.builder()
            .signatures(Signature.allOn(signed, nordwerk, voltaic))
            .currency(eur)
            .pricingBasis(PricingBasis.OUTCOME_ALIGNED)
            .addMilestone(Milestone.builder().id(MilestoneId.of("M1"))
                .description("Cell balancing on the test bench").dueDate(LocalDate.of(2027, 6, 30))
                .payee(voltaic).amount(Money.ofMajor(eur, 250_000)).build())
            .addPremiumRate(PremiumRate.builder()
                .engineer(NamedEngineer.of(EngineerId.of("VS-1042"), "Jonas Brandt", voltaic))
                .monthlyAmount(Money.ofMajor(eur, 6_000))
                .expectedImpact("Designed the balancing algorithm of the previous platform").build())
            .rebaselining(RebaseliningTerms.builder().baselineScope(new BigDecimal("400"))
                .scopeExpansionThresholdPercent(new BigDecimal("15")).milestoneSlipThresholdDays(30).build())
            .riskPool(RiskPoolTerms.builder()
                .addCommitment(PoolCommitment.of(nordwerk, Money.ofMajor(eur, 400_000)))
                .addCommitment(PoolCommitment.of(voltaic, Money.ofMajor(eur, 100_000)))
                .drawAuthority(DrawAuthority.PROGRAM_LEAD_ALONE).build())
            .build())
        .addWall(NonPoachingAgreement.builder()
            .signatures(Signature.allOn(signed, nordwerk, voltaic))
            .coolingOff(Period.ofMonths(12))
            .build())
        .build();
    // end::full-charter[]
  }
}
