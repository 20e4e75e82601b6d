package dev.dmz.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.program.Command;
import dev.dmz.rules.program.CommandRefused;
import dev.dmz.rules.program.Decision;
import dev.dmz.rules.program.Event;
import dev.dmz.rules.program.Program;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Given a charter and commands that must all be accepted, when one more command, then these events or
 * a refusal by these rules, with the state unchanged.
 */
public final class Scenario {
  private final Program program;

  private Scenario(Program program) {
    this.program = program;
  }

  public static Scenario given(ProgramCharter charter, Command... commands) {
    return given(Program.start(charter), commands);
  }

  public static Scenario given(Program start, Command... commands) {
    Program program = start;
    for (Command command : commands) {
      program = program.apply(command);
      Decision decision = program.lastDecision().orElseThrow();
      assertTrue(decision.isAccepted(), "given step refused: " + decision);
    }
    return new Scenario(program);
  }

  public Program program() {
    return program;
  }

  public Scenario and(Command... commands) {
    return given(program, commands);
  }

  public Then when(Command command) {
    return new Then(program, program.apply(command));
  }

  /** The outcome of the when-step. */
  public static final class Then {
    private final Program before;
    private final Program after;

    Then(Program before, Program after) {
      this.before = before;
      this.after = after;
    }

    public Program program() {
      return after;
    }

    public Decision decision() {
      return after.lastDecision().orElseThrow();
    }

    public Then thenAccepted(Event... events) {
      assertTrue(decision().isAccepted(), () -> "refused: " + decision());
      assertEquals(List.of(events), decision().events());
      assertEquals(List.of(events), after.history().drop(before.history().size()).toJavaList());
      return this;
    }

    public Then thenRefused(DmzRule... rules) {
      return thenRefusedBy(Arrays.stream(rules).map(DmzRule::id).toArray(RuleId[]::new));
    }

    public Then thenRefusedBy(RuleId... rules) {
      Decision decision = decision();
      assertFalse(decision.isAccepted(), () -> "accepted: " + decision);
      assertEquals(List.of(rules), List.copyOf(decision.ruleIds()));
      assertEquals(List.of(CommandRefused.of(decision.command(), decision.findings(), decision.command().date())),
          after.history().drop(before.history().size()).toJavaList(), "the refusal is recorded");
      return this;
    }

    /** The refusal left the state exactly as it was. */
    public Then stateUnchanged() {
      assertEquals(before.state(), after.state());
      return this;
    }

    public Then problems(String... expected) {
      assertEquals(List.of(expected),
          decision().findings().stream().map(Finding::problem).collect(Collectors.toList()));
      return this;
    }
  }
}
