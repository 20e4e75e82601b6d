package dev.dmz.testkit.reference;

import static dev.dmz.testkit.program.SampleProgram.LEAD;
import static dev.dmz.testkit.program.SampleProgram.LENA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.HeadcountLine;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import dev.dmz.rules.commercial.CommercialCommand.AcceptMilestone;
import dev.dmz.rules.commercial.CommercialCommand.ContributeToPool;
import dev.dmz.rules.commercial.CommercialCommand.SignNewBaseline;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import dev.dmz.rules.staffing.StaffingCommand.SubstituteEngineer;
import dev.dmz.testkit.program.SampleProgram;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The reference model on DOMAIN.md's conventions, worked out by hand: so that a disagreement of the
 * differential property is not the model's own slip. The charter is the testkit's ready charter: Lena
 * (A-7, sup-a) has a premium of EUR 3,100 a month; M1 (EUR 100,000 to sup-a) is due 2027-06-01 under a
 * 30-day slip threshold.
 */
class ReferenceModelTest {
  private static final Actor SUP_A = Actor.parent(SampleProgram.SUP_A);
  private static final Actor OEM = Actor.parent(SampleProgram.OEM);
  private static final LocalDate START = SampleProgram.START;
  private static final LocalDate END = SampleProgram.END;

  private static ReferenceModel run(List<Command> commands) {
    ReferenceModel model = new ReferenceModel(SampleProgram.charter());
    for (Command command : commands) {
      model.apply(command);
    }
    return model;
  }

  private static Money owedToSupA(ReferenceModel model, LocalDate from, LocalDate to) {
    return model.owed(from, to).get(SampleProgram.SUP_A);
  }

  @Test
  void premiumIsProratedByCalendarDaysAndTheDepartureDayIsNotPaid() {
    ReferenceModel model = run(List.of(
        Nominate.of(SUP_A, LENA, START),
        Admit.of(LEAD, LENA.id(), LocalDate.of(2027, 3, 10)),
        RecordDeparture.of(LEAD, LENA.id(), DepartureReason.RESIGNATION, LocalDate.of(2027, 4, 8))));
    // March: 22 of 31 days; April: the 1st to the 7th, 7 of 30 days, 723.333... rounds to 723.33
    assertEquals(SampleProgram.eur(2_200), owedToSupA(model, START, LocalDate.of(2027, 3, 31)));
    assertEquals(Money.parse("EUR 723.33"), owedToSupA(model, LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 30)));
    assertEquals(Money.parse("EUR 2923.33"), owedToSupA(model, START, END));
  }

  @Test
  void theEmployersSubstitutionAttemptCancelsThePremiumFromThatDay() {
    ReferenceModel model = run(List.of(
        Nominate.of(SUP_A, LENA, START),
        Admit.of(LEAD, LENA.id(), START),
        SubstituteEngineer.of(SUP_A, LENA.id(), HeadcountLine.of(1, "Senior developer", SampleProgram.SUP_A),
            LocalDate.of(2027, 3, 11))));
    assertEquals(SampleProgram.eur(1_000), owedToSupA(model, START, END));
  }

  @Test
  void anAttemptBeforeAdmissionCancelsThePremiumToo() {
    ReferenceModel model = run(ProductionBugsTest.SUBSTITUTION_BEFORE_ADMISSION);
    assertEquals(SampleProgram.eur(0), owedToSupA(model, START, END));
  }

  @Test
  void aFillWithSomeoneNotInThePoolIsTheVetosFindingAlone() {
    ReferenceModel model = run(ProductionBugsTest.FILL_WITH_NON_CANDIDATE.subList(0, 3));
    ReferenceModel.Outcome outcome = model.apply(ProductionBugsTest.FILL_WITH_NON_CANDIDATE.get(3));
    assertEquals(Set.of("DMZ-REPLACEMENT-VETO"), outcome.ruleIds());
  }

  @Test
  void aSlipOfExactlyTheThresholdDoesNotReopenAndOneDayMoreDoes() {
    MilestoneId m1 = MilestoneId.of("M1");
    ReferenceModel onTheThreshold = run(List.of(AcceptMilestone.of(LEAD, m1, LocalDate.of(2027, 7, 1))));
    assertEquals(Set.of("DMZ-REBASELINE"),
        onTheThreshold.apply(SignNewBaseline.of(OEM, LocalDate.of(2027, 7, 1))).ruleIds());
    ReferenceModel beyond = run(List.of(AcceptMilestone.of(LEAD, m1, LocalDate.of(2027, 7, 2))));
    assertEquals(Set.of(), beyond.apply(SignNewBaseline.of(OEM, LocalDate.of(2027, 7, 2))).ruleIds());
    assertEquals(SampleProgram.eur(100_000), owedToSupA(beyond, LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 31)));
  }

  @Test
  void aCommandDatedBeforeTheLatestAcceptedOneIsRefusedAndOneOnTheSameDayIsNot() {
    ReferenceModel model = run(List.of(ContributeToPool.of(OEM, SampleProgram.eur(10), LocalDate.of(2027, 4, 1))));
    assertEquals(Set.of("DMZ-CHRONOLOGY"),
        model.apply(ContributeToPool.of(OEM, SampleProgram.eur(10), LocalDate.of(2027, 3, 31))).ruleIds());
    assertEquals(Set.of(), model.apply(ContributeToPool.of(OEM, SampleProgram.eur(10), LocalDate.of(2027, 4, 1))).ruleIds());
  }
}
