package dev.dmz.testkit.program;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.rules.Command;
import dev.dmz.rules.CommandRefused;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Program;
import dev.dmz.rules.decision.Finding;
import dev.dmz.testkit.property.Gen;
import dev.dmz.testkit.property.Property;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Commands the generator of valid sequences would never write: any actor, any ids, any dates, any
 * staffing lines, any currencies ({@link ProgramGenerators#anyCommand()}), each applied both to a
 * fresh program and to one with a generated history.
 */
@DisplayName("Any command at all, on a fresh program and on one with history")
class ArbitraryCommandProperties {

  /** A generated history, then a few commands of any kind. */
  record Example(CommandSequence history, List<Command> commands) {}

  static Gen<Example> examples() {
    return Gen.combine(ProgramGenerators.commandSequences(),
        ProgramGenerators.anyCommand().list().ofMinSize(1).ofMaxSize(4), Example::new);
  }

  @Test
  @DisplayName("never throws, and every refusal has findings, each with a problem and a remedy")
  void neverThrowsAndExplainsEveryRefusal() {
    Property.forAll(examples()).check(example -> apply(example, (before, command, after) -> {
      Decision decision = after.lastDecision().orElseThrow();
      if (!decision.isAccepted()) {
        assertFalse(decision.findings().isEmpty(), () -> "refused with no finding: " + command);
        assertTrue(decision.findings().stream().anyMatch(Finding::isError), "a refusal has an error");
        for (Finding finding : decision.findings()) {
          assertFalse(finding.problem().isBlank(), () -> "no problem stated: " + finding);
          assertFalse(finding.remedy().isBlank(), () -> "no remedy stated: " + finding);
        }
        assertEquals(CommandRefused.of(command, decision.findings(), command.date()),
            after.history().get(before.history().size()), "the refusal is recorded with its findings");
      }
    }));
  }

  @Test
  @DisplayName("keeps every invariant")
  void keepsEveryInvariant() {
    Property.forAll(examples()).check(example -> apply(example, Invariants::checkAll));
  }

  /** Applies the commands in turn to a fresh program and to the history's program, checking each step. */
  private static void apply(Example example, CommandSequence.StepCheck check) {
    for (Program start : List.of(example.history().start(), example.history().run())) {
      Program program = start;
      for (Command command : example.commands()) {
        Program before = program;
        program = assertDoesNotThrow(() -> before.apply(command), () -> "applying " + command);
        check.check(before, command, program);
      }
    }
  }
}
