package dev.dmz.examples;

import static dev.dmz.examples.BatteryProgram.JONAS;
import static dev.dmz.examples.BatteryProgram.LEA;
import static dev.dmz.examples.BatteryProgram.NORDWERK;
import static dev.dmz.examples.BatteryProgram.VOLTAIC;
import static dev.dmz.examples.SupplierHrIntegration.ASK_DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.PlaceholderLine;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Decision;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.Program;
import dev.dmz.rules.commercial.Premiums;
import dev.dmz.rules.nonpoaching.NonPoachingCommand.MakeJobOffer;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Supplier HR integration")
class SupplierHrIntegrationTest {
  private final Program program = BatteryProgram.kickOff();

  @Test
  @DisplayName("eligibility: a new named employee yes; someone already in the pool, or a placeholder, no")
  void eligibility() {
    assertTrue(program.decide(Nominate.of(Actor.parent(VOLTAIC), SupplierHrIntegration.NOAH, ASK_DAY)).isAccepted());
    assertEquals(Set.of(DmzRuleId.LEAD_ADMITS.id()),
        program.decide(Nominate.of(Actor.parent(VOLTAIC), LEA, ASK_DAY)).ruleIds());
    assertEquals(Set.of(DmzRuleId.NAMED_ENTRY.id()),
        program.decide(Nominate.of(Actor.parent(VOLTAIC), PlaceholderLine.of("TBD", VOLTAIC), ASK_DAY)).ruleIds());
  }

  @Test
  @DisplayName("an offer to another parent's engineer waits until the cooling-off period has ended")
  void offers() {
    SupplierHrIntegration.Offers toTobias = SupplierHrIntegration.offersToTobias(program);
    assertEquals(Set.of(DmzRuleId.NON_POACHING_OFFER.id()), toTobias.now().ruleIds());
    Decision later = toTobias.later();
    assertEquals(LocalDate.of(2029, 8, 1), later.command().date(), "a year after 2028-07-31, and a day");
    assertTrue(later.isAccepted(), later::toString);
    assertFalse(program.decide(MakeJobOffer.of(Actor.parent(NORDWERK), JONAS.id(), ASK_DAY)).isAccepted());
  }

  @Test
  @DisplayName("a candidate in the pool counts as named from her nomination: the agreement protects her")
  void candidateProtected() {
    Decision offer = program.decide(MakeJobOffer.of(Actor.parent(NORDWERK), LEA.id(), ASK_DAY));
    assertEquals(Set.of(DmzRuleId.NON_POACHING_OFFER.id()), offer.ruleIds());
  }

  @Test
  @DisplayName("what if Jonas Brandt left? His premium would stop that day; the program itself is unchanged")
  void whatIf() {
    LocalDate leaves = SupplierHrIntegration.WHAT_IF_LEAVES;
    Program ifJonasLeft = program.apply(
        RecordDeparture.of(Actor.parent(VOLTAIC), JONAS.id(), DepartureReason.RESIGNATION, leaves));
    assertTrue(Premiums.inForce(ifJonasLeft.state(), JONAS.id(), leaves.minusDays(1)).isYes());
    assertFalse(Premiums.inForce(ifJonasLeft.state(), JONAS.id(), leaves).isYes());
    assertTrue(Premiums.inForce(program.state(), JONAS.id(), leaves).isYes());
  }

  @Test
  @DisplayName("tells the answers in plain words")
  void tells() {
    assertEquals(TALE, Printed.tale(new SupplierHrIntegration()));
  }

  private static final String TALE = """
      Voltaic's HR tool asks the battery program its questions on 2027-03-15. Jonas Brandt (Voltaic) and
      Tobias Reiner (Nordwerk) are on the program; Lea Sommer waits in the candidate pool.

      May we nominate this employee?
        May Voltaic nominate Noah Keller (VS-1213)?
          Yes.
        May Voltaic nominate Lea Sommer (VS-1107)?
          No:
            DMZ-LEAD-ADMITS (engineer VS-1107): Lea Sommer (VS-1107) is already in the candidate pool.
              To put it right: Nominate each person once.
        May Voltaic nominate "TBD", a hire not yet made?
          No:
            DMZ-NAMED-ENTRY (engineer TBD): Only identified persons enter the DMZ: "TBD" names nobody.
              To put it right: Nominate one named person, by HR id and real name, per line.

      Is this person's premium in force, and what if they left?
        Is Jonas Brandt's premium in force on 2027-03-15?
          Yes (DMZ-PREMIUM-CONDITIONAL): The premium rate of EUR 6000.00 a month for Jonas Brandt is in
            force on 2027-03-15; it stops on the day Jonas Brandt leaves, and for good on an attempt by
            the employer to substitute Jonas Brandt.
        If he left on 2027-04-01, would it be in force on 2027-03-31?
          Yes (DMZ-PREMIUM-CONDITIONAL): The premium rate of EUR 6000.00 a month for Jonas Brandt is in
            force on 2027-03-31; it stops on the day Jonas Brandt leaves, and for good on an attempt by
            the employer to substitute Jonas Brandt.
        And on 2027-04-01?
          No (DMZ-PREMIUM-CONDITIONAL): Jonas Brandt is not on the program on 2027-04-01, so the premium
            rate does not accrue.
        (The what-if is a copy: in the program itself, Jonas Brandt is still on the program.)

      May we make an offer to that engineer?
        May Voltaic offer Tobias Reiner of Nordwerk a job on 2027-03-15?
          No:
            DMZ-NON-POACHING-OFFER (engineer NW-5520): voltaic may not offer a job to Tobias Reiner, a
              named engineer of nordwerk, until the cooling-off period ends on 2029-07-31.
              To put it right: Make the offer after 2029-07-31, or not at all.
        And on 2029-08-01?
          Yes.
        May Nordwerk offer Jonas Brandt a job on 2027-03-15?
          No:
            DMZ-NON-POACHING-OFFER (engineer VS-1042): nordwerk may not offer a job to Jonas Brandt, a
              named engineer of voltaic, until the cooling-off period ends on 2029-07-31.
              To put it right: Make the offer after 2029-07-31, or not at all.
        May Nordwerk offer Lea Sommer, who waits in the pool, a job on 2027-03-15?
          No:
            DMZ-NON-POACHING-OFFER (engineer VS-1107): nordwerk may not offer a job to Lea Sommer, a named
              engineer of voltaic, until the cooling-off period ends on 2029-07-31.
              To put it right: Make the offer after 2029-07-31, or not at all.
        (A candidate counts as named from the day of the nomination, admitted or not: the agreement
          protects her as it protects the engineers on the program.)
      """;
}
