package dev.dmz.testkit.program;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.Command;
import dev.dmz.rules.CommandRule;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Program;
import dev.dmz.rules.RuleBook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A generated sequence of commands against one charter's program, under one rule book. It is made of
 * small steps read against the evolving program: each step becomes a command given the state the
 * previous commands left, so the commands stay meaningful however the steps shrink. The
 * program's clock opens on the first day of the program and moves on by each step's advance.
 *
 * <p>A property walks the sequence with {@link #walk(StepCheck)} and checks its invariant after
 * every command; a counterexample prints as the numbered commands with their outcome:
 *
 * <pre>{@code
 * @Test
 * void keepsEveryInvariant() {
 *   Property.forAll(ProgramGenerators.commandSequences(myCharter, RuleBook.standard().withCommandRule(myRule)))
 *       .check(sequence -> sequence.walk(Invariants::checkAll));
 * }
 * }</pre>
 *
 * <p>Sequences come from {@link ProgramGenerators}; a sequence is immutable and computes its
 * commands once.
 */
public final class CommandSequence {
  private final ProgramCharter charter;
  private final RuleBook book;
  private final ProgramCast cast;
  private final List<Step> steps;
  private List<Command> commands;

  private CommandSequence(ProgramCast cast, RuleBook book, List<Step> steps) {
    this.charter = cast.charter();
    this.cast = cast;
    this.book = book;
    this.steps = List.copyOf(steps);
  }

  static CommandSequence of(ProgramCast cast, RuleBook book, List<Step> steps) {
    return new CommandSequence(cast, book, steps);
  }

  /**
   * The charter every command of the sequence runs under.
   *
   * @return the charter
   */
  public ProgramCharter charter() {
    return charter;
  }

  /**
   * The rule book the program runs under.
   *
   * @return the rule book; {@link RuleBook#standard()} unless chosen with {@link #under(RuleBook)}
   */
  public RuleBook ruleBook() {
    return book;
  }

  /**
   * The same steps run under another rule book: the commands are read again against the programs
   * that rule book makes, so they may differ from this sequence's where its decisions differ.
   *
   * @param ruleBook the rule book, for example the standard one with a custom rule
   * @return the sequence under that rule book
   */
  public CommandSequence under(RuleBook ruleBook) {
    Objects.requireNonNull(ruleBook, "ruleBook is null");
    return new CommandSequence(cast, ruleBook, steps);
  }

  /**
   * The commands the steps stand for, computed once. A rule that throws ends the sequence with the
   * command it threw on (applying it again, {@link #walk} throws as the rule did).
   *
   * @return the commands, oldest first
   */
  public synchronized List<Command> commands() {
    if (commands == null) {
      List<Command> read = new ArrayList<>();
      Program program = start();
      LocalDate clock = cast.start();
      for (Step step : steps) {
        LocalDate day = ProgramCast.shift(clock, cast.days(step.advance()));
        Command command = step.command(cast, program.state(), step.date(cast, program.state(), day));
        if (step.shift() == Step.Shift.NONE) {
          clock = day;
        }
        read.add(command);
        try {
          program = program.apply(command);
        } catch (RuntimeException e) {
          break; // a rule threw: the sequence ends with the command it threw on, which walk() applies again
        }
      }
      commands = Collections.unmodifiableList(read);
    }
    return commands;
  }

  /**
   * A fresh program under the charter and the rule book.
   *
   * @return the program, with no history
   */
  public Program start() {
    return Program.start(charter, book);
  }

  /**
   * The program after every command.
   *
   * @return the program
   */
  public Program run() {
    return start().applyAll(commands());
  }

  /**
   * Applies the commands one by one to a fresh program and hands every step to the check.
   *
   * @param check what must hold after each command, for example {@link Invariants#checkAll}
   */
  public void walk(StepCheck check) {
    Objects.requireNonNull(check, "check is null");
    Program program = start();
    for (Command command : commands()) {
      Program next = program.apply(command);
      check.check(program, command, next);
      program = next;
    }
  }

  /** What must hold after one command. */
  @FunctionalInterface
  public interface StepCheck {
    /**
     * Checks one step; fails by throwing an assertion error.
     *
     * @param before the program before the command
     * @param command the command
     * @param after the program after it
     */
    void check(Program before, Command command, Program after);
  }

  /**
   * The numbered commands with their outcomes, as a counterexample shows them.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(steps.size() + " step(s) on '" + charter.name() + "'");
    List<String> custom = book.commandRules().stream()
        .filter(rule -> !RuleBook.standard().commandRules().contains(rule)).map(CommandRule::id)
        .map(Object::toString).collect(Collectors.toList());
    if (!custom.isEmpty()) {
      text.append(" with ").append(String.join(", ", custom));
    }
    try {
      Program program = start();
      int n = 1;
      for (Command command : commands()) {
        text.append(System.lineSeparator()).append(String.format(Locale.ROOT, "%3d. ", n++)).append(command);
        program = program.apply(command);
        Decision decision = program.lastDecision().orElseThrow();
        text.append(decision.isAccepted() ? "  -> accepted" : "  -> refused by " + decision.ruleIds());
      }
    } catch (RuntimeException e) {
      text.append(System.lineSeparator()).append("  threw ").append(e).append(" on the steps ").append(steps);
    }
    return text.toString();
  }
}
