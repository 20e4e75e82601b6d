package dev.dmz.rules;

import static dev.dmz.rules.Cast.LEAD;
import static dev.dmz.rules.Cast.LENA;
import static dev.dmz.rules.Cast.OMAR;
import static dev.dmz.rules.Cast.SUP_A;
import static dev.dmz.rules.Cast.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.ProgramPeriod;
import dev.dmz.core.party.PartyRole;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.value.InvalidValueException;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.FillVacancy;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import dev.dmz.rules.staffing.StaffingEvent.Departed;
import dev.dmz.rules.staffing.StaffingState;
import dev.dmz.rules.staffing.Vacancy;
import dev.dmz.rules.staffing.VacancyId;
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
  @DisplayName("a state rebuilt from fields keeps one program period: a staffing part with another is refused")
  void onePeriod() {
    ProgramState state = Program.start(ReadyCharter.charter()).state();
    assertEquals(state, ProgramState.builder().from(state).build());
    ProgramPeriod other = ProgramPeriod.of(state.charter().period().start(), state.charter().period().end().plusDays(1));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ProgramState.builder().from(state).staffing(StaffingState.start(other)).build());
    assertEquals(Optional.of("ProgramState.staffing.period"), e.field());
    assertEquals("ProgramState.staffing.period must be the charter's program period, " + state.charter().period()
        + ", was " + other, e.getMessage());
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
  @DisplayName("two decisions are equal when their command, events and findings are, in order")
  void decisionEquality() {
    Program program = Program.start(ReadyCharter.charter());
    Decision accepted = program.decide(Nominate.of(SUP_A, LENA, day(-1)));
    Decision refused = program.decide(Admit.of(LEAD, LENA.id(), day(0)));
    Decision same = Decision.recorded(accepted.command(), List.copyOf(accepted.events()), accepted.findings());

    assertEquals(accepted, same);
    assertEquals(accepted.hashCode(), same.hashCode());
    assertEquals(accepted, accepted);
    assertNotEquals(accepted, Decision.recorded(Nominate.of(SUP_A, OMAR, day(-1)), accepted.events(), List.of()));
    assertNotEquals(accepted, Decision.recorded(accepted.command(), List.of(), List.of()));
    assertNotEquals(refused, Decision.recorded(refused.command(), List.of(), refused.findings().subList(0, 1)
        .stream().map(f -> Finding.warning(f.ruleId(), f.subject(), f.problem(), f.remedy())).toList()));
    assertNotEquals(accepted, accepted.command());
    assertNotEquals(accepted, null);
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

  @Test
  @DisplayName("a program resumed from a state decides as the program it was taken from, and starts with no record")
  void resume() {
    Program program = Program.start(ReadyCharter.charter()).applyAll(List.of(
        Nominate.of(SUP_A, LENA, day(-1)), Admit.of(LEAD, LENA.id(), day(0)), Nominate.of(SUP_A, OMAR, day(1))));
    ProgramState copy = ProgramState.builder().from(program.state()).build();
    assertEquals(program.state(), copy);

    Program resumed = Program.resume(copy, program.ruleBook());
    assertEquals(program.state(), resumed.state());
    assertEquals(0, resumed.history().size());
    assertEquals(0, resumed.decisions().size());
    assertEquals(program.ruleBook(), resumed.ruleBook());

    List<Command> tail = List.of(RecordDeparture.of(SUP_A, LENA.id(), DepartureReason.FAMILY, day(10)),
        Admit.of(SUP_A, OMAR.id(), day(11)), FillVacancy.of(LEAD, VacancyId.number(1), OMAR.id(), day(12)));
    Program original = program.applyAll(tail);
    Program goneOn = resumed.applyAll(tail);
    assertEquals(original.state(), goneOn.state());
    assertEquals(original.decisions().drop(3), goneOn.decisions());
    assertEquals(original.history().drop(3), goneOn.history());
    assertEquals(List.of(true, false, true), goneOn.decisions().map(Decision::isAccepted).asJava());
  }

  @Test
  @DisplayName("a state is resumed only under a rule book that gives its charter the state's readiness")
  void resumeUnderAnotherBook() {
    RuleId oneSupplier = RuleId.of("ACME-ONE-SUPPLIER");
    RuleBook strict = RuleBook.standard().withCharterRule(CharterRule.of(oneSupplier, charter ->
        charter.parties(PartyRole.SUPPLIER).size() <= 1 ? List.of()
            : List.of(Finding.error(oneSupplier, Subject.charter(charter.name()), "Too many suppliers.",
                "Keep one supplier."))));
    ProgramState state = Program.start(ReadyCharter.charter()).state();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Program.resume(state, strict));
    assertEquals("the state's readiness is not the one the rule book gives its charter: the state was not made"
        + " under this rule book", e.getMessage());
    ProgramState strictState = Program.start(ReadyCharter.charter(), strict).state();
    assertEquals(strictState, Program.resume(strictState, strict).state());
    assertThrows(NullPointerException.class, () -> Program.resume(null, strict));
    assertThrows(NullPointerException.class, () -> Program.resume(state, null));
  }

  @Test
  @DisplayName("a vacancy rebuilt from its fields equals the one the program opened and filled")
  void vacancyBuilder() {
    Program program = Program.start(ReadyCharter.charter()).applyAll(List.of(
        Nominate.of(SUP_A, LENA, day(-1)), Admit.of(LEAD, LENA.id(), day(0)), Nominate.of(SUP_A, OMAR, day(1)),
        RecordDeparture.of(SUP_A, LENA.id(), DepartureReason.FAMILY, day(10)),
        FillVacancy.of(LEAD, VacancyId.number(1), OMAR.id(), day(12))));
    Vacancy rebuilt = Vacancy.builder().id(VacancyId.number(1)).leftBy(LENA.id()).reason(DepartureReason.FAMILY)
        .openedOn(day(10)).filledBy(OMAR.id()).resolvedOn(day(12)).build();
    assertEquals(program.state().staffing().vacancies().get(VacancyId.number(1)).get(), rebuilt);
    assertTrue(!rebuilt.isOpen());
  }
}
