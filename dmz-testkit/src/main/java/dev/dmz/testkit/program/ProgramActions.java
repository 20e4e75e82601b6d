package dev.dmz.testkit.program;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.Command;
import dev.dmz.rules.Program;
import dev.dmz.rules.RuleBook;
import dev.dmz.testkit.property.Action;
import dev.dmz.testkit.property.ActionChain;
import dev.dmz.testkit.property.Gen;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;

/**
 * Actions over a {@link Program}, for stateful tests with {@link ActionChain action chains}: each
 * action applies one command and checks the step (by default, every {@link Invariants invariant}), so
 * a chain fails on the first step that breaks one, and shrinks to a short chain of commands.
 *
 * <pre>{@code
 * @Test
 * void keepsEveryInvariant() {
 *   Property.forAll(ProgramActions.chains(charter, RuleBook.standard().withCommandRule(myRule)))
 *       .check(ActionChain::run);
 * }
 * }</pre>
 *
 * <p>The program is immutable, so every action is a transformation: it returns the program after the
 * command. A chain's actions are described by their commands.
 */
public final class ProgramActions {
  private ProgramActions() {}

  /**
   * Chains of up to {@link ProgramGenerators#MAX_STEPS} actions over a fresh program of the charter
   * under the rule book, four in five of them {@link #step generated steps} (mostly valid commands,
   * refused ones mixed in) and one in five {@link #anyCommand any command}, every invariant checked
   * after each.
   *
   * @param charter the charter, best a ready one
   * @param ruleBook the rule book
   * @return the generator
   */
  public static Gen<ActionChain<Program>> chains(ProgramCharter charter, RuleBook ruleBook) {
    return chains(charter, ruleBook, Invariants::checkAll);
  }

  /**
   * Chains of up to {@link ProgramGenerators#MAX_STEPS} actions, as {@link #chains(ProgramCharter,
   * RuleBook)}, with a check of the caller's choice after each step.
   *
   * @param charter the charter, best a ready one
   * @param ruleBook the rule book
   * @param check what must hold after each step
   * @return the generator
   */
  public static Gen<ActionChain<Program>> chains(ProgramCharter charter, RuleBook ruleBook,
      CommandSequence.StepCheck check) {
    Objects.requireNonNull(charter, "charter is null");
    Objects.requireNonNull(ruleBook, "ruleBook is null");
    Objects.requireNonNull(check, "check is null");
    Function<Program, Gen<Action<Program>>> steps = step(charter, check);
    Gen<Action<Program>> anyCommand = anyCommand(charter, check);
    return ActionChain.of(() -> Program.start(charter, ruleBook),
        program -> Gen.frequency(Gen.weighted(4, steps.apply(program)), Gen.weighted(1, anyCommand)),
        ProgramGenerators.MAX_STEPS);
  }

  /**
   * A generated step read against the program as it stands, as in {@link
   * ProgramGenerators#commandSequences(ProgramCharter)}: mostly a valid next command (a nomination,
   * an admission of a candidate, a departure of an engineer on the program...), now and then a
   * spoilt one. Its day is the program's latest event's day (or its first day) plus a few days.
   *
   * @param charter the charter the program started with, whose people the commands name
   * @param check what must hold after the step
   * @return the generator of the next action, given the program
   */
  public static Function<Program, Gen<Action<Program>>> step(ProgramCharter charter,
      CommandSequence.StepCheck check) {
    ProgramCast cast = ProgramCast.of(Objects.requireNonNull(charter, "charter is null"));
    Objects.requireNonNull(check, "check is null");
    Gen<Step> steps = ProgramGenerators.steps();
    return program -> steps.map(step -> {
      LocalDate clock = ProgramCast.shift(program.state().lastDate().orElse(cast.start()), cast.days(step.advance()));
      Command command = step.command(cast, program.state(), step.date(cast, program.state(), clock));
      return applying(command, check);
    });
  }

  /**
   * Any command at all, as {@link ProgramGenerators#anyCommand(ProgramCharter)} makes them.
   *
   * @param charter the charter whose people, parents, milestones and dates the commands favour
   * @param check what must hold after the command
   * @return the generator of actions
   */
  public static Gen<Action<Program>> anyCommand(ProgramCharter charter, CommandSequence.StepCheck check) {
    Gen<Command> commands = ProgramGenerators.anyCommand(charter);
    Objects.requireNonNull(check, "check is null");
    return commands.map(command -> applying(command, check));
  }

  private static Action<Program> applying(Command command, CommandSequence.StepCheck check) {
    return Action.of(command.toString(), before -> {
      Program after = before.apply(command);
      check.check(before, command, after);
      return after;
    });
  }
}
