package dev.dmz.rules;

import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A rule that decides on commands: a pure function from the program's state and a command to every
 * finding of one rule. A rule returns no finding for the commands it does not govern. It must not
 * throw for any command built through the public API.
 *
 * <pre>{@code
 * CommandRule atMostThree = CommandRule.of(RuleId.of("ACME-MAX-3"), (state, command) -> ...);
 * RuleBook book = RuleBook.standard().withCommandRule(atMostThree);
 * }</pre>
 */
public interface CommandRule {

  /**
   * The rule's id; every finding it returns carries it.
   *
   * @return the id
   */
  RuleId id();

  /**
   * Checks a command against the state it would apply to.
   *
   * @param state the program's state before the command
   * @param command the command
   * @return every finding, in a stable order; empty when the rule lets the command through
   */
  List<Finding> check(ProgramState state, Command command);

  /**
   * The kinds of command this rule decides on, by their types ({@code Admit.class}...); empty, the
   * default, means every command. The rule book asks a rule only about the commands it governs, so
   * that a decision costs the rules that concern it and not the whole book. A rule still returns no
   * finding for a command it does not govern.
   *
   * @return the command types, or empty for all
   */
  default Set<Class<? extends Command>> governs() {
    return Set.of();
  }

  /**
   * A rule from a function.
   *
   * @param id the rule's id
   * @param check the check
   * @return the rule
   */
  static CommandRule of(RuleId id, BiFunction<ProgramState, Command, List<Finding>> check) {
    Objects.requireNonNull(id, "id is null");
    Objects.requireNonNull(check, "check is null");
    return new CommandRule() {
      @Override
      public RuleId id() {
        return id;
      }

      @Override
      public List<Finding> check(ProgramState state, Command command) {
        return List.copyOf(check.apply(state, command));
      }

      @Override
      public String toString() {
        return id.value();
      }
    };
  }
}
