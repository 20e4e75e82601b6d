package dev.dmz.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import io.vavr.collection.Vector;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Given a charter and commands that must all be accepted, when one more command, then these events or
 * a refusal by these rules, with the state unchanged. The same fixture, with the same verbs, as the
 * testkit's {@code dev.dmz.testkit.program.ProgramFixture}, which dmz-rules' own tests cannot use (the
 * testkit depends on dmz-rules); {@link Outcome#history(Class)} is this module's own addition.
 */
public final class ProgramFixture {
  private final Program program;

  private ProgramFixture(Program program) {
    this.program = program;
  }

  public static ProgramFixture given(ProgramCharter charter, Command... commands) {
    return given(Program.start(charter), commands);
  }

  public static ProgramFixture given(Program start, Command... commands) {
    Program program = start;
    for (Command command : commands) {
      program = program.apply(command);
      Decision decision = program.lastDecision().orElseThrow();
      assertTrue(decision.isAccepted(), "given step refused: " + decision);
    }
    return new ProgramFixture(program);
  }

  public Program program() {
    return program;
  }

  public ProgramFixture and(Command... commands) {
    return given(program, commands);
  }

  public Outcome when(Command command) {
    return new Outcome(program, program.apply(command));
  }

  /** The outcome of the when-step. */
  public static final class Outcome {
    private final Program before;
    private final Program after;

    Outcome(Program before, Program after) {
      this.before = before;
      this.after = after;
    }

    public Program program() {
      return after;
    }

    /**
     * The events of one kind in the program's history, oldest first.
     *
     * @param kind the kind of event
     * @param <E> the kind
     * @return the events
     */
    public <E extends Event> Vector<E> history(Class<E> kind) {
      return after.history().filter(kind::isInstance).map(kind::cast);
    }

    public Decision decision() {
      return after.lastDecision().orElseThrow();
    }

    public Outcome thenAccepted(Event... events) {
      assertTrue(decision().isAccepted(), () -> "refused: " + decision());
      assertEquals(List.of(events), decision().events());
      assertEquals(List.of(events), after.history().drop(before.history().size()).toJavaList());
      return this;
    }

    public Outcome thenRefused(DmzRuleId... rules) {
      return thenRefusedBy(Arrays.stream(rules).map(DmzRuleId::id).toArray(RuleId[]::new));
    }

    public Outcome thenRefusedBy(RuleId... rules) {
      Decision decision = decision();
      assertFalse(decision.isAccepted(), () -> "accepted: " + decision);
      assertEquals(List.of(rules), List.copyOf(decision.ruleIds()));
      assertEquals(CommandRefused.of(decision.command(), decision.findings(), decision.command().date()),
          recorded().head(), "the refusal is recorded");
      return this;
    }

    /** What the refusal set in motion: the events recorded after it. */
    public Outcome thenFollowedBy(Event... events) {
      assertEquals(List.of(events), recorded().tail().toJavaList());
      return this;
    }

    /** The command left the state exactly as it was. */
    public Outcome thenStateUnchanged() {
      assertEquals(before.state(), after.state());
      return this;
    }

    private Vector<Event> recorded() {
      return after.history().drop(before.history().size());
    }

    public Outcome thenProblems(String... expected) {
      assertEquals(List.of(expected),
          decision().findings().stream().map(Finding::problem).collect(Collectors.toList()));
      return this;
    }
  }
}
