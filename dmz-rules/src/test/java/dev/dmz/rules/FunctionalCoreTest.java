package dev.dmz.rules;

import static dev.dmz.rules.Cast.LEAD;
import static dev.dmz.rules.Cast.LENA;
import static dev.dmz.rules.Cast.SUP_A;
import static dev.dmz.rules.Cast.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.value.InvalidValueException;
import dev.dmz.rules.program.Admit;
import dev.dmz.rules.program.Decision;
import dev.dmz.rules.program.Departed;
import dev.dmz.rules.program.Event;
import dev.dmz.rules.program.Nominate;
import dev.dmz.rules.program.Program;
import dev.dmz.rules.program.ProgramState;
import dev.dmz.rules.program.VacancyId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The functional core: decide and evolve")
class FunctionalCoreTest {

  @Test
  @DisplayName("decide then evolve, by hand, gives what the program gives")
  void decideThenEvolve() {
    RuleBook book = RuleBook.standard();
    Program program = Program.start(ReadyCharter.charter());
    ProgramState state = program.state();
    for (var command : List.of(Nominate.of(SUP_A, LENA, day(-1)), Admit.of(LEAD, LENA.id(), day(0)))) {
      Decision decision = book.decide(state, command);
      assertTrue(decision.isAccepted());
      for (Event event : decision.events()) {
        state = book.evolve(state, event);
      }
      program = program.apply(command);
    }
    assertEquals(program.state(), state);
  }

  @Test
  @DisplayName("an event that does not apply to the state is refused with a plain message")
  void inconsistentEvent() {
    ProgramState fresh = Program.start(ReadyCharter.charter()).state();
    Departed ghost = Departed.of(LENA.id(), DepartureReason.OTHER, VacancyId.of("V1"), day(3));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RuleBook.standard().evolve(fresh, ghost));
    assertEquals("the event " + ghost + " does not apply to the program's state", e.getMessage());
  }

  @Test
  @DisplayName("a recorded decision is rebuilt as it was; a refusal with events cannot be")
  void recordedDecision() {
    Program program = Program.start(ReadyCharter.charter());
    Decision accepted = program.decide(Nominate.of(SUP_A, LENA, day(-1)));
    Decision refused = program.decide(Admit.of(LEAD, LENA.id(), day(0)));

    assertEquals(accepted, Decision.recorded(accepted.command(), accepted.events(), accepted.findings()));
    assertEquals(refused, Decision.recorded(refused.command(), List.of(), refused.findings()));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Decision.recorded(refused.command(), accepted.events(), refused.findings()));
    assertEquals(Optional.of("Decision.events"), e.field());
  }

  @Test
  @DisplayName("a program keeps its decisions in order, refusals included; one rebuilt from events has taken none")
  void decisions() {
    Program start = Program.start(ReadyCharter.charter());
    assertEquals(0, start.decisions().size());
    assertEquals(Optional.empty(), start.lastDecision());
    Program program = start.apply(Nominate.of(SUP_A, LENA, day(-1))).apply(Admit.of(SUP_A, LENA.id(), day(0)))
        .apply(Admit.of(LEAD, LENA.id(), day(0)));
    assertEquals(List.of(true, false, true),
        program.decisions().map(Decision::isAccepted).asJava());
    assertEquals(Optional.of(program.decisions().last()), program.lastDecision());
    assertEquals(Admit.of(LEAD, LENA.id(), day(0)), program.decisions().last().command());
    assertEquals(3, program.history().size(), "the nomination, the refusal and the admission");
    Program replayed = Program.replay(ReadyCharter.charter(), program.history());
    assertEquals(0, replayed.decisions().size());
    assertEquals(program.state(), replayed.state());
  }
}
