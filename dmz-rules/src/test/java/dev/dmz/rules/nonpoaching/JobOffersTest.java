package dev.dmz.rules.nonpoaching;

import static dev.dmz.rules.Cast.KIRA;
import static dev.dmz.rules.Cast.OMAR;
import static dev.dmz.rules.Cast.day;
import static dev.dmz.rules.nonpoaching.NonPoachingOfferTest.KIRA_PROTECTED;
import static dev.dmz.rules.nonpoaching.NonPoachingOfferTest.LAST_PROTECTED;
import static dev.dmz.rules.nonpoaching.NonPoachingOfferTest.lenaAndKiraOnBoard;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.Program;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.ReadyCharter;
import dev.dmz.rules.decision.Answer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JobOffers: may we make this offer?")
class JobOffersTest {
  static final ProgramState STATE = lenaAndKiraOnBoard().program().state();

  @Test
  @DisplayName("another parent's named engineer: no, with the rule's reason, through the last protected day")
  void protectedEngineer() {
    Answer answer = JobOffers.mayOffer(STATE, ReadyCharter.SUP_A, KIRA.id(), LAST_PROTECTED);
    assertEquals(Answer.no(DmzRuleId.NON_POACHING_OFFER.id(), KIRA_PROTECTED), answer);
  }

  @Test
  @DisplayName("the day after the protection ends: yes, and why")
  void afterProtection() {
    assertEquals(Answer.yes(DmzRuleId.NON_POACHING_OFFER.id(), "sup-a may offer a job to B-1 on 2028-07-01: the"
            + " protection ended on 2028-06-30."),
        JobOffers.mayOffer(STATE, ReadyCharter.SUP_A, KIRA.id(), LAST_PROTECTED.plusDays(1)));
  }

  @Test
  @DisplayName("one's own engineer, or someone the program does not know: yes, and why")
  void ownOrUnknown() {
    assertEquals(Answer.yes(DmzRuleId.NON_POACHING_OFFER.id(), "sup-b may offer a job to B-1 on 2027-03-31: the"
        + " engineer is its own."), JobOffers.mayOffer(STATE, ReadyCharter.SUP_B, KIRA.id(), day(30)));
    assertEquals(Answer.yes(DmzRuleId.NON_POACHING_OFFER.id(), "sup-b may offer a job to A-8 on 2027-03-31: the"
        + " program does not know this engineer."), JobOffers.mayOffer(STATE, ReadyCharter.SUP_B, OMAR.id(), day(30)));
  }

  @Test
  @DisplayName("not a parent, or before the program's first day: no, with the rule's reasons")
  void notAParentOrTooEarly() {
    assertEquals(Answer.no(DmzRuleId.NON_POACHING_OFFER.id(), "Only a parent of the program makes job offers here;"
        + " the parent body-shop is not one."), JobOffers.mayOffer(STATE, PartyId.of("body-shop"), KIRA.id(), day(30)));
    assertEquals(Answer.no(DmzRuleId.CHRONOLOGY.id(), "An offer on 2027-02-28 would come before the program's"
        + " latest event, on 2027-03-01: ask about a day on or after it."),
        JobOffers.mayOffer(STATE, ReadyCharter.SUP_B, EngineerId.of("X-1"), day(-1)));
    ProgramState fresh = Program.start(ReadyCharter.charter()).state();
    assertEquals(Answer.no(DmzRuleId.NON_POACHING_OFFER.id(), "A job offer on 2027-02-28 lies outside its window,"
        + " from the program's first day, 2027-03-01, on (its close-out included)."),
        JobOffers.mayOffer(fresh, ReadyCharter.SUP_B, EngineerId.of("X-1"), day(-1)));
  }
}
