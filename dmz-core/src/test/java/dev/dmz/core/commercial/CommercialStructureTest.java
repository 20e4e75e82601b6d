package dev.dmz.core.commercial;

import static dev.dmz.core.value.Malformed.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.charter.ProgramPeriod;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Commercial model: structure")
class CommercialStructureTest {
  static final PartyId OEM = PartyId.of("nordwerk");
  static final PartyId SUPPLIER = PartyId.of("voltaic");
  static final NamedEngineer JONAS = NamedEngineer.of(EngineerId.of("VS-1042"), "Jonas Brandt", SUPPLIER);

  static Milestone milestone(String id, Money amount) {
    return Milestone.builder().id(MilestoneId.of(id)).description("deliver " + id)
        .dueDate(LocalDate.of(2027, 6, 30)).payee(SUPPLIER).amount(amount).build();
  }

  static PremiumRate premium(NamedEngineer engineer, Money amount) {
    return PremiumRate.builder().engineer(engineer).monthlyAmount(amount).expectedImpact("impact").build();
  }

  static CommercialModel.Builder model() {
    return CommercialModel.builder().currency(CurrencyUnit.EUR).pricingBasis(PricingBasis.OUTCOME_ALIGNED);
  }

  static Money eur(long amount) {
    return Money.ofMajor(CurrencyUnit.EUR, amount);
  }

  @Test
  @DisplayName("a milestone of zero or a negative amount is refused")
  void milestoneAmount() {
    assertRefused("Milestone.amount must be more than zero, was EUR 0.00", () -> milestone("M1", eur(0)));
    assertRefused("Milestone.amount must be more than zero, was EUR -1.00", () -> milestone("M1", eur(-1)));
  }

  @Test
  @DisplayName("a milestone with a blank description is refused")
  void milestoneDescription() {
    assertRefused("Milestone.description must not be blank, was \"\"",
        () -> milestone("M1", eur(1)).withDescription(""));
  }

  @Test
  @DisplayName("an amount in a second currency is refused, naming where it is")
  void mixedCurrencies() {
    assertRefused("CommercialModel.milestones[M2].amount must be in EUR, was USD 10.00",
        () -> model().addMilestone(milestone("M1", eur(10)))
            .addMilestone(milestone("M2", Money.ofMajor(CurrencyUnit.USD, 10))).build());
    assertRefused("CommercialModel.premiumRates[Jonas Brandt].monthlyAmount must be in EUR, was GBP 10.00",
        () -> model().addPremiumRate(premium(JONAS, Money.ofMajor(CurrencyUnit.GBP, 10))).build());
    assertRefused("CommercialModel.riskPool.commitments[nordwerk].amount must be in EUR, was CHF 10.00",
        () -> model().riskPool(RiskPoolTerms.builder()
            .addCommitment(PoolCommitment.of(OEM, Money.ofMajor(CurrencyUnit.CHF, 10)))
            .drawAuthority(DrawAuthority.PROGRAM_LEAD_ALONE).build()).build());
  }

  @Test
  @DisplayName("one milestone id twice, or two premiums for one engineer, is refused")
  void duplicates() {
    assertRefused("CommercialModel.milestones must not contain a duplicate, was M1",
        () -> model().addMilestone(milestone("M1", eur(10))).addMilestone(milestone("M1", eur(20))).build());
    assertRefused("CommercialModel.premiumRates must not contain a duplicate, was VS-1042",
        () -> model().addPremiumRate(premium(JONAS, eur(10)))
            .addPremiumRate(premium(JONAS.withName("Jonas B."), eur(20))).build());
  }

  @Test
  @DisplayName("a premium rate needs a positive amount; a blank impact is refused, a missing one builds")
  void premiumRate() {
    assertRefused("PremiumRate.monthlyAmount must be more than zero, was EUR 0.00", () -> premium(JONAS, eur(0)));
    assertRefused("PremiumRate.expectedImpact must not be blank, was \"\"",
        () -> premium(JONAS, eur(1)).withExpectedImpact(""));
    PremiumRate unjustified = PremiumRate.builder().engineer(JONAS).monthlyAmount(eur(1)).build();
    assertEquals(Optional.empty(), unjustified.expectedImpact());
  }

  @Test
  @DisplayName("re-baselining thresholds: zero builds, negative is refused, baseline scope must be positive")
  void rebaselining() {
    RebaseliningTerms zero = RebaseliningTerms.builder()
        .scopeExpansionThresholdPercent(BigDecimal.ZERO).milestoneSlipThresholdDays(0).build();
    assertEquals(0, zero.milestoneSlipThresholdDays().orElseThrow());
    assertRefused("RebaseliningTerms.scopeExpansionThresholdPercent must not be negative, was -0.1",
        () -> RebaseliningTerms.builder().scopeExpansionThresholdPercent(new BigDecimal("-0.1")).build());
    assertRefused("RebaseliningTerms.milestoneSlipThresholdDays must not be negative, was -1",
        () -> RebaseliningTerms.builder().milestoneSlipThresholdDays(-1).build());
    assertRefused("RebaseliningTerms.baselineScope must be more than zero, was 0",
        () -> RebaseliningTerms.builder().baselineScope(BigDecimal.ZERO).build());
    assertEquals(RebaseliningTerms.none(), model().build().rebaselining(), "no terms stated by default");
  }

  @Test
  @DisplayName("a pool commitment must be positive, each parent once")
  void pool() {
    assertRefused("PoolCommitment.amount must be more than zero, was EUR 0.00", () -> PoolCommitment.of(OEM, eur(0)));
    assertRefused("RiskPoolTerms.commitments must not contain a duplicate, was nordwerk",
        () -> RiskPoolTerms.builder()
            .addCommitment(PoolCommitment.of(OEM, eur(1)))
            .addCommitment(PoolCommitment.of(OEM, eur(2)))
            .drawAuthority(DrawAuthority.PROGRAM_LEAD_ALONE).build());
  }

  @Test
  @DisplayName("a builder without currency names the missing attributes")
  void missingCurrency() {
    assertRefused("Cannot build CommercialModel, some of required attributes are not set [currency, pricingBasis]",
        () -> CommercialModel.builder().build());
  }

  @Test
  @DisplayName("a milestone is found by id, an unknown id is not")
  void milestoneById() {
    CommercialModel m = model().addMilestone(milestone("M1", eur(10))).build();
    assertEquals(eur(10), m.milestone(MilestoneId.of("M1")).orElseThrow().amount());
    assertEquals(Optional.empty(), m.milestone(MilestoneId.of("M9")));
  }

  @Test
  @DisplayName("a charter's milestone is its commercial model's; a charter without a model has none")
  void charterMilestone() {
    ProgramPeriod period = ProgramPeriod.of(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 12, 31));
    ProgramCharter withModel = ProgramCharter.builder().name("P").period(period)
        .addWall(model().addMilestone(milestone("M1", eur(10))).build()).build();
    assertEquals(eur(10), withModel.milestone(MilestoneId.of("M1")).orElseThrow().amount());
    assertEquals(Optional.empty(), withModel.milestone(MilestoneId.of("M9")));
    assertEquals(Optional.empty(), ProgramCharter.builder().name("P").period(period).build()
        .milestone(MilestoneId.of("M1")));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("dev.dmz.core.value.Malformed#unsafe")
  @DisplayName("a milestone id, a description or an expected impact holding a line break, ESC, a right-to-left "
      + "override, a line separator or NUL is refused")
  void unsafeText(String c, String what, String shown) {
    assertRefused("MilestoneId.value must not contain " + what + ", was \"M" + shown + "1\"",
        () -> MilestoneId.of("M" + c + "1"));
    assertRefused("Milestone.description must not contain " + what + ", was \"deliver M1" + shown + "\"",
        () -> milestone("M1", eur(1)).withDescription("deliver M1" + c));
    assertRefused("PremiumRate.expectedImpact must not contain " + what + ", was \"impact" + shown + "\"",
        () -> premium(JONAS, eur(1)).withExpectedImpact("impact" + c));
  }

  @Test
  @DisplayName("a long milestone id in a message about its amount is cut")
  void longIdInField() {
    String id = "M".repeat(1_000);
    assertRefused("CommercialModel.milestones[" + "M".repeat(80) + "... (920 more characters)].amount must be in EUR, "
        + "was USD 10.00", () -> model().addMilestone(milestone(id, Money.ofMajor(CurrencyUnit.USD, 10))).build());
  }
}
