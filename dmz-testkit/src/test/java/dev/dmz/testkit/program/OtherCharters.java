package dev.dmz.testkit.program;

import dev.dmz.core.agreement.NonPoachingAgreement;
import dev.dmz.core.agreement.Signature;
import dev.dmz.core.charter.Authority;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Ready charters unlike the {@link SampleProgram}, made by hand until the charter generators exist:
 * other parties, ids, currencies, periods, milestones and terms, so that the command generators are
 * seen to read everything from the charter.
 */
final class OtherCharters {
  static final PartyId NORDWERK = PartyId.of("nordwerk");
  static final PartyId SUEDWERK = PartyId.of("suedwerk");
  static final PartyId VOLTAIC = PartyId.of("voltaic");
  static final PartyId CELLCO = PartyId.of("cellco");
  static final NamedEngineer ANA = NamedEngineer.of(EngineerId.of("voltaic:4711"), "Ana Lima", VOLTAIC);
  static final NamedEngineer BO = NamedEngineer.of(EngineerId.of("cellco:17"), "Bo Lindqvist", CELLCO);

  private OtherCharters() {}

  /** Two OEMs and two suppliers, in dollars, for eighteen months, two milestones and two premium rates. */
  static ProgramCharter fourParents() {
    LocalDate start = LocalDate.of(2028, 1, 1);
    List<PartyId> parents = List.of(NORDWERK, SUEDWERK, VOLTAIC, CELLCO);
    return charter("Cell pack 2", ProgramPeriod.of(start, LocalDate.of(2029, 6, 30)),
        List.of(Party.of(NORDWERK, "Nordwerk AG", PartyRole.OEM), Party.of(SUEDWERK, "Suedwerk AG", PartyRole.OEM),
            Party.of(VOLTAIC, "Voltaic Systems", PartyRole.SUPPLIER), Party.of(CELLCO, "CellCo", PartyRole.SUPPLIER)),
        ProgramLead.of(PersonId.of("karl"), "Karl Vogt", PartyId.of("neutral-bv")),
        CommercialModel.builder()
            .currency(CurrencyUnit.USD)
            .pricingBasis(PricingBasis.OUTCOME_ALIGNED)
            .addMilestone(Milestone.builder().id(MilestoneId.of("cells-a")).description("A sample cells")
                .dueDate(start.plusMonths(4)).payee(CELLCO).amount(usd(250_000)).build())
            .addMilestone(Milestone.builder().id(MilestoneId.of("bms")).description("Battery management")
                .dueDate(start.plusMonths(9)).payee(VOLTAIC).amount(usd(400_000)).build())
            .addPremiumRate(PremiumRate.builder().engineer(ANA).monthlyAmount(usd(4_000))
                .expectedImpact("Wrote the cell model").build())
            .addPremiumRate(PremiumRate.builder().engineer(BO).monthlyAmount(usd(2_500))
                .expectedImpact("Runs the test bench").build())
            .rebaselining(RebaseliningTerms.builder().baselineScope(BigDecimal.valueOf(1_250))
                .scopeExpansionThresholdPercent(BigDecimal.valueOf(25)).milestoneSlipThresholdDays(45).build())
            .riskPool(RiskPoolTerms.builder()
                .addCommitment(PoolCommitment.of(NORDWERK, usd(80_000)))
                .addCommitment(PoolCommitment.of(SUEDWERK, usd(80_000)))
                .addCommitment(PoolCommitment.of(VOLTAIC, usd(20_000)))
                .drawAuthority(DrawAuthority.PROGRAM_LEAD_ALONE).build())
            .build(),
        parents.stream().map(p -> p.equals(NORDWERK) ? BackgroundIpDeclaration.of(p, List.of(BackgroundAsset.builder()
            .id(AssetId.of("BG-1")).description("Crash model").addCarveOut("series production").build()))
            : BackgroundIpDeclaration.nothing(p)).collect(Collectors.toList()));
  }

  /** One OEM and one supplier, in yen, for sixty days, no premium rate, a zero scope threshold. */
  static ProgramCharter twoParentsInYen() {
    LocalDate start = LocalDate.of(2030, 4, 1);
    PartyId oem = PartyId.of("kaisha");
    PartyId supplier = PartyId.of("buhin");
    return charter("Short sprint", ProgramPeriod.of(start, start.plusDays(59)),
        List.of(Party.of(oem, "Kaisha KK", PartyRole.OEM), Party.of(supplier, "Buhin KK", PartyRole.SUPPLIER)),
        ProgramLead.of(PersonId.of("impostor"), "Yui Mori", PartyId.of("kansa")),
        CommercialModel.builder()
            .currency(CurrencyUnit.JPY)
            .pricingBasis(PricingBasis.OUTCOME_ALIGNED)
            .addMilestone(Milestone.builder().id(MilestoneId.of("M-unknown")).description("Demo")
                .dueDate(start.plusDays(30)).payee(supplier).amount(Money.ofMajor(CurrencyUnit.JPY, 9_000_000))
                .build())
            .rebaselining(RebaseliningTerms.builder().baselineScope(new BigDecimal("12.5"))
                .scopeExpansionThresholdPercent(BigDecimal.ZERO).milestoneSlipThresholdDays(0).build())
            .riskPool(RiskPoolTerms.builder()
                .addCommitment(PoolCommitment.of(oem, Money.ofMajor(CurrencyUnit.JPY, 5_000_000)))
                .addCommitment(PoolCommitment.of(supplier, Money.ofMajor(CurrencyUnit.JPY, 1_000_000)))
                .drawAuthority(DrawAuthority.PROGRAM_LEAD_ALONE).build())
            .build(),
        List.of(BackgroundIpDeclaration.nothing(oem), BackgroundIpDeclaration.nothing(supplier)));
  }

  static List<ProgramCharter> all() {
    return List.of(fourParents(), twoParentsInYen());
  }

  private static ProgramCharter charter(String name, ProgramPeriod period, List<Party> parties, ProgramLead lead,
      CommercialModel model, List<BackgroundIpDeclaration> declarations) {
    LocalDate signed = period.start().minusDays(30);
    List<PartyId> parents = parties.stream().map(Party::id).collect(Collectors.toList());
    List<Signature> signatures = parents.stream().map(p -> Signature.of(p, signed)).collect(Collectors.toList());
    return ProgramCharter.builder()
        .name(name)
        .period(period)
        .parties(parties)
        .addLead(lead)
        .mandates(parents.stream().map(p -> Mandate.builder().grantor(p).lead(lead.id())
            .addAuthorities(Authority.values()).signedOn(signed).build()).collect(Collectors.toList()))
        .norms(Norms.builder()
            .disputeSettlement("Both sides are heard; the lead decides within a week.")
            .addEscalation(Escalation.of("scope", Decider.allParents()))
            .crossCompanyDecisions(DecisionRule.LEAD_DECIDES)
            .build())
        .addWall(IpFramework.builder()
            .signatures(signatures)
            .declarations(declarations)
            .foregroundOwnership(ForegroundOwnership.BY_CONTRIBUTORS_EMPLOYERS)
            .postProgramLicence(PostProgramLicence.of("Royalty-free for the parents."))
            .build())
        .addWall(model.withSignatures(signatures))
        .addWall(NonPoachingAgreement.builder().signatures(signatures).coolingOff(Period.ofMonths(3)).build())
        .build();
  }

  private static Money usd(long amount) {
    return Money.ofMajor(CurrencyUnit.USD, amount);
  }
}
