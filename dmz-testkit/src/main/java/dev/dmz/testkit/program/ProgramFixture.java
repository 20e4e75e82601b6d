package dev.dmz.testkit.program;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.Command;
import dev.dmz.rules.CommandRefused;
import dev.dmz.rules.Decision;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.Event;
import dev.dmz.rules.Program;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import io.vavr.collection.Vector;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * A given/when/then fixture for tests of rules, built-in or custom: given a charter (and a rule
 * book), the commands that must all go through and the events that already happened, when one more
 * command, then exactly these events, or a refusal by exactly these rules.
 *
 * <pre>{@code
 * RuleBook book = RuleBook.standard().withCommandRule(myRule);
 * ProgramFixture.given(charter, book)
 *     .and(Nominate.of(Actor.parent(supplier), engineer, day), ...)  // each must be accepted
 *     .when(Admit.of(lead, engineer.id(), day))
 *     .thenRefusedBy(RuleId.of("ACME-MAX-3"))                        // exactly this rule, nothing else
 *     .thenStateUnchanged();
 * }</pre>
 *
 * <p>A failed expectation throws an {@link AssertionFailedError} (the JUnit Platform's common
 * failure, which JUnit Jupiter and IDEs report with expected and actual values) whose message shows
 * the whole decision: the command, and its events or every finding. The fixture is immutable: each
 * {@code and} returns a new one, so a test may branch from a common given.
 */
public final class ProgramFixture {
  private final ProgramCharter charter;
  private final Program program;
  private final int steps;

  private ProgramFixture(ProgramCharter charter, Program program, int steps) {
    this.charter = charter;
    this.program = program;
    this.steps = steps;
  }

  /**
   * A fresh program under the charter and the standard rule book.
   *
   * @param charter the charter
   * @return the fixture
   */
  public static ProgramFixture given(ProgramCharter charter) {
    return given(charter, RuleBook.standard());
  }

  /**
   * A fresh program under the charter and a rule book, such as the standard one with a custom rule.
   *
   * @param charter the charter
   * @param ruleBook the rule book
   * @return the fixture
   */
  public static ProgramFixture given(ProgramCharter charter, RuleBook ruleBook) {
    Objects.requireNonNull(charter, "charter is null");
    Objects.requireNonNull(ruleBook, "ruleBook is null");
    return new ProgramFixture(charter, Program.start(charter, ruleBook), 0);
  }

  /**
   * Applies commands that must all be accepted, in order.
   *
   * @param commands the commands
   * @return the fixture after them
   * @throws AssertionFailedError naming the first refused command, its place among the given
   *     commands, and every finding
   */
  public ProgramFixture and(Command... commands) {
    Objects.requireNonNull(commands, "commands is null");
    Program next = program;
    int step = steps;
    for (Command command : commands) {
      Objects.requireNonNull(command, "a command is null");
      step++;
      next = next.apply(command);
      Decision decision = next.lastDecision().orElseThrow();
      if (!decision.isAccepted()) {
        throw new AssertionFailedError("given step " + step + " was refused, so the test never reached its"
            + " 'when': " + describe(decision));
      }
    }
    return new ProgramFixture(charter, next, step);
  }

  /**
   * Records events as if they had happened (they are evolved into the state, not decided), for a
   * history that commands cannot reach or that a test states more shortly as events.
   *
   * @param events the events, oldest first
   * @return the fixture after them
   * @throws AssertionFailedError when an event does not apply to the program as it stands
   */
  public ProgramFixture andEvents(Event... events) {
    Objects.requireNonNull(events, "events is null");
    Vector<Event> history = program.history();
    ProgramState state = program.state();
    for (Event event : events) {
      Objects.requireNonNull(event, "an event is null");
      try {
        state = program.ruleBook().evolve(state, event);
      } catch (IllegalArgumentException e) {
        throw new AssertionFailedError("given event " + (history.size() + 1) + " does not apply: " + event
            + ": " + e.getMessage(), e);
      }
      history = history.append(event);
    }
    return new ProgramFixture(charter, Program.replay(charter, program.ruleBook(), history), steps);
  }

  /**
   * The program as the given steps left it.
   *
   * @return the program
   */
  public Program program() {
    return program;
  }

  /**
   * Applies the command under test.
   *
   * @param command the command
   * @return its outcome, to check with the {@code then} methods
   */
  public Outcome when(Command command) {
    Objects.requireNonNull(command, "command is null");
    return new Outcome(program, program.apply(command));
  }

  /** The outcome of the command under test, and the checks of it. Each check returns this outcome. */
  public static final class Outcome {
    private final Program before;
    private final Program after;

    Outcome(Program before, Program after) {
      this.before = before;
      this.after = after;
    }

    /**
     * The program before the command.
     *
     * @return the program
     */
    public Program before() {
      return before;
    }

    /**
     * The program after the command.
     *
     * @return the program
     */
    public Program program() {
      return after;
    }

    /**
     * The decision on the command.
     *
     * @return the decision
     */
    public Decision decision() {
      return after.lastDecision().orElseThrow();
    }

    /**
     * The command was accepted with exactly these events, in this order, and they are what the
     * history recorded.
     *
     * @param events the expected events; none for a command accepted with no event
     * @return this outcome
     */
    public Outcome thenAccepted(Event... events) {
      Decision decision = decision();
      List<Event> expected = List.of(events);
      if (!decision.isAccepted()) {
        throw new AssertionFailedError("expected the command to be accepted with " + expected + ", but it was "
            + describe(decision), expected, decision.findings());
      }
      if (!expected.equals(decision.events())) {
        throw new AssertionFailedError("the command was accepted with other events than expected: "
            + describe(decision), expected, decision.events());
      }
      List<Event> recorded = recorded();
      if (!expected.equals(recorded)) {
        throw new AssertionFailedError("the history recorded other events than the decision's: "
            + describe(decision), expected, recorded);
      }
      return this;
    }

    /**
     * The command was refused by exactly these built-in rules, in the rule book's order, and the
     * refusal is recorded.
     *
     * @param rules the rules, in the rule book's order
     * @return this outcome
     */
    public Outcome thenRefused(DmzRuleId... rules) {
      return thenRefusedBy(Arrays.stream(rules).map(DmzRuleId::id).toArray(RuleId[]::new));
    }

    /**
     * The command was refused by exactly these rules (built-in or custom), in the rule book's order,
     * and the refusal is recorded with every finding (followed by what it set in motion, if anything:
     * see {@link #thenFollowedBy}).
     *
     * @param rules the rule ids, in the rule book's order
     * @return this outcome
     */
    public Outcome thenRefusedBy(RuleId... rules) {
      Decision decision = decision();
      List<RuleId> expected = List.of(rules);
      if (decision.isAccepted()) {
        throw new AssertionFailedError("expected a refusal by " + expected + ", but the command was "
            + describe(decision), expected, List.of());
      }
      List<RuleId> actual = List.copyOf(decision.ruleIds());
      if (!expected.equals(actual)) {
        throw new AssertionFailedError("the command was refused by other rules than expected: "
            + describe(decision), expected, actual);
      }
      CommandRefused refusal = CommandRefused.of(decision.command(), decision.findings(), decision.command().date());
      List<Event> recorded = recorded();
      if (recorded.isEmpty() || !refusal.equals(recorded.get(0))) {
        throw new AssertionFailedError("the history did not record the refusal: " + describe(decision),
            List.of(refusal), recorded);
      }
      return this;
    }

    /**
     * What the refusal set in motion: exactly these events follow it in the history (a refused
     * substitution attempt by the engineer's employer is followed by a {@code PremiumCancelled}).
     *
     * @param events the events after the refusal, in order; none for most refusals
     * @return this outcome
     */
    public Outcome thenFollowedBy(Event... events) {
      List<Event> expected = List.of(events);
      List<Event> recorded = recorded();
      List<Event> after = recorded.isEmpty() ? List.of() : recorded.subList(1, recorded.size());
      if (!expected.equals(after)) {
        throw new AssertionFailedError("other events followed the refusal than expected: "
            + describe(decision()), expected, after);
      }
      return this;
    }

    /**
     * The command left the program's state exactly as it was (the history still records the
     * refusal, or an accepted command's events, if any).
     *
     * @return this outcome
     */
    public Outcome thenStateUnchanged() {
      if (!before.state().equals(after.state())) {
        throw new AssertionFailedError("expected the state unchanged, but it changed after the command was "
            + describe(decision()), before.state(), after.state());
      }
      return this;
    }

    /**
     * The findings state exactly these problems, in order (the rules' plain sentences of what is
     * wrong, as {@link Finding#problem()} gives them).
     *
     * @param problems the problems
     * @return this outcome
     */
    public Outcome thenProblems(String... problems) {
      List<String> expected = List.of(problems);
      List<String> actual = decision().findings().stream().map(Finding::problem).collect(Collectors.toList());
      if (!expected.equals(actual)) {
        throw new AssertionFailedError("the findings state other problems than expected: " + describe(decision()),
            expected, actual);
      }
      return this;
    }

    private List<Event> recorded() {
      return after.history().drop(before.history().size()).toJavaList();
    }
  }

  /** The decision as a failure message shows it: the command, then its events or every finding. */
  static String describe(Decision decision) {
    String nl = System.lineSeparator();
    StringBuilder text = new StringBuilder();
    text.append(decision.isAccepted() ? "accepted" : "refused").append(nl).append("  command: ")
        .append(decision.command());
    if (decision.isAccepted()) {
      text.append(nl).append("  events:");
      if (decision.events().isEmpty()) {
        text.append(" none");
      }
      decision.events().forEach(e -> text.append(nl).append("    ").append(e));
    }
    if (!decision.findings().isEmpty()) {
      text.append(nl).append(decision.isAccepted() ? "  warnings:" : "  findings:");
      decision.findings().forEach(f -> text.append(nl).append("    ").append(f));
    }
    return text.toString();
  }
}
