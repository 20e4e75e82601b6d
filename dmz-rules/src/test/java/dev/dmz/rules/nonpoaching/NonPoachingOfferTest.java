package dev.dmz.rules.nonpoaching;

import static dev.dmz.rules.Cast.END;
import static dev.dmz.rules.Cast.KIRA;
import static dev.dmz.rules.Cast.LEAD;
import static dev.dmz.rules.Cast.LENA;
import static dev.dmz.rules.Cast.OEM;
import static dev.dmz.rules.Cast.OMAR;
import static dev.dmz.rules.Cast.SUP_A;
import static dev.dmz.rules.Cast.SUP_B;
import static dev.dmz.rules.Cast.day;
import static dev.dmz.rules.ProgramFixture.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.rules.Actor;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.ProgramFixture;
import dev.dmz.rules.ReadyCharter;
import dev.dmz.rules.nonpoaching.NonPoachingCommand.MakeJobOffer;
import dev.dmz.rules.nonpoaching.NonPoachingEvent.JobOfferMade;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import io.vavr.collection.Vector;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Non-poaching: job offers during the program and its cooling-off period")
class NonPoachingOfferTest {
  static final ProgramCharter CHARTER = ReadyCharter.charter();
  /** The program's last day plus the six-month cooling-off period: 2028-06-30. */
  static final LocalDate LAST_PROTECTED = LocalDate.of(2028, 6, 30);
  static final String KIRA_PROTECTED = "sup-a may not offer a job to Kira Novak, a named engineer of sup-b,"
      + " until the cooling-off period ends on 2028-06-30.";

  /** Lena (sup-a) and Kira (sup-b) on the program from day 0. */
  static ProgramFixture lenaAndKiraOnBoard() {
    return given(CHARTER, Nominate.of(SUP_A, LENA, day(-5)), Nominate.of(SUP_B, KIRA, day(-5)),
        Admit.of(LEAD, LENA.id(), day(0)), Admit.of(LEAD, KIRA.id(), day(0)));
  }

  @Nested
  @DisplayName("DMZ-NON-POACHING-OFFER")
  class NonPoachingOffer {
    @Test
    @DisplayName("the last protected day is the program's last day plus the cooling-off period")
    void protectedUntil() {
      assertEquals(LAST_PROTECTED, JobOffers.protectedUntil(given(CHARTER).program().state()));
      assertEquals(END.plusMonths(6), LAST_PROTECTED);
    }

    @Test
    @DisplayName("an offer to another parent's admitted engineer during the program is refused")
    void duringProgram() {
      lenaAndKiraOnBoard().when(MakeJobOffer.of(SUP_A, KIRA.id(), day(30)))
          .thenRefused(DmzRuleId.NON_POACHING_OFFER).thenStateUnchanged()
          .thenProblems(KIRA_PROTECTED);
      lenaAndKiraOnBoard().when(MakeJobOffer.of(OEM, LENA.id(), day(0)))
          .thenRefused(DmzRuleId.NON_POACHING_OFFER).thenStateUnchanged()
          .thenProblems("oem may not offer a job to Lena Park, a named engineer of sup-a, until the cooling-off"
              + " period ends on 2028-06-30.");
    }

    @Test
    @DisplayName("after the program ends, through the cooling-off period, still refused")
    void coolingOff() {
      lenaAndKiraOnBoard().when(MakeJobOffer.of(SUP_A, KIRA.id(), END.plusDays(1)))
          .thenRefused(DmzRuleId.NON_POACHING_OFFER).thenStateUnchanged()
          .thenProblems(KIRA_PROTECTED);
    }

    @Test
    @DisplayName("the last protected day (END + 6 months) is refused; the day after is accepted")
    void lastProtectedDay() {
      lenaAndKiraOnBoard().when(MakeJobOffer.of(SUP_A, KIRA.id(), LAST_PROTECTED))
          .thenRefused(DmzRuleId.NON_POACHING_OFFER).thenStateUnchanged()
          .thenProblems(KIRA_PROTECTED);
      ProgramFixture.Outcome then = lenaAndKiraOnBoard().when(MakeJobOffer.of(SUP_A, KIRA.id(), LAST_PROTECTED.plusDays(1)))
          .thenAccepted(JobOfferMade.of(ReadyCharter.SUP_A, KIRA.id(), LocalDate.of(2028, 7, 1)));
      assertEquals(Vector.of(JobOfferMade.of(ReadyCharter.SUP_A, KIRA.id(), LocalDate.of(2028, 7, 1))),
          then.history(JobOfferMade.class));
    }

    @Test
    @DisplayName("an offer to one's own engineer is accepted, during the program too")
    void ownEngineer() {
      lenaAndKiraOnBoard().when(MakeJobOffer.of(SUP_B, KIRA.id(), day(30)))
          .thenAccepted(JobOfferMade.of(ReadyCharter.SUP_B, KIRA.id(), day(30)));
    }

    @Test
    @DisplayName("a candidate counts as named from the day of the nomination, admitted or not; a stranger does not")
    void candidateNeverAdmitted() {
      lenaAndKiraOnBoard().and(Nominate.of(SUP_A, OMAR, day(10)))
          .when(MakeJobOffer.of(SUP_B, OMAR.id(), day(10)))
          .thenRefused(DmzRuleId.NON_POACHING_OFFER).thenStateUnchanged()
          .thenProblems("sup-b may not offer a job to Omar Haddad, a named engineer of sup-a, until the cooling-off"
              + " period ends on 2028-06-30.");
      lenaAndKiraOnBoard().when(MakeJobOffer.of(SUP_B, EngineerId.of("X-1"), day(30)))
          .thenAccepted(JobOfferMade.of(ReadyCharter.SUP_B, EngineerId.of("X-1"), day(30)));
    }

    @Test
    @DisplayName("only a parent makes offers here: not the lead, not a stranger")
    void nonParent() {
      lenaAndKiraOnBoard().when(MakeJobOffer.of(LEAD, KIRA.id(), day(30)))
          .thenRefused(DmzRuleId.NON_POACHING_OFFER).thenStateUnchanged()
          .thenProblems("Only a parent of the program makes job offers here; the lead lead is not one.");
      lenaAndKiraOnBoard().when(MakeJobOffer.of(Actor.other("head-hunter"), KIRA.id(), LAST_PROTECTED.plusDays(1)))
          .thenRefused(DmzRuleId.NON_POACHING_OFFER).thenStateUnchanged()
          .thenProblems("Only a parent of the program makes job offers here; head-hunter is not one.");
    }

    @Test
    @DisplayName("an engineer who left the program is still protected")
    void departedStillProtected() {
      lenaAndKiraOnBoard().and(RecordDeparture.of(SUP_B, KIRA.id(), DepartureReason.RESIGNATION, day(40)))
          .when(MakeJobOffer.of(SUP_A, KIRA.id(), day(41)))
          .thenRefused(DmzRuleId.NON_POACHING_OFFER).thenStateUnchanged()
          .thenProblems(KIRA_PROTECTED);
    }
  }
}
