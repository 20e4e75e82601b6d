package dev.dmz.rules.command;

import dev.dmz.rules.Command;
import dev.dmz.rules.CommandRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code DMZ-KNOWN-COMMAND}, the library's own rule: a kind of command that no wall of the program owns
 * is refused, never accepted with no effect. An embedding system's own {@link Command} class is such a
 * kind, even when one of its custom rules governs it: the program could record nothing of it. Its
 * refusal is in the program's history, but a record of dmz-json holds only the program's own commands
 * (writing such a refusal there fails, naming the command's class): decide such a command to learn the
 * answer, and keep it out of a stored record.
 */
public final class KnownCommandRule implements CommandRule {
  private final List<Class<? extends Command>> kinds;
  /**
   * The classes of the kinds' commands, where a kind is sealed: a command's own class is looked up in
   * one step, where {@link Class#isInstance} tried against each kind in turn cost a draw on the pool
   * (the second kind) about half its decision.
   */
  private final Set<Class<?>> classes;

  private KnownCommandRule(List<Class<? extends Command>> kinds) {
    this.kinds = List.copyOf(kinds);
    Set<Class<?>> classes = new HashSet<>();
    kinds.forEach(kind -> addClasses(kind, classes));
    this.classes = Set.copyOf(classes);
  }

  /** The class itself, or each class a sealed type permits, down to the classes it permits. */
  private static void addClasses(Class<?> type, Set<Class<?>> classes) {
    if (type.isSealed()) {
      for (Class<?> permitted : type.getPermittedSubclasses()) {
        addClasses(permitted, classes);
      }
    } else {
      classes.add(type);
    }
  }

  /**
   * The rule over the walls' kinds of command.
   *
   * @param kinds the type of each wall's commands
   * @return the rule
   */
  public static CommandRule over(List<Class<? extends Command>> kinds) {
    return new KnownCommandRule(kinds);
  }

  @Override
  public RuleId id() {
    return DmzRuleId.KNOWN_COMMAND.id();
  }

  @Override
  public List<Finding> check(ProgramState state, Command command) {
    if (classes.contains(command.getClass())) {
      return List.of();
    }
    for (Class<? extends Command> kind : kinds) { // a kind that is not sealed, or a subclass of its class
      if (kind.isInstance(command)) {
        return List.of();
      }
    }
    return List.of(DmzRuleId.KNOWN_COMMAND.error(CommandChecks.actor(command),
        "The program knows no command of the kind " + command.getClass().getSimpleName()
            + "; it could record nothing of it.",
        "Send one of the program's commands: a staffing, commercial, IP or non-poaching command."));
  }

  @Override
  public String toString() {
    return id().value();
  }
}
