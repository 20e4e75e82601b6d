package dev.dmz.rules;

import static dev.dmz.rules.Cast.LEAD;
import static dev.dmz.rules.Cast.SUP_A;
import static dev.dmz.rules.Cast.day;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingEvent.Admitted;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Custom rules of an embedding system")
class CustomRulesTest {
  static final RuleId MAX_THREE = RuleId.of("ACME-MAX-3-PER-SUPPLIER");

  /** "At most 3 engineers per supplier on the program at once." */
  static final CommandRule AT_MOST_THREE = CommandRule.of(MAX_THREE, (ProgramState state, Command command) -> {
    if (!(command instanceof Admit)) {
      return List.of();
    }
    Optional<PartyId> employer = state.staffing().candidates().get(((Admit) command).engineer())
        .map(NamedEngineer::employer).toJavaOptional();
    long onBoard = employer.map(e -> state.staffing().roster().values().count(n -> n.employer().equals(e))).orElse(0);
    return onBoard < 3 ? List.of() : List.of(Finding.error(MAX_THREE, Subject.party(employer.orElseThrow()),
        employer.orElseThrow() + " already has " + onBoard + " engineers on the program.",
        "Wait until one of them leaves."));
  });

  @Test
  @DisplayName("a custom command rule refuses exactly like a built-in one, and the standard book is unchanged")
  void atMostThree() {
    RuleBook book = RuleBook.standard().withCommandRule(AT_MOST_THREE);
    List<String> names = List.of("Ada Byron", "Alan Turing", "Grace Hopper", "Edsger Dijkstra");
    List<Command> commands = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      commands.add(Nominate.of(SUP_A, NamedEngineer.of(EngineerId.of("A-10" + i), names.get(i - 1),
          ReadyCharter.SUP_A), day(-1)));
    }
    for (int i = 1; i <= 4; i++) {
      commands.add(Admit.of(LEAD, EngineerId.of("A-10" + i), day(i)));
    }
    Program program = Program.start(ReadyCharter.charter(), book).applyAll(commands);

    assertEquals(List.of(MAX_THREE), List.copyOf(program.lastDecision().orElseThrow().ruleIds()));
    assertEquals("sup-a already has 3 engineers on the program.",
        program.lastDecision().orElseThrow().findings().get(0).problem());
    assertEquals(3, program.state().staffing().roster().size());

    Program standard = Program.start(ReadyCharter.charter()).applyAll(commands);
    assertEquals(4, standard.state().staffing().roster().size());
    assertEquals(List.of(Admitted.of(EngineerId.of("A-104"), Optional.empty(), day(4))),
        standard.lastDecision().orElseThrow().events());
  }

  @Test
  @DisplayName("a custom readiness rule holds entry back like a built-in one")
  void customReadinessBlocksEntry() {
    RuleId named = RuleId.of("ACME-PROGRAM-NAME");
    RuleBook book = RuleBook.standard().withCharterRule(dev.dmz.rules.CharterRule.of(named,
        charter -> charter.name().startsWith("ACME") ? List.of() : List.of(Finding.error(named,
            Subject.charter(charter.name()), "The program name does not start with ACME.",
            "Rename the program."))));
    Program program = Program.start(ReadyCharter.charter(), book).applyAll(List.of(
        Nominate.of(SUP_A, Cast.LENA, day(-1)), Admit.of(LEAD, Cast.LENA.id(), day(0))));
    assertEquals(List.of(DmzRuleId.WALLS_BEFORE_ENTRY.id()), List.copyOf(program.lastDecision().orElseThrow().ruleIds()));
    assertEquals("Nobody enters before the walls stand: the charter has 1 readiness finding(s) under ACME-PROGRAM-NAME.",
        program.lastDecision().orElseThrow().findings().get(0).problem());
  }
}
