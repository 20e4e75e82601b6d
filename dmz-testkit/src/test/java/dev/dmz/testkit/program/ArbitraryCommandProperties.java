package dev.dmz.testkit.program;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.program.Command;
import dev.dmz.rules.program.CommandRefused;
import dev.dmz.rules.program.Decision;
import dev.dmz.rules.program.Program;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Commands the generator of valid sequences would never write: any actor, any ids, any dates, any
 * staffing lines, any currencies ({@link ProgramArbitraries#anyCommand()}), each applied both to a
 * fresh program and to one with a generated history.
 */
@Label("Any command at all, on a fresh program and on one with history")
class ArbitraryCommandProperties {

  @Provide
  Arbitrary<List<Command>> anyCommands() {
    return ProgramArbitraries.anyCommand().list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<CommandSequence> histories() {
    return ProgramArbitraries.commandSequences();
  }

  @Property
  @Label("never throws, and every refusal has findings, each with a problem and a remedy")
  void neverThrowsAndExplainsEveryRefusal(@ForAll("anyCommands") List<Command> commands,
      @ForAll("histories") CommandSequence history) {
    apply(commands, history, (before, command, after) -> {
      Decision decision = after.lastDecision().orElseThrow();
      if (!decision.isAccepted()) {
        assertFalse(decision.findings().isEmpty(), () -> "refused with no finding: " + command);
        assertTrue(decision.findings().stream().anyMatch(Finding::isError), "a refusal has an error");
        for (Finding finding : decision.findings()) {
          assertFalse(finding.problem().isBlank(), () -> "no problem stated: " + finding);
          assertFalse(finding.remedy().isBlank(), () -> "no remedy stated: " + finding);
        }
        assertEquals(CommandRefused.of(command, decision.findings(), command.date()), after.history().last(),
            "the refusal is recorded with its findings");
      }
    });
  }

  @Property
  @Label("keeps every invariant")
  void keepsEveryInvariant(@ForAll("anyCommands") List<Command> commands,
      @ForAll("histories") CommandSequence history) {
    apply(commands, history, Invariants::checkAll);
  }

  /** Applies the commands in turn to a fresh program and to the history's program, checking each step. */
  private static void apply(List<Command> commands, CommandSequence history, CommandSequence.StepCheck check) {
    for (Program start : List.of(history.start(), history.run())) {
      Program program = start;
      for (Command command : commands) {
        Program before = program;
        program = assertDoesNotThrow(() -> before.apply(command), () -> "applying " + command);
        check.check(before, command, program);
      }
    }
  }
}
