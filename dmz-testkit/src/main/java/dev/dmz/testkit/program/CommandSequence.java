package dev.dmz.testkit.program;

import dev.dmz.core.charter.ProgramCharter;

import dev.dmz.rules.program.Command;
import dev.dmz.rules.program.Decision;
import dev.dmz.rules.program.Program;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A generated sequence of commands against the {@link ReadyCharter} program. It is made of {@link
 * Step}s and read against the evolving program: each step becomes a command given the state the
 * previous commands left, so the commands stay meaningful however jqwik shrinks the steps. The
 * program's clock opens on the first day of the program and moves on by each step's {@code advance}.
 *
 * <p>A property walks the sequence with {@link #walk(StepCheck)} and checks its invariant after
 * every command; a counterexample prints as the numbered commands with their outcome.
 */
public final class CommandSequence {
  static final ProgramCharter CHARTER = ReadyCharter.charter();
  static final LocalDate OPENING = ReadyCharter.START;

  private final List<Step> steps;
  private List<Command> commands;

  private CommandSequence(List<Step> steps) {
    this.steps = List.copyOf(steps);
  }

  static CommandSequence of(List<Step> steps) {
    return new CommandSequence(steps);
  }

  /**
   * The charter every sequence runs under.
   *
   * @return the ready charter
   */
  public ProgramCharter charter() {
    return CHARTER;
  }

  /**
   * The commands the steps stand for, computed once.
   *
   * @return the commands, oldest first
   */
  public synchronized List<Command> commands() {
    if (commands == null) {
      List<Command> read = new ArrayList<>();
      Program program = start();
      LocalDate clock = OPENING;
      for (Step step : steps) {
        LocalDate day = clock.plusDays(step.advance());
        Command command = step.command(program.state(), step.date(program.state(), day));
        if (step.shift() == Step.Shift.NONE) {
          clock = day;
        }
        read.add(command);
        program = program.apply(command);
      }
      commands = Collections.unmodifiableList(read);
    }
    return commands;
  }

  /**
   * A fresh program under the charter.
   *
   * @return the program, with no history
   */
  public Program start() {
    return Program.start(CHARTER);
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
   * @param check what must hold after each command
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

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(steps.size() + " step(s)");
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
