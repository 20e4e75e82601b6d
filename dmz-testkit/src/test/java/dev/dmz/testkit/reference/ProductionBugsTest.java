package dev.dmz.testkit.reference;

import static dev.dmz.testkit.program.SampleProgram.LEAD;
import static dev.dmz.testkit.program.SampleProgram.LENA;
import static dev.dmz.testkit.program.SampleProgram.OMAR;
import static dev.dmz.testkit.program.SampleProgram.day;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.HeadcountLine;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import dev.dmz.rules.Program;
import dev.dmz.rules.commercial.Settlement;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.FillVacancy;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import dev.dmz.rules.staffing.StaffingCommand.SubstituteEngineer;
import dev.dmz.rules.staffing.VacancyId;
import dev.dmz.testkit.program.SampleProgram;
import java.util.List;
import java.util.Set;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The disagreements of the differential property in which production was wrong, each as its minimal
 * counterexample, run against production: fixed since, and kept so that they stay fixed. {@link
 * ReferenceModelTest} shows the model's answer to the same commands.
 */
class ProductionBugsTest {
  private static final Actor SUP_A = Actor.parent(SampleProgram.SUP_A);

  /** The commands of bug 1: the lead fills V1 with Z-0, whom nobody nominated. */
  static final List<Command> FILL_WITH_NON_CANDIDATE = List.of(
      Nominate.of(SUP_A, OMAR, day(0)),
      Admit.of(LEAD, OMAR.id(), day(0)),
      RecordDeparture.of(LEAD, OMAR.id(), DepartureReason.RESIGNATION, day(1)),
      FillVacancy.of(LEAD, VacancyId.number(1), EngineerId.of("Z-0"), day(2)));

  /** The commands of bug 2: sup-a tries to swap its premium-rated candidate, who is then admitted. */
  static final List<Command> SUBSTITUTION_BEFORE_ADMISSION = List.of(
      Nominate.of(SUP_A, LENA, day(0)),
      SubstituteEngineer.of(SUP_A, LENA.id(), HeadcountLine.of(1, "Senior developer", SampleProgram.SUP_A), day(0)),
      Admit.of(LEAD, LENA.id(), day(0)));

  @Test
  void fillWithNonCandidateNamesReplacementVeto() {
    Program program = Program.start(SampleProgram.charter()).applyAll(FILL_WITH_NON_CANDIDATE);
    // production: refused by [DMZ-LEAD-ADMITS]; then by both; now by the rule that governs the fill
    // (DOMAIN.md, Conventions: one fault, one finding)
    assertEquals(Set.of("DMZ-REPLACEMENT-VETO"),
        DifferentialProperties.ruleIds(program.lastDecision().orElseThrow()));
  }

  @Test
  void substitutionBeforeAdmissionCancelsThePremium() {
    Program program = Program.start(SampleProgram.charter()).applyAll(SUBSTITUTION_BEFORE_ADMISSION);
    // production: EUR 31000.00, ten months of Lena's premium
    assertEquals(Money.zero(SampleProgram.eur(0).getCurrencyUnit()),
        Settlement.owed(program.state(), SampleProgram.START, SampleProgram.END).statement(SampleProgram.SUP_A).orElseThrow().total());
  }
}
