package dev.dmz.benchmarks;

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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A ready charter of any size, and its people, generated deterministically from indices (no
 * randomness: the same size gives the same charter in every run and every fork).
 *
 * <p>Parent 0 is the OEM, parents 1 to {@code parents - 1} are suppliers. Engineer {@code n} is
 * employed by parent {@code n % parents}; every tenth engineer of each supplier carries a premium
 * rate, so the charter grows with the program (a program of 10,000 engineers has 800 premium rates
 * with 5 parents, 980 with 50). Each supplier is paid two milestones. The program runs ten years, long enough for a history
 * of a million events.
 */
final class LargeCharter {
  /** The program's first day. */
  static final LocalDate START = LocalDate.of(2027, 1, 1);
  /** The program's last day. */
  static final LocalDate END = LocalDate.of(2036, 12, 31);
  /** The program lead, employed by a neutral party. */
  static final ProgramLead PROGRAM_LEAD =
      ProgramLead.of(PersonId.of("lead"), "Ines Duarte", PartyId.of("neutral-office"));
  /** The lead, acting as lead. */
  static final Actor LEAD = Actor.lead(PROGRAM_LEAD.id());
  /** The program's currency. */
  static final CurrencyUnit EUR = CurrencyUnit.EUR;
  /** The terms of the IP framework's post-program licence. */
  static final String LICENCE = "Non-exclusive, royalty-free.";

  private static final LocalDate SIGNED = START.minusDays(30);
  private static final List<String> GIVEN = List.of("Ada", "Ben", "Chiara", "Dmitri", "Elif", "Farid",
      "Greta", "Hiro", "Ines", "Jonas", "Kira", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quentin",
      "Rosa", "Sven", "Tomoko");
  private static final List<String> FAMILY = List.of("Alves", "Brandt", "Costa", "Dubois", "Eriksen",
      "Fischer", "Garcia", "Haddad", "Ivanova", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Novak",
      "Okafor", "Park", "Quinn", "Rossi", "Schulz", "Tanaka");

  private LargeCharter() {}

  /**
   * The id of a parent.
   *
   * @param index 0 for the OEM, from 1 for a supplier
   * @return the id
   */
  static PartyId parent(int index) {
    return PartyId.of(index == 0 ? "oem" : "supplier-" + index);
  }

  /**
   * The n-th engineer of a program with this many parents: a real-looking name (names repeat, ids do
   * not), employed by parent {@code n % parents}.
   *
   * @param n the engineer's number, from 0
   * @param parents how many parents the program has
   * @return the engineer
   */
  static NamedEngineer engineer(int n, int parents) {
    String name = GIVEN.get(n % GIVEN.size()) + " " + FAMILY.get((n / GIVEN.size()) % FAMILY.size());
    return NamedEngineer.of(EngineerId.of("E-" + n), name, parent(n % parents));
  }

  /**
   * The id of a supplier's milestone.
   *
   * @param supplier the supplier's index, from 1
   * @param number 1 or 2
   * @return the id
   */
  static MilestoneId milestone(int supplier, int number) {
    return MilestoneId.of("M-" + supplier + "-" + number);
  }

  /**
   * Whether engineer {@code n} carries a premium rate.
   *
   * @param n the engineer's number
   * @param parents how many parents the program has
   * @return true for every tenth engineer of each supplier
   */
  static boolean hasPremium(int n, int parents) {
    return n % parents != 0 && (n / parents) % 10 == 0;
  }

  /**
   * A ready charter.
   *
   * @param parents how many parents sign it, at least two (the OEM and a supplier)
   * @param engineers how many engineers the program will name (premium rates are drawn from them)
   * @return the charter, ready under the standard rule book
   */
  static ProgramCharter of(int parents, int engineers) {
    if (parents < 2) {
      throw new IllegalArgumentException("a program needs an OEM and a supplier, was " + parents + " parent(s)");
    }
    List<PartyId> ids = IntStream.range(0, parents).mapToObj(LargeCharter::parent).collect(Collectors.toList());
    PartyId[] all = ids.toArray(new PartyId[0]);
    ProgramCharter.Builder charter = ProgramCharter.builder()
        .name("Benchmark program, " + parents + " parents, " + engineers + " engineers")
        .period(ProgramPeriod.of(START, END))
        .addLead(PROGRAM_LEAD)
        .norms(Norms.builder()
            .disputeSettlement("The lead hears both sides and decides within five working days.")
            .addEscalation(Escalation.of("budget", Decider.allParents()))
            .crossCompanyDecisions(DecisionRule.LEAD_DECIDES)
            .build())
        .addWall(IpFramework.builder()
            .signatures(Signature.allOn(SIGNED, all))
            .declarations(ids.stream().map(BackgroundIpDeclaration::nothing).collect(Collectors.toList()))
            .foregroundOwnership(ForegroundOwnership.BY_CONTRIBUTORS_EMPLOYERS)
            .postProgramLicence(PostProgramLicence.of(LICENCE))
            .build())
        .addWall(commercialModel(parents, engineers))
        .addWall(NonPoachingAgreement.builder()
            .signatures(Signature.allOn(SIGNED, all)).coolingOff(Period.ofMonths(6)).build());
    for (int i = 0; i < parents; i++) {
      charter.addParty(Party.of(parent(i), (i == 0 ? "OEM " : "Supplier ") + i + " AG",
          i == 0 ? PartyRole.OEM : PartyRole.SUPPLIER));
      charter.addMandate(Mandate.full(parent(i), PROGRAM_LEAD.id(), SIGNED));
    }
    return charter.build();
  }

  private static CommercialModel commercialModel(int parents, int engineers) {
    List<Milestone> milestones = new ArrayList<>();
    for (int supplier = 1; supplier < parents; supplier++) {
      for (int number = 1; number <= 2; number++) {
        milestones.add(Milestone.builder().id(milestone(supplier, number))
            .description("Deliverable " + number + " of supplier " + supplier)
            .dueDate(START.plusMonths(6L * number)).payee(parent(supplier))
            .amount(Money.ofMajor(EUR, 100_000L * number)).build());
      }
    }
    List<PremiumRate> premiums = new ArrayList<>();
    for (int n = 0; n < engineers; n++) {
      if (hasPremium(n, parents)) {
        premiums.add(PremiumRate.builder().engineer(engineer(n, parents))
            .monthlyAmount(Money.ofMajor(EUR, 2_000 + 100L * (n % 7)))
            .expectedImpact("Knows the legacy firmware of this supplier").build());
      }
    }
    return CommercialModel.builder()
        .signatures(Signature.allOn(SIGNED, IntStream.range(0, parents).mapToObj(LargeCharter::parent)
            .toArray(PartyId[]::new)))
        .currency(EUR)
        .pricingBasis(PricingBasis.OUTCOME_ALIGNED)
        .milestones(milestones)
        .premiumRates(premiums)
        .rebaselining(RebaseliningTerms.builder().baselineScope(BigDecimal.valueOf(1_000))
            .scopeExpansionThresholdPercent(BigDecimal.TEN).milestoneSlipThresholdDays(30).build())
        .riskPool(RiskPoolTerms.builder()
            .addCommitment(PoolCommitment.of(parent(0), Money.ofMajor(EUR, 500_000)))
            .addCommitment(PoolCommitment.of(parent(1), Money.ofMajor(EUR, 100_000)))
            .drawAuthority(DrawAuthority.PROGRAM_LEAD_ALONE).build())
        .build();
  }
}
