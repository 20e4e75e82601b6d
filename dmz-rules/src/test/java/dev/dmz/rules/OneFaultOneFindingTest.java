package dev.dmz.rules;

import static dev.dmz.rules.Cast.LEAD;
import static dev.dmz.rules.Cast.LENA;
import static dev.dmz.rules.Cast.OMAR;
import static dev.dmz.rules.Cast.SUP_A;
import static dev.dmz.rules.Cast.day;
import static dev.dmz.rules.ProgramFixture.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.FillVacancy;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import dev.dmz.rules.staffing.VacancyId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DOMAIN.md, Conventions: one fault, one finding; a kind of command no rule governs is refused. */
@DisplayName("One fault, one finding")
class OneFaultOneFindingTest {

  /** A command of the embedding system's own, which no wall of the program owns. */
  record RenameProgram(Actor actor, String name, LocalDate date) implements Command {}

  @Test
  @DisplayName("a kind of command no wall owns is refused by DMZ-KNOWN-COMMAND, recorded, and changes nothing")
  void unknownCommand() {
    given(ReadyCharter.charter()).when(new RenameProgram(LEAD, "Cell pack", day(3)))
        .thenRefused(DmzRuleId.KNOWN_COMMAND).thenStateUnchanged()
        .thenProblems("The program knows no command of the kind RenameProgram; it could record nothing of it.");
  }

  @Test
  @DisplayName("a custom rule that governs the unknown kind does not make it known")
  void governedByACustomRule() {
    CommandRule allowsRenames = new CommandRule() {
      @Override
      public RuleId id() {
        return RuleId.of("ACME-RENAME");
      }

      @Override
      public List<Finding> check(ProgramState state, Command command) {
        return List.of();
      }

      @Override
      public java.util.Set<Class<? extends Command>> governs() {
        return java.util.Set.of(RenameProgram.class);
      }
    };
    Program program = Program.start(ReadyCharter.charter(), RuleBook.standard().withCommandRule(allowsRenames));
    Decision decision = program.decide(new RenameProgram(LEAD, "Cell pack", day(3)));
    assertFalse(decision.isAccepted());
    assertEquals(List.of(DmzRuleId.KNOWN_COMMAND.id()), List.copyOf(decision.ruleIds()));
  }

  @Test
  @DisplayName("filling a vacancy with someone outside the pool is DMZ-REPLACEMENT-VETO's finding, not also DMZ-LEAD-ADMITS'")
  void fillFromOutsideThePool() {
    given(ReadyCharter.charter(), Nominate.of(SUP_A, LENA, day(-5)), Admit.of(LEAD, LENA.id(), day(0)),
        RecordDeparture.of(LEAD, LENA.id(), DepartureReason.OTHER, day(10)))
        .when(FillVacancy.of(LEAD, VacancyId.number(1), OMAR.id(), day(11)))
        .thenRefused(DmzRuleId.REPLACEMENT_VETO).thenStateUnchanged()
        .thenProblems("A vacancy is filled only with a named candidate from the pool; A-8 is not in it.");
  }

  @Test
  @DisplayName("a nomination giving an engineer on the program another employer: that one finding, naming its owner")
  void idOfAnother() {
    given(ReadyCharter.charter(), Nominate.of(SUP_A, LENA, day(-5)), Admit.of(LEAD, LENA.id(), day(0)))
        .when(Nominate.of(Actor.parent(ReadyCharter.OEM), NamedEngineer.of(LENA.id(), "Mara Voss", ReadyCharter.OEM),
            day(1)))
        .thenRefused(DmzRuleId.LEAD_ADMITS).thenStateUnchanged()
        .thenProblems("The engineer id A-7 belongs to Lena Park of sup-a, not to an employee of oem.");
  }

  @Test
  @DisplayName("a command that breaks several rules gets every one of them")
  void severalRules() {
    given(ReadyCharter.charter(), Nominate.of(SUP_A, LENA, day(-5)), Admit.of(LEAD, LENA.id(), day(0)),
        RecordDeparture.of(LEAD, LENA.id(), DepartureReason.OTHER, day(10)))
        .when(FillVacancy.of(SUP_A, VacancyId.number(1), OMAR.id(), day(9)))
        .thenRefused(DmzRuleId.CHRONOLOGY, DmzRuleId.REPLACEMENT_VETO).thenStateUnchanged();
  }
}
