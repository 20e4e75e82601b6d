package dev.dmz.testkit.program;

import static dev.dmz.testkit.program.SampleProgram.KIRA;
import static dev.dmz.testkit.program.SampleProgram.LEAD;
import static dev.dmz.testkit.program.SampleProgram.LENA;
import static dev.dmz.testkit.program.SampleProgram.OMAR;
import static dev.dmz.testkit.program.SampleProgram.SUP_A;
import static dev.dmz.testkit.program.SampleProgram.SUP_B;
import static dev.dmz.testkit.program.SampleProgram.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.staffing.PlaceholderLine;
import dev.dmz.rules.Actor;
import dev.dmz.rules.CommandRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingEvent.Admitted;
import dev.dmz.rules.staffing.StaffingEvent.Nominated;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

@DisplayName("ProgramFixture")
class ProgramFixtureTest {
  static final Actor SUPPLIER_A = Actor.parent(SUP_A);

  @Nested
  @DisplayName("passes")
  class Passes {
    @Test
    @DisplayName("when an admission is accepted with exactly its events (the SampleProgram javadoc's example)")
    void acceptedWithItsEvents() {
      ProgramFixture.given(SampleProgram.charter())
          .and(Nominate.of(Actor.parent(SampleProgram.SUP_A), SampleProgram.LENA, SampleProgram.day(0)))
          .when(Admit.of(SampleProgram.LEAD, SampleProgram.LENA.id(), SampleProgram.day(1)))
          .thenAccepted(Admitted.of(SampleProgram.LENA.id(), Optional.empty(), SampleProgram.day(1)));
    }

    @Test
    @DisplayName("when a placeholder is refused by exactly DMZ-NAMED-ENTRY, with its problem, and the state is unchanged")
    void refusedByExactlyTheRule() {
      ProgramFixture.given(SampleProgram.charter())
          .when(Nominate.of(SUPPLIER_A, PlaceholderLine.of("TBD", SUP_A), day(0)))
          .thenRefused(DmzRuleId.NAMED_ENTRY)
          .thenRefusedBy(DmzRuleId.NAMED_ENTRY.id())
          .thenProblems("Only identified persons enter the DMZ: \"TBD\" names nobody.")
          .thenStateUnchanged();
    }

    @Test
    @DisplayName("when several rules refuse, in the rule book's order")
    void refusedBySeveralRules() {
      ProgramFixture.given(SampleProgram.charter())
          .and(Nominate.of(SUPPLIER_A, LENA, day(3)))
          .when(Nominate.of(Actor.parent(SUP_B), PlaceholderLine.of("TBD", SUP_A), day(2)))
          .thenRefused(DmzRuleId.CHRONOLOGY, DmzRuleId.NAMED_ENTRY, DmzRuleId.LEAD_ADMITS);
    }

    @Test
    @DisplayName("with events given as history, not as commands")
    void givenEvents() {
      ProgramFixture.given(SampleProgram.charter())
          .andEvents(Nominated.of(LENA, SUP_A, day(0)))
          .when(Admit.of(LEAD, LENA.id(), day(1)))
          .thenAccepted(Admitted.of(LENA.id(), Optional.empty(), day(1)));
    }

    @Test
    @DisplayName("with a custom rule, whose id refuses like a built-in one")
    void customRule() {
      RuleId rule = RuleId.of("ACME-NO-SUPPLIER-B");
      RuleBook book = RuleBook.standard().withCommandRule(CommandRule.of(rule, (state, command) ->
          command instanceof Nominate && ((Nominate) command).line().employer().equals(SUP_B)
              ? List.of(Finding.error(rule, Subject.party(SUP_B), "Supplier B is not on this program yet.",
                  "Wait until its contract is signed."))
              : List.of()));
      ProgramFixture.given(SampleProgram.charter(), book)
          .and(Nominate.of(SUPPLIER_A, LENA, day(0)))
          .when(Nominate.of(Actor.parent(SUP_B), KIRA, day(0)))
          .thenRefusedBy(rule)
          .thenProblems("Supplier B is not on this program yet.")
          .thenStateUnchanged();
    }

    @Test
    @DisplayName("a fixture is immutable: two tests may branch from one given")
    void branches() {
      ProgramFixture given = ProgramFixture.given(SampleProgram.charter()).and(Nominate.of(SUPPLIER_A, LENA, day(0)));
      given.and(Nominate.of(SUPPLIER_A, OMAR, day(0)));
      assertEquals(1, given.program().state().staffing().candidates().size());
    }
  }

  @Nested
  @DisplayName("fails with the decision in its message")
  class Fails {
    @Test
    @DisplayName("when a given command is refused: the step and its findings")
    void givenStepRefused() {
      AssertionFailedError failure = assertThrows(AssertionFailedError.class, () ->
          ProgramFixture.given(SampleProgram.charter())
              .and(Nominate.of(SUPPLIER_A, LENA, day(0)), Admit.of(SUPPLIER_A, LENA.id(), day(1))));
      assertContains(failure, "given step 2 was refused", "Admit[", "DMZ-LEAD-ADMITS");
    }

    @Test
    @DisplayName("when a given command is refused in a later 'and': the step counts on")
    void laterGivenStepRefused() {
      ProgramFixture given = ProgramFixture.given(SampleProgram.charter()).and(Nominate.of(SUPPLIER_A, LENA, day(0)));
      AssertionFailedError failure = assertThrows(AssertionFailedError.class, () ->
          given.and(Nominate.of(SUPPLIER_A, PlaceholderLine.of("TBD", SUP_A), day(0))));
      assertContains(failure, "given step 2 was refused", "DMZ-NAMED-ENTRY");
    }

    @Test
    @DisplayName("when a given event does not apply")
    void givenEventDoesNotApply() {
      AssertionFailedError failure = assertThrows(AssertionFailedError.class, () ->
          ProgramFixture.given(SampleProgram.charter()).andEvents(Admitted.of(LENA.id(), Optional.empty(), day(0))));
      assertContains(failure, "given event 1 does not apply", "Admitted");
    }

    @Test
    @DisplayName("when expected accepted but refused: every finding")
    void expectedAcceptedButRefused() {
      AssertionFailedError failure = assertThrows(AssertionFailedError.class, () ->
          ProgramFixture.given(SampleProgram.charter())
              .when(Admit.of(LEAD, LENA.id(), day(0)))
              .thenAccepted(Admitted.of(LENA.id(), Optional.empty(), day(0))));
      assertContains(failure, "expected the command to be accepted", "refused", "findings:", "DMZ-LEAD-ADMITS");
    }

    @Test
    @DisplayName("when accepted with other events: expected and actual")
    void otherEvents() {
      AssertionFailedError failure = assertThrows(AssertionFailedError.class, () ->
          ProgramFixture.given(SampleProgram.charter())
              .when(Nominate.of(SUPPLIER_A, LENA, day(0)))
              .thenAccepted(Nominated.of(LENA, SUP_A, day(1))));
      assertContains(failure, "other events than expected", "events:");
      assertEquals(List.of(Nominated.of(LENA, SUP_A, day(1))), failure.getExpected().getValue());
      assertEquals(List.of(Nominated.of(LENA, SUP_A, day(0))), failure.getActual().getValue());
    }

    @Test
    @DisplayName("when expected refused but accepted: the events")
    void expectedRefusedButAccepted() {
      AssertionFailedError failure = assertThrows(AssertionFailedError.class, () ->
          ProgramFixture.given(SampleProgram.charter())
              .when(Nominate.of(SUPPLIER_A, LENA, day(0)))
              .thenRefused(DmzRuleId.NAMED_ENTRY));
      assertContains(failure, "expected a refusal by [DMZ-NAMED-ENTRY]", "accepted", "Nominated[");
    }

    @Test
    @DisplayName("when refused by other rules, or by more rules than expected")
    void otherRules() {
      AssertionFailedError failure = assertThrows(AssertionFailedError.class, () ->
          ProgramFixture.given(SampleProgram.charter())
              .when(Nominate.of(Actor.parent(SUP_B), PlaceholderLine.of("TBD", SUP_A), day(0)))
              .thenRefused(DmzRuleId.NAMED_ENTRY));
      assertContains(failure, "other rules than expected", "DMZ-LEAD-ADMITS");
      assertEquals(List.of(DmzRuleId.NAMED_ENTRY.id(), DmzRuleId.LEAD_ADMITS.id()), failure.getActual().getValue());
    }

    @Test
    @DisplayName("when the state changed")
    void stateChanged() {
      AssertionFailedError failure = assertThrows(AssertionFailedError.class, () ->
          ProgramFixture.given(SampleProgram.charter())
              .when(Nominate.of(SUPPLIER_A, LENA, day(0)))
              .thenStateUnchanged());
      assertContains(failure, "expected the state unchanged");
    }

    @Test
    @DisplayName("when the problems differ")
    void otherProblems() {
      AssertionFailedError failure = assertThrows(AssertionFailedError.class, () ->
          ProgramFixture.given(SampleProgram.charter())
              .when(Nominate.of(SUPPLIER_A, PlaceholderLine.of("TBD", SUP_A), day(0)))
              .thenProblems("something else"));
      assertContains(failure, "other problems than expected", "\"TBD\" names nobody");
    }
  }

  private static void assertContains(AssertionFailedError failure, String... parts) {
    for (String part : parts) {
      assertTrue(failure.getMessage().contains(part), () -> "'" + part + "' is not in: " + failure.getMessage());
    }
  }
}
