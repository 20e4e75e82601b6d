package dev.dmz.testkit.program;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.program.Command;
import dev.dmz.rules.program.Program;
import dev.dmz.rules.program.ProgramState;
import java.time.LocalDate;
import java.util.Objects;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.ChangeDetector;
import net.jqwik.api.state.Transformer;

/**
 * jqwik actions over a {@link Program}, for stateful tests with action chains: each action applies
 * one command and checks the step (by default, every {@link Invariants invariant}), so a chain fails
 * on the first step that breaks one, and jqwik shrinks it to a short chain of commands.
 *
 * <pre>{@code
 * @Property
 * void keepsEveryInvariant(@ForAll("chains") ActionChain<Program> chain) {
 *   chain.run();
 * }
 *
 * @Provide
 * Arbitrary<ActionChain<Program>> chains() {
 *   return ProgramActions.chains(charter, RuleBook.standard().withCommandRule(myRule));
 * }
 * }</pre>
 *
 * <p>The program is immutable, so every action is a transformation: it returns the program after the
 * command. A chain's transformations are described by their commands.
 */
public final class ProgramActions {
  private ProgramActions() {}

  /**
   * Chains of up to {@link ProgramArbitraries#MAX_STEPS} actions over a fresh program of the charter
   * under the rule book, four in five of them {@link #step generated steps} (mostly valid commands,
   * refused ones mixed in) and one in five {@link #anyCommand any command}, every invariant checked
   * after each.
   *
   * @param charter the charter, best a ready one
   * @param ruleBook the rule book
   * @return the arbitrary
   */
  public static ActionChainArbitrary<Program> chains(ProgramCharter charter, RuleBook ruleBook) {
    return chains(charter, ruleBook, Invariants::checkAll);
  }

  /**
   * Chains of up to {@link ProgramArbitraries#MAX_STEPS} actions, as {@link #chains(ProgramCharter,
   * RuleBook)}, with a check of the caller's choice after each step.
   *
   * @param charter the charter, best a ready one
   * @param ruleBook the rule book
   * @param check what must hold after each step
   * @return the arbitrary
   */
  public static ActionChainArbitrary<Program> chains(ProgramCharter charter, RuleBook ruleBook,
      CommandSequence.StepCheck check) {
    Objects.requireNonNull(charter, "charter is null");
    Objects.requireNonNull(ruleBook, "ruleBook is null");
    Objects.requireNonNull(check, "check is null");
    return ActionChain.startWith(() -> Program.start(charter, ruleBook))
        .withAction(4, step(charter, check))
        .withAction(1, anyCommand(charter, check))
        .withMaxTransformations(ProgramArbitraries.MAX_STEPS)
        .improveShrinkingWith(StateChange::new);
  }

  /**
   * Tells jqwik which actions changed the program's state: the others (most refusals) can go from a
   * counterexample without changing what the later actions meet.
   */
  private static final class StateChange implements ChangeDetector<Program> {
    private ProgramState before;

    @Override
    public void before(Program program) {
      before = program.state();
    }

    @Override
    public boolean hasChanged(Program program) {
      return !program.state().equals(before);
    }
  }

  /**
   * A generated step read against the program as it stands, as in {@link
   * ProgramArbitraries#commandSequences(ProgramCharter)}: mostly a valid next command (a nomination,
   * an admission of a candidate, a departure of an engineer on the program...), now and then a
   * spoilt one. Its day is the program's latest event's day (or its first day) plus a few days.
   *
   * @param charter the charter the program started with, whose people the commands name
   * @param check what must hold after the step
   * @return the action
   */
  public static Action.Dependent<Program> step(ProgramCharter charter, CommandSequence.StepCheck check) {
    ProgramCast cast = ProgramCast.of(Objects.requireNonNull(charter, "charter is null"));
    Objects.requireNonNull(check, "check is null");
    return program -> ProgramArbitraries.steps().map(step -> {
      LocalDate clock = ProgramCast.shift(program.state().lastDate().orElse(cast.start()), cast.days(step.advance()));
      Command command = step.command(cast, program.state(), step.date(cast, program.state(), clock));
      return applying(command, check);
    });
  }

  /**
   * Any command at all, as {@link ProgramArbitraries#anyCommand(ProgramCharter)} makes them.
   *
   * @param charter the charter whose people, parents, milestones and dates the commands favour
   * @param check what must hold after the command
   * @return the action
   */
  public static Action.Independent<Program> anyCommand(ProgramCharter charter, CommandSequence.StepCheck check) {
    Arbitrary<Command> commands = ProgramArbitraries.anyCommand(charter);
    Objects.requireNonNull(check, "check is null");
    return () -> commands.map(command -> applying(command, check));
  }

  private static Transformer<Program> applying(Command command, CommandSequence.StepCheck check) {
    return Transformer.transform(command.toString(), before -> {
      Program after = before.apply(command);
      check.check(before, command, after);
      return after;
    });
  }
}
