package dev.dmz.core.charter;

import static java.util.stream.Collectors.toList;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.core.agreement.NonPoachingAgreement;
import dev.dmz.core.agreement.Signature;
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
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** The full charter that README.md shows, built in readable lines. */
@Label("A full charter")
class ReadyCharterExampleTest {

  @Example
  @Label("is built in a few readable lines and reads back what was written")
  void aFullCharterReadsBackWhatWasWritten() {
    // tag::full-charter[]
    PartyId nordwerk = PartyId.of("nordwerk");
    PartyId voltaic = PartyId.of("voltaic");
    LocalDate signed = LocalDate.of(2027, 1, 15);
    NamedEngineer jonas = NamedEngineer.of(EngineerId.of("VS-1042"), "Jonas Brandt", voltaic);
    ProgramLead lead = ProgramLead.of(PersonId.of("lead-1"), "Mira Okafor", PartyId.of("okafor-advisory"));

    ProgramCharter charter = ProgramCharter.builder()
        .name("Battery management, platform 2028")
        .period(ProgramPeriod.of(LocalDate.of(2027, 2, 1), LocalDate.of(2028, 7, 31)))
        .addParty(Party.of(nordwerk, "Nordwerk Automotive AG", PartyRole.OEM))
        .addParty(Party.of(voltaic, "Voltaic Systems GmbH", PartyRole.SUPPLIER))
        .addLead(lead)
        .addMandate(Mandate.builder().grantor(nordwerk).lead(lead.id())
            .addAuthorities(Authority.values()).signedOn(signed).build())
        .addMandate(Mandate.builder().grantor(voltaic).lead(lead.id())
            .addAuthorities(Authority.values()).signedOn(signed).build())
        .norms(Norms.builder()
            .disputeSettlement("The lead mediates; what stays open goes to the steering board.")
            .addEscalation(Escalation.of("scope change", Decider.allParents()))
            .addEscalation(Escalation.of("staffing dispute", Decider.programLead()))
            .crossCompanyDecisions(DecisionRule.LEAD_DECIDES)
            .build())
        .addWall(IpFramework.builder()
            .addSignature(Signature.of(nordwerk, signed))
            .addSignature(Signature.of(voltaic, signed))
            .addDeclaration(BackgroundIpDeclaration.nothing(nordwerk))
            .addDeclaration(BackgroundIpDeclaration.of(voltaic, List.of(BackgroundAsset.builder()
                .id(AssetId.of("cell-model"))
                .description("Electro-thermal cell model, release 4")
                .addCarveOut("series production outside this program")
                .build())))
            .foregroundOwnership(ForegroundOwnership.JOINTLY_BY_ALL_PARENTS)
            .postProgramLicence(PostProgramLicence.of("Perpetual, royalty-free, non-exclusive."))
            .build())
        .addWall(CommercialModel.builder()
            .currency(CurrencyUnit.EUR)
            .pricingBasis(PricingBasis.OUTCOME_ALIGNED)
            .addMilestone(Milestone.builder()
                .id(MilestoneId.of("M1"))
                .description("Cell balancing on the test bench")
                .dueDate(LocalDate.of(2027, 6, 30))
                .payee(voltaic)
                .amount(Money.of(CurrencyUnit.EUR, 250_000))
                .build())
            .addPremiumRate(PremiumRate.builder()
                .engineer(jonas)
                .monthlyAmount(Money.of(CurrencyUnit.EUR, 6_000))
                .expectedImpact("Designed the balancing algorithm of the previous platform")
                .build())
            .rebaselining(RebaseliningTerms.builder()
                .baselineScope(new BigDecimal("400"))
                .scopeExpansionThresholdPercent(new BigDecimal("15"))
                .milestoneSlipThresholdDays(30)
                .build())
            .riskPool(RiskPoolTerms.builder()
                .addCommitment(PoolCommitment.of(nordwerk, Money.of(CurrencyUnit.EUR, 400_000)))
                .addCommitment(PoolCommitment.of(voltaic, Money.of(CurrencyUnit.EUR, 100_000)))
                .drawAuthority(DrawAuthority.PROGRAM_LEAD_ALONE)
                .build())
            .build())
        .addWall(NonPoachingAgreement.builder()
            .addSignature(Signature.of(nordwerk, signed))
            .addSignature(Signature.of(voltaic, signed))
            .coolingOff(Period.ofMonths(12))
            .build())
        .build();
    // end::full-charter[]

    assertEquals("Battery management, platform 2028", charter.name());
    assertEquals(List.of(nordwerk, voltaic),
        charter.parties().stream().map(Party::id).collect(toList()));
    assertEquals(List.of(voltaic),
        charter.parties(PartyRole.SUPPLIER).stream().map(Party::id).collect(toList()));
    assertEquals(lead, charter.lead().orElseThrow());
    assertEquals(Period.ofMonths(12), charter.nonPoaching().orElseThrow().coolingOff().orElseThrow());
    assertEquals(jonas,
        charter.commercialModel().orElseThrow().premiumRates().get(0).engineer());
    assertEquals("Electro-thermal cell model, release 4",
        charter.ipFramework().orElseThrow().asset(AssetId.of("cell-model")).orElseThrow().description());
    assertEquals(Decider.allParents(), charter.norms().orElseThrow().deciderOf("scope change").orElseThrow());
    assertEquals(547, charter.period().days(), "2027-02-01 to 2028-07-31, both days included");
  }
}
