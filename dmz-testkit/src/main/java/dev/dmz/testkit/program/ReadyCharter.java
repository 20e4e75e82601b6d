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
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A ready charter with one OEM and two suppliers, and the parts of it, so that a rule's test can
 * break exactly one thing. Until dmz-testkit exists, this is the rules' one fixture.
 */
public final class ReadyCharter {
  public static final PartyId OEM = PartyId.of("oem");
  public static final PartyId SUP_A = PartyId.of("sup-a");
  public static final PartyId SUP_B = PartyId.of("sup-b");
  public static final List<PartyId> PARENTS = List.of(OEM, SUP_A, SUP_B);
  public static final LocalDate START = LocalDate.of(2027, 3, 1);
  public static final LocalDate END = LocalDate.of(2027, 12, 31);
  public static final LocalDate SIGNED = START.minusDays(14);
  public static final ProgramLead LEAD = ProgramLead.of(PersonId.of("lead"), "Ines Duarte", PartyId.of("neutral"));
  public static final NamedEngineer STAR = NamedEngineer.of(EngineerId.of("A-7"), "Lena Park", SUP_A);

  private ReadyCharter() {}

  public static ProgramCharter charter() {
    return ProgramCharter.builder()
        .name("Ready program")
        .period(ProgramPeriod.of(START, END))
        .addParty(Party.of(OEM, "OEM AG", PartyRole.OEM))
        .addParty(Party.of(SUP_A, "Supplier A GmbH", PartyRole.SUPPLIER))
        .addParty(Party.of(SUP_B, "Supplier B Srl", PartyRole.SUPPLIER))
        .addLead(LEAD)
        .mandates(PARENTS.stream().map(ReadyCharter::fullMandate).toList())
        .norms(norms())
        .addWall(ipFramework())
        .addWall(commercialModel())
        .addWall(nonPoaching())
        .build();
  }

  public static Mandate fullMandate(PartyId grantor) {
    return Mandate.builder().grantor(grantor).lead(LEAD.id()).addAuthorities(Authority.values())
        .signedOn(SIGNED).build();
  }

  public static List<Signature> signatures(LocalDate day) {
    return PARENTS.stream().map(p -> Signature.of(p, day)).toList();
  }

  public static Norms norms() {
    return Norms.builder()
        .disputeSettlement("The lead hears both sides and decides within five working days.")
        .addEscalation(Escalation.of("budget", Decider.allParents()))
        .crossCompanyDecisions(DecisionRule.LEAD_DECIDES)
        .build();
  }

  public static IpFramework ipFramework() {
    return IpFramework.builder()
        .signatures(signatures(SIGNED))
        .declarations(PARENTS.stream().map(BackgroundIpDeclaration::nothing).toList())
        .foregroundOwnership(ForegroundOwnership.BY_CONTRIBUTORS_EMPLOYERS)
        .postProgramLicence(PostProgramLicence.of("Non-exclusive, royalty-free."))
        .build();
  }

  public static Money eur(long amount) {
    return Money.ofMajor(CurrencyUnit.EUR, amount);
  }

  public static CommercialModel commercialModel() {
    return CommercialModel.builder()
        .currency(CurrencyUnit.EUR)
        .pricingBasis(PricingBasis.OUTCOME_ALIGNED)
        .addMilestone(Milestone.builder().id(MilestoneId.of("M1")).description("Prototype")
            .dueDate(START.plusMonths(3)).payee(SUP_A).amount(eur(100_000)).build())
        .addPremiumRate(PremiumRate.builder().engineer(STAR).monthlyAmount(eur(3_100))
            .expectedImpact("Knows the legacy firmware").build())
        .rebaselining(RebaseliningTerms.builder().baselineScope(BigDecimal.valueOf(200))
            .scopeExpansionThresholdPercent(BigDecimal.TEN).milestoneSlipThresholdDays(30).build())
        .riskPool(RiskPoolTerms.builder()
            .addCommitment(PoolCommitment.of(OEM, eur(50_000)))
            .addCommitment(PoolCommitment.of(SUP_A, eur(10_000)))
            .drawAuthority(DrawAuthority.PROGRAM_LEAD_ALONE).build())
        .build();
  }

  public static NonPoachingAgreement nonPoaching() {
    return NonPoachingAgreement.builder().signatures(signatures(SIGNED)).coolingOff(Period.ofMonths(6)).build();
  }
}
