package dev.dmz.rules.commercial;

import static dev.dmz.rules.Cast.LEAD;
import static dev.dmz.rules.Cast.LENA;
import static dev.dmz.rules.Cast.OMAR;
import static dev.dmz.rules.Cast.SUP_A;
import static dev.dmz.rules.Cast.SUP_B;
import static dev.dmz.rules.Cast.day;
import static dev.dmz.rules.ProgramFixture.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.HeadcountLine;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.Actor;
import dev.dmz.rules.CommandRefused;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.Event;
import dev.dmz.rules.Program;
import dev.dmz.rules.ProgramFixture;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.ReadyCharter;
import dev.dmz.rules.commercial.CommercialEvent.PremiumCancelled;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.SubstituteEngineer;
import io.vavr.collection.HashMap;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Premium rates: a refused substitution attempt still cancels the rate")
class PremiumCancellationTest {
  static final ProgramCharter CHARTER = ReadyCharter.charter();
  static final NamedEngineer KIRA_AT_A = NamedEngineer.of(EngineerId.of("A-9"), "Kira Lind", ReadyCharter.SUP_A);
  static final String VETO = "the parent sup-a tries to replace Lena Park with Omar Haddad on its own;"
      + " only the program lead fills a seat.";

  /** Lena, who carries the premium, on the program from day 0; Omar in the pool. */
  static ProgramFixture lenaOnBoard() {
    return given(CHARTER, Nominate.of(SUP_A, LENA, day(-5)), Nominate.of(SUP_A, OMAR, day(-5)),
        Admit.of(LEAD, LENA.id(), day(0)));
  }

  @Nested
  @DisplayName("DMZ-PREMIUM-CONDITIONAL")
  class PremiumConditional {
    @Test
    @DisplayName("a refused substitution by a parent cancels the outgoing engineer's premium on the day of the attempt")
    void refusedAttemptCancels() {
      ProgramFixture.Outcome then = lenaOnBoard().when(SubstituteEngineer.of(SUP_A, LENA.id(), OMAR, day(50)))
          .thenRefused(DmzRuleId.REPLACEMENT_VETO).thenProblems(VETO)
          .thenFollowedBy(PremiumCancelled.of(LENA.id(), day(50)));
      assertEquals(HashMap.empty(), lenaOnBoard().program().state().commercial().premiumCancellations());
      assertEquals(HashMap.of(LENA.id(), day(50)), then.program().state().commercial().premiumCancellations());
    }

    @Test
    @DisplayName("apart from the cancellation, the refused attempt changes nothing, not even the latest date")
    void nothingElseChanges() {
      Program before = lenaOnBoard().program();
      Program after = lenaOnBoard().when(SubstituteEngineer.of(SUP_A, LENA.id(), OMAR, day(50))).program();
      ProgramState cancelledOnly = before.state().withCommercial(CommercialState.builder()
          .from(before.state().commercial()).premiumCancellations(HashMap.of(LENA.id(), day(50))).build());
      assertEquals(cancelledOnly, after.state());
      assertEquals(before.state().lastDate(), after.state().lastDate());
      assertTrue(after.state().staffing().isActive(LENA.id()), "Lena is still on the program");
    }

    @Test
    @DisplayName("a second attempt does not move the day of cancellation")
    void secondAttempt() {
      ProgramFixture.Outcome first = lenaOnBoard().when(SubstituteEngineer.of(SUP_A, LENA.id(), OMAR, day(50)))
          .thenRefused(DmzRuleId.REPLACEMENT_VETO);
      ProgramState afterFirst = first.program().state();
      ProgramFixture.Outcome second = given(first.program()).when(SubstituteEngineer.of(SUP_A, LENA.id(),
              HeadcountLine.of(2, "Junior developer", ReadyCharter.SUP_A), day(60)))
          .thenRefused(DmzRuleId.NAMED_ENTRY, DmzRuleId.REPLACEMENT_VETO).thenStateUnchanged();
      List<Event> lastThree = second.program().history().takeRight(3).toJavaList();
      assertInstanceOf(CommandRefused.class, lastThree.get(0));
      assertEquals(PremiumCancelled.of(LENA.id(), day(50)), lastThree.get(1),
          "one cancellation, after the first attempt");
      assertInstanceOf(CommandRefused.class, lastThree.get(2));
      assertEquals(HashMap.of(LENA.id(), day(50)), second.program().state().commercial().premiumCancellations());
      assertEquals(afterFirst, second.program().state());
    }

    @Test
    @DisplayName("an attempt by another parent cancels nothing: nobody can cost a supplier its premium")
    void otherParentCancelsNothing() {
      lenaOnBoard().when(SubstituteEngineer.of(SUP_B, LENA.id(), OMAR, day(50)))
          .thenRefused(DmzRuleId.REPLACEMENT_VETO).thenStateUnchanged();
    }

    @Test
    @DisplayName("another parent cannot take the engineer's id to cancel the premium: the nomination is refused")
    void otherParentTakingTheId() {
      NamedEngineer lenaAtOem = NamedEngineer.of(LENA.id(), "Lena Park", ReadyCharter.OEM);
      given(CHARTER).when(Nominate.of(Actor.parent(ReadyCharter.OEM), lenaAtOem, day(-5)))
          .thenRefused(DmzRuleId.LEAD_ADMITS).thenStateUnchanged()
          .thenProblems("The engineer id A-7 belongs to Lena Park of sup-a, not to an employee of oem.");
      given(CHARTER).when(SubstituteEngineer.of(Actor.parent(ReadyCharter.OEM), LENA.id(), OMAR, day(-4)))
          .thenRefused(DmzRuleId.REPLACEMENT_VETO).thenStateUnchanged();
    }

    @Test
    @DisplayName("an engineer no premium rate names has no premium to cancel: nothing follows the refusal")
    void noRateNothingToCancel() {
      lenaOnBoard().when(SubstituteEngineer.of(SUP_A, OMAR.id(), KIRA_AT_A, day(50)))
          .thenRefused(DmzRuleId.REPLACEMENT_VETO).thenFollowedBy().thenStateUnchanged();
    }

    @Test
    @DisplayName("an attempt by someone who is not a parent cancels nothing")
    void strangerCancelsNothing() {
      lenaOnBoard().when(SubstituteEngineer.of(Actor.other("body-shop"), LENA.id(), OMAR, day(50)))
          .thenRefused(DmzRuleId.REPLACEMENT_VETO).thenStateUnchanged()
          .thenProblems("body-shop tries to replace Lena Park with Omar Haddad on its own; only the program lead"
              + " fills a seat.");
    }

    @Test
    @DisplayName("an attempt dated before the latest event cannot cancel premium days already passed")
    void backdatedAttempt() {
      ProgramFixture later = lenaOnBoard().and(Nominate.of(SUP_A, KIRA_AT_A, day(40)));
      ProgramFixture.Outcome then = later.when(SubstituteEngineer.of(SUP_A, LENA.id(), OMAR, day(1)))
          .thenRefused(DmzRuleId.CHRONOLOGY, DmzRuleId.REPLACEMENT_VETO)
          .thenProblems("The command is dated 2027-03-02, before the program's latest event on 2027-04-10.", VETO);
      then.program().state().commercial().premiumCancellations().get(LENA.id())
          .forEach(cancelled -> assertFalse(cancelled.isBefore(day(40)), "cancelled from " + cancelled));
    }

    @Test
    @DisplayName("replaying the history, refusals included, gives the same cancellation")
    void replay() {
      Program program = lenaOnBoard().when(SubstituteEngineer.of(SUP_A, LENA.id(), OMAR, day(50))).program();
      assertEquals(program.state(), Program.replay(CHARTER, program.history()).state());
      assertEquals(HashMap.of(LENA.id(), day(50)),
          Program.replay(CHARTER, program.history()).state().commercial().premiumCancellations());
    }
  }
}
