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

    public Then thenAccepted(Event... events) {
      assertTrue(decision().isAccepted(), () -> "refused: " + decision());
      assertEquals(List.of(events), decision().events());
      assertEquals(List.of(events), after.history().drop(before.history().size()).toJavaList());
      return this;
    }

    public Then thenRefused(DmzRuleId... rules) {
      return thenRefusedBy(Arrays.stream(rules).map(DmzRuleId::id).toArray(RuleId[]::new));
    }

    public Then thenRefusedBy(RuleId... rules) {
      Decision decision = decision();
      assertFalse(decision.isAccepted(), () -> "accepted: " + decision);
      assertEquals(List.of(rules), List.copyOf(decision.ruleIds()));
      assertEquals(CommandRefused.of(decision.command(), decision.findings(), decision.command().date()),
          recorded().head(), "the refusal is recorded");
      return this;
    }

    /** What the refusal set in motion: the events recorded after it. */
    public Then followedBy(Event... events) {
      assertEquals(List.of(events), recorded().tail().toJavaList());
      return this;
    }

    /** The refusal left the state exactly as it was, and set nothing in motion. */
    public Then stateUnchanged() {
      assertEquals(1, recorded().size(), () -> "the refusal alone is recorded: " + recorded());
      assertEquals(before.state(), after.state());
      return this;
    }

    private Vector<Event> recorded() {
      return after.history().drop(before.history().size());
    }

    public Then problems(String... expected) {
      assertEquals(List.of(expected),
          decision().findings().stream().map(Finding::problem).collect(Collectors.toList()));
      return this;
    }
  }
}
