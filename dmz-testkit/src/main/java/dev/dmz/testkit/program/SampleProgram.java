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
import dev.dmz.rules.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A small, ready program to test rules against: one OEM ({@link #OEM}) and two suppliers ({@link
 * #SUP_A}, {@link #SUP_B}) under the neutral lead Ines Duarte, from {@link #START} (1 March 2027) to
 * {@link #END} (31 December 2027), paid in euros. Its commercial model holds one milestone, {@link
 * #PROTOTYPE} (EUR 100,000 to supplier A, due 1 June 2027), a premium rate of EUR 3,100 a month for
 * {@link #LENA} (supplier A's star), re-baselining beyond 10 % scope growth (baseline scope 200) or
 * 30 days' slip, and a risk pool the OEM and supplier A commit to; its non-poaching agreement has a
 * six-month cooling-off period. Every parent signed everything two weeks before the start.
 *
 * <p>It is the default charter of {@link ProgramGenerators#commandSequences()}, and the charter an
 * example test starts from when the charter itself does not matter:
 *
 * <pre>{@code
 * ProgramFixture.given(SampleProgram.charter())
 *     .and(Nominate.of(Actor.parent(SampleProgram.SUP_A), SampleProgram.LENA, SampleProgram.day(0)))
 *     .when(Admit.of(SampleProgram.LEAD, SampleProgram.LENA.id(), SampleProgram.day(1)))
 *     .thenAccepted(Admitted.of(SampleProgram.LENA.id(), Optional.empty(), SampleProgram.day(1)));
 * }</pre>
 */
public final class SampleProgram {
  /** The OEM parent. */
  public static final PartyId OEM = PartyId.of("oem");
  /** Supplier A, which employs {@link #LENA} and {@link #OMAR} and is paid {@link #PROTOTYPE}. */
  public static final PartyId SUP_A = PartyId.of("sup-a");
  /** Supplier B, which employs {@link #KIRA}. */
  public static final PartyId SUP_B = PartyId.of("sup-b");
  /** The parents, in the charter's order. */
  public static final List<PartyId> PARENTS = List.of(OEM, SUP_A, SUP_B);
  /** The program's first day. */
  public static final LocalDate START = LocalDate.of(2027, 3, 1);
  /** The program's last day. */
  public static final LocalDate END = LocalDate.of(2027, 12, 31);
  /** The program lead, employed by the neutral party {@code neutral}. */
  public static final ProgramLead PROGRAM_LEAD =
      ProgramLead.of(PersonId.of("lead"), "Ines Duarte", PartyId.of("neutral"));
  /** The lead, acting as lead. */
  public static final Actor LEAD = Actor.lead(PROGRAM_LEAD.id());
  /** Supplier A's engineer whom the premium rate names. */
  public static final NamedEngineer LENA = NamedEngineer.of(EngineerId.of("A-7"), "Lena Park", SUP_A);
  /** Another engineer of supplier A. */
  public static final NamedEngineer OMAR = NamedEngineer.of(EngineerId.of("A-8"), "Omar Haddad", SUP_A);
  /** An engineer of supplier B. */
  public static final NamedEngineer KIRA = NamedEngineer.of(EngineerId.of("B-1"), "Kira Novak", SUP_B);
  /** An engineer of the OEM. */
  public static final NamedEngineer MIRA = NamedEngineer.of(EngineerId.of("O-1"), "Mira Schulz", OEM);
  /** The milestone: a prototype, due three months after the start, paid to supplier A. */
  public static final MilestoneId PROTOTYPE = MilestoneId.of("M1");

  private static final LocalDate SIGNED = START.minusDays(14);
  private static final ProgramCharter CHARTER = build();

  private SampleProgram() {}

  /**
   * The ready charter.
   *
   * @return the charter (one shared immutable instance)
   */
  public static ProgramCharter charter() {
    return CHARTER;
  }

  /**
   * A day of the program.
   *
   * @param n days after the start
   * @return {@link #START} plus {@code n} days
   */
  public static LocalDate day(int n) {
    return START.plusDays(n);
  }

  /**
   * An amount in the program's currency.
   *
   * @param amount whole euros
   * @return the amount
   */
  public static Money eur(long amount) {
    return Money.ofMajor(CurrencyUnit.EUR, amount);
  }

  private static ProgramCharter build() {
    List<Signature> signatures = PARENTS.stream().map(p -> Signature.of(p, SIGNED)).toList();
    return ProgramCharter.builder()
        .name("Sample program")
        .period(ProgramPeriod.of(START, END))
        .addParty(Party.of(OEM, "OEM AG", PartyRole.OEM))
        .addParty(Party.of(SUP_A, "Supplier A GmbH", PartyRole.SUPPLIER))
        .addParty(Party.of(SUP_B, "Supplier B Srl", PartyRole.SUPPLIER))
        .addLead(PROGRAM_LEAD)
        .mandates(PARENTS.stream().map(p -> Mandate.builder().grantor(p).lead(PROGRAM_LEAD.id())
            .addAuthorities(Authority.values()).signedOn(SIGNED).build()).toList())
        .norms(Norms.builder()
            .disputeSettlement("The lead hears both sides and decides within five working days.")
            .addEscalation(Escalation.of("budget", Decider.allParents()))
            .crossCompanyDecisions(DecisionRule.LEAD_DECIDES)
            .build())
        .addWall(IpFramework.builder()
            .signatures(signatures)
            .declarations(PARENTS.stream().map(BackgroundIpDeclaration::nothing).toList())
            .foregroundOwnership(ForegroundOwnership.BY_CONTRIBUTORS_EMPLOYERS)
            .postProgramLicence(PostProgramLicence.of("Non-exclusive, royalty-free."))
            .build())
        .addWall(CommercialModel.builder()
            .currency(CurrencyUnit.EUR)
            .pricingBasis(PricingBasis.OUTCOME_ALIGNED)
            .addMilestone(Milestone.builder().id(PROTOTYPE).description("Prototype")
                .dueDate(START.plusMonths(3)).payee(SUP_A).amount(eur(100_000)).build())
            .addPremiumRate(PremiumRate.builder().engineer(LENA).monthlyAmount(eur(3_100))
                .expectedImpact("Knows the legacy firmware").build())
            .rebaselining(RebaseliningTerms.builder().baselineScope(BigDecimal.valueOf(200))
                .scopeExpansionThresholdPercent(BigDecimal.TEN).milestoneSlipThresholdDays(30).build())
            .riskPool(RiskPoolTerms.builder()
                .addCommitment(PoolCommitment.of(OEM, eur(50_000)))
                .addCommitment(PoolCommitment.of(SUP_A, eur(10_000)))
                .drawAuthority(DrawAuthority.PROGRAM_LEAD_ALONE).build())
            .build())
        .addWall(NonPoachingAgreement.builder().signatures(signatures).coolingOff(Period.ofMonths(6)).build())
        .build();
  }
}
