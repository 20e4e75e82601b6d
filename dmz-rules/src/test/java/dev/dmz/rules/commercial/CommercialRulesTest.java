package dev.dmz.rules.commercial;

import static dev.dmz.rules.ReadinessAssertions.assertAll;
import static dev.dmz.rules.ReadinessAssertions.assertOnly;
import static dev.dmz.rules.ReadyCharter.OEM;
import static dev.dmz.rules.ReadyCharter.START;
import static dev.dmz.rules.ReadyCharter.SUP_A;
import static dev.dmz.rules.ReadyCharter.SUP_B;
import static dev.dmz.rules.ReadyCharter.charter;
import static dev.dmz.rules.ReadyCharter.commercialModel;
import static dev.dmz.rules.ReadyCharter.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.core.agreement.WallKind;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.commercial.CommercialModel;
import dev.dmz.core.commercial.DrawAuthority;
import dev.dmz.core.commercial.Milestone;
import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.commercial.PoolCommitment;
import dev.dmz.core.commercial.PremiumRate;
import dev.dmz.core.commercial.PricingBasis;
import dev.dmz.core.commercial.RebaseliningTerms;
import dev.dmz.core.commercial.RiskPoolTerms;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.Readiness;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Commercial rules")
class CommercialRulesTest {

  @Test
  @DisplayName("a charter without a commercial model: no outcome, no triggers, no pool, and no premium to question")
  void noCommercialModel() {
    assertAll(withoutCommercialModel(),
        "DMZ-COMMERCIAL-OUTCOME wall COMMERCIAL_MODEL: The charter has no commercial model.",
        "DMZ-REBASELINE-TRIGGERS wall COMMERCIAL_MODEL: The contract states no scope-expansion threshold.",
        "DMZ-REBASELINE-TRIGGERS wall COMMERCIAL_MODEL: The contract states no milestone-slip threshold.",
        "DMZ-RISK-POOL risk pool: The contract has no risk-sharing pool.");
  }

  @Nested
  @DisplayName("DMZ-COMMERCIAL-OUTCOME")
  class Outcome {
    @Test
    @DisplayName("no commercial model names the remedy")
    void noModel() {
      assertEquals(List.of("Add an outcome-aligned commercial model that pays suppliers for accepted milestones."),
          remedies(DmzRuleId.COMMERCIAL_OUTCOME, withoutCommercialModel()));
    }

    @Test
    @DisplayName("billing by the hour is refused")
    void hourly() {
      Readiness readiness = assertOnly(DmzRuleId.COMMERCIAL_OUTCOME,
          with(commercialModel().withPricingBasis(PricingBasis.HOURLY)),
          "wall COMMERCIAL_MODEL: The commercial model bills by the hour (time and materials).");
      assertEquals(List.of("Tie compensation to milestones and named premium rates instead of hours."),
          remedies(readiness));
    }

    @Test
    @DisplayName("a model without milestones ties no payment to an outcome")
    void noMilestones() {
      Readiness readiness = assertOnly(DmzRuleId.COMMERCIAL_OUTCOME, with(commercialModel().withMilestones()),
          "wall COMMERCIAL_MODEL: The commercial model has no milestone, so no payment is tied to an outcome.");
      assertEquals(List.of("Add milestones, each with a due date, a supplier to pay and an amount."),
          remedies(readiness));
    }

    @Test
    @DisplayName("hourly and without milestones: both findings")
    void hourlyWithoutMilestones() {
      assertOnly(DmzRuleId.COMMERCIAL_OUTCOME,
          with(commercialModel().withPricingBasis(PricingBasis.HOURLY).withMilestones()),
          "wall COMMERCIAL_MODEL: The commercial model bills by the hour (time and materials).",
          "wall COMMERCIAL_MODEL: The commercial model has no milestone, so no payment is tied to an outcome.");
    }

    @Test
    @DisplayName("a milestone paying the OEM is refused: a milestone pays a supplier")
    void milestonePaysOem() {
      Readiness readiness = assertOnly(DmzRuleId.COMMERCIAL_OUTCOME,
          with(commercialModel().withMilestones(milestone("M1", SUP_A), milestone("M2", OEM))),
          "milestone M2: Milestone M2 pays oem, which is not a supplier parent.");
      assertEquals(List.of("Name a supplier of the program as the milestone's payee."), remedies(readiness));
    }

    @Test
    @DisplayName("a milestone paying an unknown party is refused")
    void milestonePaysUnknownParty() {
      assertOnly(DmzRuleId.COMMERCIAL_OUTCOME,
          with(commercialModel().withMilestones(milestone("M1", PartyId.of("ghost")), milestone("M2", SUP_B))),
          "milestone M1: Milestone M1 pays ghost, which is not a supplier parent.");
    }

    @Test
    @DisplayName("milestones paying each supplier are fine")
    void milestonesPayingSuppliers() {
      assertOnly(DmzRuleId.COMMERCIAL_OUTCOME,
          with(commercialModel().withMilestones(milestone("M1", SUP_A), milestone("M2", SUP_B))));
    }
  }

  @Nested
  @DisplayName("DMZ-PREMIUM-BASIS")
  class PremiumBasis {
    @Test
    @DisplayName("a premium rate for \"Senior Developer #3\" names nobody")
    void placeholderEngineer() {
      NamedEngineer seat = NamedEngineer.of(EngineerId.of("SA-3"), "Senior Developer #3", SUP_A);
      Readiness readiness = assertOnly(DmzRuleId.PREMIUM_BASIS, withRates(rate(seat, "Knows the legacy firmware")),
          "engineer SA-3: The premium rate of EUR 3100.00 a month names no identified engineer:"
              + " \"Senior Developer #3\" is a numbered seat, not a person's name.");
      assertEquals(List.of("Tie the rate to one named engineer, by HR id and real name."), remedies(readiness));
    }

    @Test
    @DisplayName("a premium rate for a placeholder HR id names nobody either")
    void placeholderId() {
      NamedEngineer nobody = NamedEngineer.of(EngineerId.of("TBD"), "Lena Park", SUP_A);
      assertOnly(DmzRuleId.PREMIUM_BASIS, withRates(rate(nobody, "Knows the legacy firmware")),
          "engineer TBD: The premium rate of EUR 3100.00 a month names no identified engineer:"
              + " the HR id \"TBD\" is a placeholder, not a person's id.");
    }

    @Test
    @DisplayName("a premium rate without its expected impact")
    void missingImpact() {
      Readiness readiness = assertOnly(DmzRuleId.PREMIUM_BASIS,
          withRates(commercialModel().premiumRates().get(0).withExpectedImpact(Optional.empty())),
          "engineer A-7: The premium rate for Lena Park states no expected impact.");
      assertEquals(List.of("State the impact expected of Lena Park that justifies the premium."),
          remedies(readiness));
    }

    @Test
    @DisplayName("a premium rate for an engineer employed by a non-parent")
    void employedByNonParent() {
      NamedEngineer contractor = NamedEngineer.of(EngineerId.of("A-7"), "Lena Park", PartyId.of("body-shop"));
      Readiness readiness = assertOnly(DmzRuleId.PREMIUM_BASIS, withRates(rate(contractor, "Knows the legacy firmware")),
          "engineer A-7: The premium rate for Lena Park names an engineer employed by body-shop, which is not a supplier of the program.");
      assertEquals(List.of("Tie the rate to an engineer employed by a supplier of the program."),
          remedies(readiness));
    }

    @Test
    @DisplayName("a rate with two problems gives two findings")
    void twoProblems() {
      NamedEngineer seat = NamedEngineer.of(EngineerId.of("SB-5"), "N.N.", SUP_B);
      assertOnly(DmzRuleId.PREMIUM_BASIS, withRates(commercialModel().premiumRates().get(0),
              PremiumRate.builder().engineer(seat).monthlyAmount(eur(4_500)).build()),
          "engineer SB-5: The premium rate of EUR 4500.00 a month names no identified engineer:"
              + " \"N.N.\" is a placeholder, not a person's name.",
          "engineer SB-5: The premium rate for N.N. states no expected impact.");
    }

    @Test
    @DisplayName("a rate with three problems gives three findings, in a fixed order")
    void threeProblems() {
      NamedEngineer headcount = NamedEngineer.of(EngineerId.of("X-1"), "5 x Java developer", PartyId.of("body-shop"));
      assertOnly(DmzRuleId.PREMIUM_BASIS,
          withRates(PremiumRate.builder().engineer(headcount).monthlyAmount(eur(9_000)).build()),
          "engineer X-1: The premium rate of EUR 9000.00 a month names no identified engineer:"
              + " \"5 x Java developer\" is a headcount, not a person's name.",
          "engineer X-1: The premium rate for 5 x Java developer names an engineer employed by body-shop,"
              + " which is not a supplier of the program.",
          "engineer X-1: The premium rate for 5 x Java developer states no expected impact.");
    }

    @Test
    @DisplayName("no premium rates at all is fine")
    void noPremiumRates() {
      assertOnly(DmzRuleId.PREMIUM_BASIS, withRates());
    }

    @Test
    @DisplayName("two well-founded rates, one per supplier, are fine")
    void twoGoodRates() {
      NamedEngineer marco = NamedEngineer.of(EngineerId.of("B-12"), "Marco Rossi", SUP_B);
      assertOnly(DmzRuleId.PREMIUM_BASIS,
          withRates(commercialModel().premiumRates().get(0), rate(marco, "Wrote the braking controller")));
    }

    private PremiumRate rate(NamedEngineer engineer, String impact) {
      return PremiumRate.builder().engineer(engineer).monthlyAmount(eur(3_100)).expectedImpact(impact).build();
    }

    private ProgramCharter withRates(PremiumRate... rates) {
      return with(commercialModel().withPremiumRates(rates));
    }
  }

  @Nested
  @DisplayName("DMZ-REBASELINE-TRIGGERS")
  class RebaselineTriggers {
    @Test
    @DisplayName("no commercial model states neither threshold")
    void noModel() {
      assertEquals(List.of(
              "wall COMMERCIAL_MODEL: The contract states no scope-expansion threshold.",
              "wall COMMERCIAL_MODEL: The contract states no milestone-slip threshold."),
          findings(DmzRuleId.REBASELINE_TRIGGERS, withoutCommercialModel()));
    }

    @Test
    @DisplayName("a model without re-baselining terms states neither threshold")
    void noTerms() {
      Readiness readiness = assertOnly(DmzRuleId.REBASELINE_TRIGGERS,
          with(commercialModel().withRebaselining(RebaseliningTerms.none())),
          "wall COMMERCIAL_MODEL: The contract states no scope-expansion threshold.",
          "wall COMMERCIAL_MODEL: The contract states no milestone-slip threshold.");
      assertEquals(List.of(
              "State by how many percent the scope may grow before the arrangement re-opens.",
              "State by how many days a milestone may slip before the arrangement re-opens."),
          remedies(readiness));
    }

    @Test
    @DisplayName("no scope-expansion threshold")
    void noScopeThreshold() {
      assertOnly(DmzRuleId.REBASELINE_TRIGGERS, withTerms(terms().withScopeExpansionThresholdPercent(Optional.empty())),
          "wall COMMERCIAL_MODEL: The contract states no scope-expansion threshold.");
    }

    @Test
    @DisplayName("no milestone-slip threshold")
    void noSlipThreshold() {
      assertOnly(DmzRuleId.REBASELINE_TRIGGERS, withTerms(terms().withMilestoneSlipThresholdDays(Optional.empty())),
          "wall COMMERCIAL_MODEL: The contract states no milestone-slip threshold.");
    }

    @Test
    @DisplayName("a scope threshold without a baseline scope cannot be measured")
    void scopeThresholdWithoutBaseline() {
      Readiness readiness = assertOnly(DmzRuleId.REBASELINE_TRIGGERS,
          withTerms(terms().withBaselineScope(Optional.empty())),
          "wall COMMERCIAL_MODEL: The contract states a scope-expansion threshold but no baseline scope to"
              + " measure growth against.");
      assertEquals(List.of("State the baseline scope the arrangement was priced on."), remedies(readiness));
    }

    @Test
    @DisplayName("a baseline scope without a threshold is only the missing threshold")
    void baselineWithoutThreshold() {
      assertOnly(DmzRuleId.REBASELINE_TRIGGERS, withTerms(RebaseliningTerms.builder()
              .baselineScope(BigDecimal.valueOf(200)).milestoneSlipThresholdDays(30).build()),
          "wall COMMERCIAL_MODEL: The contract states no scope-expansion threshold.");
    }

    @Test
    @DisplayName("thresholds of zero are stated, and fine")
    void zeroThresholds() {
      assertOnly(DmzRuleId.REBASELINE_TRIGGERS,
          withTerms(terms().withScopeExpansionThresholdPercent(BigDecimal.ZERO).withMilestoneSlipThresholdDays(0)));
    }

    private RebaseliningTerms terms() {
      return commercialModel().rebaselining();
    }

    private ProgramCharter withTerms(RebaseliningTerms terms) {
      return with(commercialModel().withRebaselining(terms));
    }
  }

  @Nested
  @DisplayName("DMZ-RISK-POOL")
  class RiskPool {
    @Test
    @DisplayName("a contract without a risk pool")
    void noPool() {
      Readiness readiness = assertOnly(DmzRuleId.RISK_POOL, with(commercialModel().withRiskPool(Optional.empty())),
          "risk pool: The contract has no risk-sharing pool.");
      assertEquals(List.of("Set up a pool that at least two parents commit to, drawn on by the lead alone."),
          remedies(readiness));
    }

    @Test
    @DisplayName("one committing parent is not a shared pool")
    void oneParent() {
      Readiness readiness = assertOnly(DmzRuleId.RISK_POOL, withPool(pool(PoolCommitment.of(OEM, eur(50_000)))),
          "risk pool: Only one parent commits to the risk pool (oem).");
      assertEquals(List.of("At least two parents commit contributions to the pool."), remedies(readiness));
    }

    @Test
    @DisplayName("a pool nobody commits to")
    void noCommitment() {
      assertOnly(DmzRuleId.RISK_POOL, withPool(pool()),
          "risk pool: No parent commits to the risk pool.");
    }

    @Test
    @DisplayName("a commitment by a non-parent is a finding, and does not count towards two")
    void nonParentCommitment() {
      Readiness readiness = assertOnly(DmzRuleId.RISK_POOL, withPool(pool(
              PoolCommitment.of(OEM, eur(50_000)), PoolCommitment.of(PartyId.of("bank"), eur(5_000)))),
          "party bank: bank commits EUR 5000.00 to the risk pool but is not a parent.",
          "risk pool: Only one parent commits to the risk pool (oem).");
      assertEquals(List.of("Remove the commitment, or add bank as a parent.",
          "At least two parents commit contributions to the pool."), remedies(readiness));
    }

    @Test
    @DisplayName("a pool drawn on with the parents' approval is not drawn on by the lead alone")
    void leadWithParentApproval() {
      Readiness readiness = assertOnly(DmzRuleId.RISK_POOL,
          withPool(riskPool().withDrawAuthority(DrawAuthority.LEAD_WITH_PARENT_APPROVAL)),
          "risk pool: The pool is drawn on under LEAD_WITH_PARENT_APPROVAL, not by the lead alone.");
      assertEquals(List.of("Let the program lead alone draw on the pool."), remedies(readiness));
    }

    @Test
    @DisplayName("a pool drawn on by the contributing parents is not drawn on by the lead alone")
    void contributingParents() {
      assertOnly(DmzRuleId.RISK_POOL, withPool(riskPool().withDrawAuthority(DrawAuthority.CONTRIBUTING_PARENTS)),
          "risk pool: The pool is drawn on under CONTRIBUTING_PARENTS, not by the lead alone.");
    }

    @Test
    @DisplayName("every problem of a pool at once")
    void everything() {
      assertOnly(DmzRuleId.RISK_POOL, withPool(pool(PoolCommitment.of(PartyId.of("bank"), eur(5_000)))
              .withDrawAuthority(DrawAuthority.CONTRIBUTING_PARENTS)),
          "party bank: bank commits EUR 5000.00 to the risk pool but is not a parent.",
          "risk pool: No parent commits to the risk pool.",
          "risk pool: The pool is drawn on under CONTRIBUTING_PARENTS, not by the lead alone.");
    }

    @Test
    @DisplayName("exactly two parents is enough, even two suppliers without the OEM")
    void twoParents() {
      assertOnly(DmzRuleId.RISK_POOL, withPool(pool(
          PoolCommitment.of(SUP_A, eur(10_000)), PoolCommitment.of(SUP_B, eur(1)))));
    }

    private RiskPoolTerms riskPool() {
      return commercialModel().riskPool().orElseThrow();
    }

    private RiskPoolTerms pool(PoolCommitment... commitments) {
      return riskPool().withCommitments(commitments);
    }

    private ProgramCharter withPool(RiskPoolTerms pool) {
      return with(commercialModel().withRiskPool(pool));
    }
  }

  private static Milestone milestone(String id, PartyId payee) {
    return Milestone.builder().id(MilestoneId.of(id)).description("Milestone " + id)
        .dueDate(START.plusMonths(3)).payee(payee).amount(eur(100_000)).build();
  }

  private static ProgramCharter with(CommercialModel model) {
    return charter().withWalls(charter().walls().stream()
        .map(w -> w.kind() == WallKind.COMMERCIAL_MODEL ? model : w).collect(Collectors.toList()));
  }

  private static ProgramCharter withoutCommercialModel() {
    return charter().withWalls(charter().walls().stream()
        .filter(w -> w.kind() != WallKind.COMMERCIAL_MODEL).collect(Collectors.toList()));
  }

  private static List<String> findings(DmzRuleId rule, ProgramCharter charter) {
    return RuleBook.standard().check(charter).findingsOf(rule.id()).stream()
        .map(f -> f.subject() + ": " + f.problem()).collect(Collectors.toList());
  }

  private static List<String> remedies(DmzRuleId rule, ProgramCharter charter) {
    return RuleBook.standard().check(charter).findingsOf(rule.id()).stream()
        .map(Finding::remedy).collect(Collectors.toList());
  }

  private static List<String> remedies(Readiness readiness) {
    return readiness.findings().stream().map(Finding::remedy).collect(Collectors.toList());
  }
}
