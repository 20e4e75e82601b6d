package dev.dmz.rules.commercial;

import static dev.dmz.rules.Cast.END;
import static dev.dmz.rules.Cast.LEAD;
import static dev.dmz.rules.Cast.OEM;
import static dev.dmz.rules.Cast.SUP_A;
import static dev.dmz.rules.Cast.SUP_B;
import static dev.dmz.rules.Cast.day;
import static dev.dmz.rules.ProgramFixture.given;
import static dev.dmz.rules.ReadyCharter.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.agreement.WallKind;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.value.InvalidValueException;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Cast;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.Event;
import dev.dmz.rules.ProgramFixture;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.ReadyCharter;
import dev.dmz.rules.commercial.CommercialCommand.AcceptMilestone;
import dev.dmz.rules.commercial.CommercialCommand.ContributeToPool;
import dev.dmz.rules.commercial.CommercialCommand.DrawOnPool;
import dev.dmz.rules.commercial.CommercialCommand.RecordScopeChange;
import dev.dmz.rules.commercial.CommercialCommand.SignNewBaseline;
import dev.dmz.rules.commercial.CommercialEvent.BaselineRenewed;
import dev.dmz.rules.commercial.CommercialEvent.BaselineSigned;
import dev.dmz.rules.commercial.CommercialEvent.MilestoneAccepted;
import dev.dmz.rules.commercial.CommercialEvent.PoolContributed;
import dev.dmz.rules.commercial.CommercialEvent.PoolDrawn;
import dev.dmz.rules.commercial.CommercialEvent.RebaselineTriggered;
import dev.dmz.rules.commercial.CommercialEvent.ScopeChanged;
import io.vavr.collection.HashSet;
import io.vavr.collection.Vector;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Commercial model: milestones, re-baselining, the risk pool")
class CommercialLifecycleTest {
  static final ProgramCharter CHARTER = ReadyCharter.charter();
  static final MilestoneId M1 = MilestoneId.of("M1");
  /** M1's due date: 2027-06-01. */
  static final LocalDate DUE = Cast.START.plusMonths(3);
  static final Actor STRANGER = Actor.other("auditor");
  static final String RECALL = "Cell supplier recalled a batch; re-test of the pack";

  static LocalDate due(int n) {
    return DUE.plusDays(n);
  }

  static BigDecimal scope(String value) {
    return new BigDecimal(value);
  }

  static Money eurCents(String amount) {
    return Money.of(CurrencyUnit.EUR, new BigDecimal(amount));
  }

  static MilestoneAccepted m1Accepted(long slip, LocalDate day) {
    return MilestoneAccepted.of(M1, ReadyCharter.SUP_A, eur(100_000), slip, day);
  }

  /** Re-opened by M1's 31-day slip, on 2027-07-02. */
  static ProgramFixture reopenedBySlip() {
    return given(CHARTER, AcceptMilestone.of(LEAD, M1, due(31)));
  }

  /** Re-opened by scope growth to 221 on a 200 baseline, on day 10. */
  static ProgramFixture reopenedByScope() {
    return given(CHARTER, RecordScopeChange.of(LEAD, scope("221"), day(10)));
  }

  /** The pool after the OEM paid EUR 50,000 and sup-a EUR 10,000. */
  static ProgramFixture poolFunded() {
    return given(CHARTER, ContributeToPool.of(OEM, eur(50_000), day(0)), ContributeToPool.of(SUP_A, eur(10_000), day(0)));
  }

  static ProgramCharter withoutPool() {
    return CHARTER.withWalls(Stream.concat(
            CHARTER.walls().stream().filter(w -> w.kind() != WallKind.COMMERCIAL_MODEL),
            Stream.of(ReadyCharter.commercialModel().withRiskPool(Optional.empty())))
        .collect(Collectors.toList()));
  }

  /** The ready charter with a baseline scope of 3 instead of 200. */
  static ProgramCharter baselineOfThree() {
    return withBaseline(BigDecimal.valueOf(3));
  }

  static ProgramCharter withBaseline(BigDecimal baseline) {
    return CHARTER.withWalls(Stream.concat(
            CHARTER.walls().stream().filter(w -> w.kind() != WallKind.COMMERCIAL_MODEL),
            Stream.of(ReadyCharter.commercialModel().withRebaselining(ReadyCharter.commercialModel()
                .rebaselining().withBaselineScope(baseline))))
        .collect(Collectors.toList()));
  }

  @Nested
  @DisplayName("DMZ-MILESTONE-PAYMENT")
  class MilestonePayment {
    @Test
    @DisplayName("the lead accepts M1 five days late: sup-a is owed EUR 100,000, slip 5 days")
    void leadAccepts() {
      ProgramFixture.Outcome then = given(CHARTER).when(AcceptMilestone.of(LEAD, M1, due(5)))
          .thenAccepted(m1Accepted(5, due(5)));
      assertEquals(List.of(m1Accepted(5, due(5))),
          then.program().state().commercial().acceptances().values().toJavaList());
      assertFalse(then.program().state().commercial().reopened());
    }

    @Test
    @DisplayName("a parent cannot accept a milestone, not even the OEM")
    void parentCannotAccept() {
      given(CHARTER).when(AcceptMilestone.of(OEM, M1, due(0)))
          .thenRefused(DmzRuleId.MILESTONE_PAYMENT).thenStateUnchanged()
          .thenProblems("Only the program lead accepts milestones; the parent oem is not the lead.");
      given(CHARTER).when(AcceptMilestone.of(SUP_A, M1, due(0)))
          .thenRefused(DmzRuleId.MILESTONE_PAYMENT).thenStateUnchanged()
          .thenProblems("Only the program lead accepts milestones; the parent sup-a is not the lead.");
    }

    @Test
    @DisplayName("a stranger cannot accept a milestone")
    void strangerCannotAccept() {
      given(CHARTER).when(AcceptMilestone.of(STRANGER, M1, due(0)))
          .thenRefused(DmzRuleId.MILESTONE_PAYMENT).thenStateUnchanged()
          .thenProblems("Only the program lead accepts milestones; auditor is not the lead.");
    }

    @Test
    @DisplayName("a milestone the contract does not state cannot be accepted")
    void unknownMilestone() {
      given(CHARTER).when(AcceptMilestone.of(LEAD, MilestoneId.of("M9"), due(0)))
          .thenRefused(DmzRuleId.MILESTONE_PAYMENT).thenStateUnchanged()
          .thenProblems("The commercial model has no milestone M9.");
    }

    @Test
    @DisplayName("a milestone is accepted once")
    void acceptOnce() {
      given(CHARTER, AcceptMilestone.of(LEAD, M1, due(0))).when(AcceptMilestone.of(LEAD, M1, due(1)))
          .thenRefused(DmzRuleId.MILESTONE_PAYMENT).thenStateUnchanged()
          .thenProblems("Milestone M1 was already accepted on 2027-06-01.");
    }

    @Test
    @DisplayName("acceptance from the program's first day on, its last day and the close-out too; not before the start")
    void acceptanceOutsidePeriod() {
      given(CHARTER).when(AcceptMilestone.of(LEAD, M1, Cast.START))
          .thenAccepted(m1Accepted(-92, Cast.START));
      given(CHARTER).when(AcceptMilestone.of(LEAD, M1, END))
          .thenAccepted(m1Accepted(213, END),
              RebaselineTriggered.of(Trigger.milestoneSlip(M1, 213, 30), END));
      given(CHARTER).when(AcceptMilestone.of(LEAD, M1, day(-1)))
          .thenRefused(DmzRuleId.MILESTONE_PAYMENT).thenStateUnchanged()
          .thenProblems("An acceptance on 2027-02-28 lies outside its window, from the program's first day,"
              + " 2027-03-01, on (its close-out included).");
      given(CHARTER).when(AcceptMilestone.of(LEAD, M1, END.plusDays(1)))
          .thenAccepted(m1Accepted(214, END.plusDays(1)),
              RebaselineTriggered.of(Trigger.milestoneSlip(M1, 214, 30), END.plusDays(1)));
    }

    @Test
    @DisplayName("every reason is given at once: a parent, an unknown milestone, before the start")
    void everyFinding() {
      given(CHARTER).when(AcceptMilestone.of(SUP_B, MilestoneId.of("M9"), day(-1)))
          .thenRefused(DmzRuleId.MILESTONE_PAYMENT).thenStateUnchanged()
          .thenProblems("Only the program lead accepts milestones; the parent sup-b is not the lead.",
              "The commercial model has no milestone M9.",
              "An acceptance on 2027-02-28 lies outside its window, from the program's first day,"
                  + " 2027-03-01, on (its close-out included).");
    }
  }

  @Nested
  @DisplayName("DMZ-REBASELINE")
  class Rebaseline {
    @Test
    @DisplayName("a slip of exactly 30 days under a 30-day threshold does not re-open the arrangement")
    void slipAtThreshold() {
      ProgramFixture.Outcome then = given(CHARTER).when(AcceptMilestone.of(LEAD, M1, due(30)))
          .thenAccepted(m1Accepted(30, due(30)));
      assertFalse(then.program().state().commercial().reopened());
      assertEquals(Vector.empty(), then.history(RebaselineTriggered.class));
    }

    @Test
    @DisplayName("a slip of 31 days re-opens it: the acceptance, then the trigger")
    void slipBeyondThreshold() {
      RebaselineTriggered triggered = RebaselineTriggered.of(Trigger.milestoneSlip(M1, 31, 30), due(31));
      ProgramFixture.Outcome then = given(CHARTER).when(AcceptMilestone.of(LEAD, M1, due(31)))
          .thenAccepted(m1Accepted(31, due(31)), triggered);
      assertTrue(then.program().state().commercial().reopened());
      assertEquals(Vector.of(triggered), then.history(RebaselineTriggered.class));
      assertEquals("milestone M1 slipped 31 days (threshold 30 days)", triggered.trigger().toString());
    }

    @Test
    @DisplayName("an early acceptance has a negative slip and fires nothing")
    void earlyAcceptance() {
      given(CHARTER).when(AcceptMilestone.of(LEAD, M1, due(-10)))
          .thenAccepted(m1Accepted(-10, due(-10)));
    }

    @Test
    @DisplayName("scope growth of exactly 10% (220 on a 200 baseline) does not fire, however the 220 is written")
    void scopeAtThreshold() {
      ProgramFixture.Outcome then = given(CHARTER).when(RecordScopeChange.of(LEAD, scope("220"), day(10)))
          .thenAccepted(ScopeChanged.of(scope("220"), day(10)));
      assertFalse(then.program().state().commercial().reopened());
      assertEquals(Optional.of(scope("220")), then.program().state().commercial().scope());
      assertEquals(Optional.of(BigDecimal.valueOf(200)), then.program().state().commercial().baselineScope());
      given(CHARTER).when(RecordScopeChange.of(SUP_B, scope("220.000"), day(10)))
          .thenAccepted(ScopeChanged.of(scope("220.000"), day(10)));
    }

    @Test
    @DisplayName("220.01 is beyond 10%, exactly: 10.005% fires")
    void scopeJustBeyond() {
      RebaselineTriggered triggered =
          RebaselineTriggered.of(Trigger.scopeGrowth(scope("10.005"), BigDecimal.TEN), day(10));
      ProgramFixture.Outcome then = given(CHARTER).when(RecordScopeChange.of(LEAD, scope("220.01"), day(10)))
          .thenAccepted(ScopeChanged.of(scope("220.01"), day(10)), triggered);
      assertTrue(then.program().state().commercial().reopened());
      assertEquals("scope grew 10.005% (threshold 10%)", triggered.trigger().toString());
    }

    @Test
    @DisplayName("221 on a 200 baseline is 10.5% and fires")
    void scopeBeyond() {
      given(CHARTER).when(RecordScopeChange.of(OEM, scope("221"), day(10)))
          .thenAccepted(ScopeChanged.of(scope("221"), day(10)),
              RebaselineTriggered.of(Trigger.scopeGrowth(scope("10.5"), BigDecimal.TEN), day(10)));
    }

    @Test
    @DisplayName("a scope that shrinks fires nothing")
    void scopeShrinks() {
      given(CHARTER).when(RecordScopeChange.of(LEAD, scope("150"), day(10)))
          .thenAccepted(ScopeChanged.of(scope("150"), day(10)));
    }

    @Test
    @DisplayName("growth is compared exactly: 10% of a baseline of 3 is 3.3, not a float near it")
    void exactComparison() {
      ProgramCharter small = baselineOfThree();
      given(small).when(RecordScopeChange.of(LEAD, scope("3.3"), day(10)))
          .thenAccepted(ScopeChanged.of(scope("3.3"), day(10)));
      List<Event> events = given(small).when(RecordScopeChange.of(LEAD, scope("3.300000000001"), day(10)))
          .decision().events();
      assertEquals(2, events.size());
      assertEquals(ScopeChanged.of(scope("3.300000000001"), day(10)), events.get(0));
      Trigger trigger = ((RebaselineTriggered) events.get(1)).trigger();
      assertEquals(List.of(TriggerKind.SCOPE_GROWTH, Optional.empty(), BigDecimal.TEN, day(10)),
          List.of(trigger.kind(), trigger.milestone(), trigger.threshold(), events.get(1).date()));
    }

    @Test
    @DisplayName("a trigger that fired reports a measure beyond its threshold, never equal to it")
    void firedMeasureBeyondThreshold() {
      ProgramCharter small = baselineOfThree();
      List<Event> events = given(small).when(RecordScopeChange.of(LEAD, scope("3.300000000001"), day(10)))
          .decision().events();
      Trigger trigger = ((RebaselineTriggered) events.get(1)).trigger();
      assertEquals(1, trigger.measure().compareTo(trigger.threshold()), () -> trigger.toString());
      assertNotEquals("scope grew 10% (threshold 10%)", trigger.toString());
      assertEquals(new BigDecimal("10.000001"), trigger.measure(), "rounded up once, to six decimals");
    }

    @Test
    @DisplayName("a scope has at most 12 digits before the point and 12 after it, so that growth reads back")
    void scopeDigits() {
      assertEquals(scope("999999999999.999999999999"),
          RecordScopeChange.of(LEAD, scope("999999999999.999999999999"), day(10)).scope());
      assertEquals("RecordScopeChange.scope must have at most 12 digits before the point and 12 after it, "
          + "was 1000000000000", assertThrows(InvalidValueException.class,
              () -> RecordScopeChange.of(LEAD, scope("1000000000000"), day(10))).getMessage());
      assertEquals("RecordScopeChange.scope must have at most 12 digits before the point and 12 after it, "
          + "was 0.0000000000001", assertThrows(InvalidValueException.class,
              () -> RecordScopeChange.of(LEAD, scope("0.0000000000001"), day(10))).getMessage());
      assertEquals("RecordScopeChange.scope must have at most 12 digits before the point and 12 after it, "
          + "was 1E+400", assertThrows(InvalidValueException.class,
              () -> RecordScopeChange.of(LEAD, scope("1e400"), day(10))).getMessage());
    }

    @Test
    @DisplayName("the largest growth two scopes can give is recorded in 26 digits, within the 30 a reader takes")
    void largestGrowth() {
      ProgramCharter tiny = withBaseline(scope("0.000000000001"));
      List<Event> events = given(tiny).when(RecordScopeChange.of(LEAD, scope("999999999999.999999999999"), day(10)))
          .decision().events();
      Trigger trigger = ((RebaselineTriggered) events.get(1)).trigger();
      assertEquals(new BigDecimal("99999999999999999999999800"), trigger.measure());
    }

    @Test
    @DisplayName("the scope is recorded by the lead or a parent, nobody else")
    void whoRecordsScope() {
      given(CHARTER).when(RecordScopeChange.of(STRANGER, scope("300"), day(10)))
          .thenRefused(DmzRuleId.REBASELINE).thenStateUnchanged()
          .thenProblems("Only the lead or a parent records the scope; auditor is neither.");
    }

    @Test
    @DisplayName("a scope change while already re-opened does not fire again")
    void noSecondTrigger() {
      reopenedByScope().when(RecordScopeChange.of(LEAD, scope("300"), day(20)))
          .thenAccepted(ScopeChanged.of(scope("300"), day(20)));
      ProgramFixture.Outcome then = reopenedBySlip().when(RecordScopeChange.of(LEAD, scope("300"), due(32)))
          .thenAccepted(ScopeChanged.of(scope("300"), due(32)));
      assertEquals(1, then.history(RebaselineTriggered.class).size());
      assertTrue(then.program().state().commercial().reopened());
    }

    @Test
    @DisplayName("there is no new baseline to sign while the arrangement is not re-opened")
    void signWhenNotReopened() {
      given(CHARTER).when(SignNewBaseline.of(OEM, day(1)))
          .thenRefused(DmzRuleId.REBASELINE).thenStateUnchanged()
          .thenProblems("The commercial arrangement is not re-opened, so there is no new baseline to sign.");
    }

    @Test
    @DisplayName("only a parent signs a new baseline: not the lead, not a stranger")
    void signByNonParent() {
      reopenedBySlip().when(SignNewBaseline.of(LEAD, due(32)))
          .thenRefused(DmzRuleId.REBASELINE).thenStateUnchanged()
          .thenProblems("Only a parent of the program signs a new baseline; the lead lead is not one.");
      reopenedBySlip().when(SignNewBaseline.of(STRANGER, due(32)))
          .thenRefused(DmzRuleId.REBASELINE).thenStateUnchanged()
          .thenProblems("Only a parent of the program signs a new baseline; auditor is not one.");
      given(CHARTER).when(SignNewBaseline.of(STRANGER, day(1)))
          .thenRefused(DmzRuleId.REBASELINE).thenStateUnchanged()
          .thenProblems("Only a parent of the program signs a new baseline; auditor is not one.",
              "The commercial arrangement is not re-opened, so there is no new baseline to sign.");
    }

    @Test
    @DisplayName("a parent signs the new baseline once")
    void signTwice() {
      ProgramFixture signed = reopenedBySlip().and(SignNewBaseline.of(OEM, due(32)));
      assertEquals(HashSet.of(ReadyCharter.OEM), signed.program().state().commercial().baselineSignatures());
      signed.when(SignNewBaseline.of(OEM, due(33)))
          .thenRefused(DmzRuleId.REBASELINE).thenStateUnchanged()
          .thenProblems("oem has already signed the new baseline.");
    }

    @Test
    @DisplayName("when the last parent signs, the baseline is renewed on the current scope and the arrangement closes")
    void lastParentSigns() {
      ProgramFixture twoSigned = reopenedByScope().and(SignNewBaseline.of(OEM, day(11)), SignNewBaseline.of(SUP_A, day(12)));
      assertTrue(twoSigned.program().state().commercial().reopened());
      ProgramFixture.Outcome then = twoSigned.when(SignNewBaseline.of(SUP_B, day(13)))
          .thenAccepted(BaselineSigned.of(ReadyCharter.SUP_B, day(13)),
              BaselineRenewed.of(Optional.of(scope("221")), day(13)));
      ProgramState state = then.program().state();
      assertFalse(state.commercial().reopened());
      assertEquals(Optional.of(scope("221")), state.commercial().baselineScope());
      assertEquals(HashSet.empty(), state.commercial().baselineSignatures());
      assertEquals(1, then.history(RebaselineTriggered.class).size());
    }

    @Test
    @DisplayName("after renewal, growth is measured against the new baseline: 243.1 on 221 is exactly 10%")
    void growthAgainstNewBaseline() {
      ProgramFixture renewed = reopenedByScope().and(SignNewBaseline.of(OEM, day(11)), SignNewBaseline.of(SUP_A, day(11)),
          SignNewBaseline.of(SUP_B, day(11)));
      renewed.when(RecordScopeChange.of(LEAD, scope("243.1"), day(20)))
          .thenAccepted(ScopeChanged.of(scope("243.1"), day(20)));
      renewed.when(RecordScopeChange.of(LEAD, scope("243.2"), day(20)))
          .thenAccepted(ScopeChanged.of(scope("243.2"), day(20)), RebaselineTriggered.of(
              Trigger.scopeGrowth(scope("10.045249"), BigDecimal.TEN), day(20)));
    }

    @Test
    @DisplayName("a baseline renewed after a slip keeps the charter's scope")
    void renewedAfterSlip() {
      ProgramFixture.Outcome then = reopenedBySlip().and(SignNewBaseline.of(SUP_B, due(32)), SignNewBaseline.of(SUP_A, due(32)))
          .when(SignNewBaseline.of(OEM, due(33)))
          .thenAccepted(BaselineSigned.of(ReadyCharter.OEM, due(33)),
              BaselineRenewed.of(Optional.of(BigDecimal.valueOf(200)), due(33)));
      assertFalse(then.program().state().commercial().reopened());
      assertEquals(Optional.of(BigDecimal.valueOf(200)), then.program().state().commercial().baselineScope());
    }
  }

  @Nested
  @DisplayName("DMZ-RISK-POOL-DRAW")
  class RiskPoolDraw {
    @Test
    @DisplayName("the parents' contributions raise the balance")
    void contributions() {
      assertEquals(Optional.of(Money.zero(CurrencyUnit.EUR)), given(CHARTER).program().state().commercial().poolBalance());
      ProgramFixture.Outcome then = given(CHARTER, ContributeToPool.of(OEM, eur(50_000), day(0)))
          .when(ContributeToPool.of(SUP_A, eur(10_000), day(1)))
          .thenAccepted(PoolContributed.of(ReadyCharter.SUP_A, eur(10_000), day(1)));
      assertEquals(Optional.of(eur(60_000)), then.program().state().commercial().poolBalance());
      assertEquals(Vector.of(PoolContributed.of(ReadyCharter.OEM, eur(50_000), day(0)),
          PoolContributed.of(ReadyCharter.SUP_A, eur(10_000), day(1))), then.history(PoolContributed.class));
    }

    @Test
    @DisplayName("only a parent contributes")
    void onlyParentContributes() {
      given(CHARTER).when(ContributeToPool.of(LEAD, eur(1_000), day(0)))
          .thenRefused(DmzRuleId.RISK_POOL_DRAW).thenStateUnchanged()
          .thenProblems("Only a parent of the program contributes to the risk pool; the lead lead is not one.");
    }

    @Test
    @DisplayName("the lead draws, naming the surprise")
    void leadDraws() {
      ProgramFixture.Outcome then = poolFunded().when(DrawOnPool.of(LEAD, eur(20_000), RECALL, day(30)))
          .thenAccepted(PoolDrawn.of(eur(20_000), RECALL, day(30)));
      assertEquals(Optional.of(eur(40_000)), then.program().state().commercial().poolBalance());
      assertEquals(PoolDrawn.of(eur(20_000), RECALL, day(30)), then.history(PoolDrawn.class).last());
    }

    @Test
    @DisplayName("a draw that names no surprise is refused")
    void blankSurprise() {
      poolFunded().when(DrawOnPool.of(LEAD, eur(20_000), "  ", day(30)))
          .thenRefused(DmzRuleId.RISK_POOL_DRAW).thenStateUnchanged()
          .thenProblems("The draw does not name the unbudgeted surprise it pays for.");
      poolFunded().when(DrawOnPool.of(LEAD, eur(20_000), "", day(30)))
          .thenRefused(DmzRuleId.RISK_POOL_DRAW).thenStateUnchanged()
          .thenProblems("The draw does not name the unbudgeted surprise it pays for.");
    }

    @Test
    @DisplayName("a parent cannot draw, not even one that paid in")
    void parentCannotDraw() {
      poolFunded().when(DrawOnPool.of(OEM, eur(20_000), RECALL, day(30)))
          .thenRefused(DmzRuleId.RISK_POOL_DRAW).thenStateUnchanged()
          .thenProblems("Only the program lead draws on the risk pool; the parent oem is not the lead.");
    }

    @Test
    @DisplayName("drawing the whole balance is fine; one cent more is refused")
    void neverBelowZero() {
      ProgramFixture.Outcome all = poolFunded().when(DrawOnPool.of(LEAD, eur(60_000), RECALL, day(30)))
          .thenAccepted(PoolDrawn.of(eur(60_000), RECALL, day(30)));
      assertEquals(Optional.of(Money.zero(CurrencyUnit.EUR)), all.program().state().commercial().poolBalance());
      poolFunded().when(DrawOnPool.of(LEAD, eurCents("60000.01"), RECALL, day(30)))
          .thenRefused(DmzRuleId.RISK_POOL_DRAW).thenStateUnchanged()
          .thenProblems("A draw of EUR 60000.01 would take the pool below zero: it holds EUR 60000.00.");
      given(all.program()).when(DrawOnPool.of(LEAD, eurCents("0.01"), RECALL, day(30)))
          .thenRefused(DmzRuleId.RISK_POOL_DRAW).thenStateUnchanged()
          .thenProblems("A draw of EUR 0.01 would take the pool below zero: it holds EUR 0.00.");
    }

    @Test
    @DisplayName("an amount in another currency is refused, paid in or drawn")
    void otherCurrency() {
      Money dollars = Money.ofMajor(CurrencyUnit.USD, 1_000);
      poolFunded().when(DrawOnPool.of(LEAD, dollars, RECALL, day(30)))
          .thenRefused(DmzRuleId.RISK_POOL_DRAW).thenStateUnchanged()
          .thenProblems("The amount USD 1000.00 is not in the pool's currency, EUR.");
      given(CHARTER).when(ContributeToPool.of(OEM, dollars, day(0)))
          .thenRefused(DmzRuleId.RISK_POOL_DRAW).thenStateUnchanged()
          .thenProblems("The amount USD 1000.00 is not in the pool's currency, EUR.");
    }

    @Test
    @DisplayName("a draw outside the program is refused")
    void drawOutsidePeriod() {
      poolFunded().when(DrawOnPool.of(LEAD, eur(1_000), RECALL, END.plusDays(1)))
          .thenRefused(DmzRuleId.RISK_POOL_DRAW).thenStateUnchanged()
          .thenProblems("A draw on 2028-01-01 lies outside its window, the program period, 2027-03-01 to 2027-12-31.");
    }

    @Test
    @DisplayName("every reason is given at once: a parent draws too much for nothing named")
    void everyFinding() {
      poolFunded().when(DrawOnPool.of(SUP_A, eur(70_000), " ", day(30)))
          .thenRefused(DmzRuleId.RISK_POOL_DRAW).thenStateUnchanged()
          .thenProblems("Only the program lead draws on the risk pool; the parent sup-a is not the lead.",
              "The draw does not name the unbudgeted surprise it pays for.",
              "A draw of EUR 70000.00 would take the pool below zero: it holds EUR 60000.00.");
    }

    @Test
    @DisplayName("a charter without a risk pool refuses contributions and draws")
    void noPool() {
      assertEquals(Optional.empty(), given(withoutPool()).program().state().commercial().poolBalance());
      given(withoutPool()).when(ContributeToPool.of(OEM, eur(50_000), day(0)))
          .thenRefused(DmzRuleId.RISK_POOL_DRAW).thenStateUnchanged()
          .thenProblems("The charter sets up no risk pool.");
      given(withoutPool()).when(DrawOnPool.of(LEAD, eur(1_000), RECALL, day(30)))
          .thenRefused(DmzRuleId.RISK_POOL_DRAW).thenStateUnchanged()
          .thenProblems("The charter sets up no risk pool.");
    }
  }
}
