package dev.dmz.rules.program;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The answer to "may this command go through?": accepted, with the events it produces, or refused,
 * with every finding (never only the first). Accepted decisions may carry warnings of an embedding
 * system's advisory rules.
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract class Decision {
  Decision() {}

  /**
   * The command decided on.
   *
   * @return the command
   */
  @Value.Parameter
  public abstract Command command();

  /**
   * The events an accepted command produces.
   *
   * @return the events; empty when refused
   */
  @Value.Parameter
  public abstract List<Event> events();

  /**
   * Every finding: the reasons of a refusal, or warnings of an accepted command.
   *
   * @return the findings
   */
  @Value.Parameter
  public abstract List<Finding> findings();

  /**
   * The decision the rules' findings make: refused when any finding is an error, otherwise accepted
   * with the events the command produces on this state.
   *
   * @param state the state the command applies to
   * @param command the command
   * @param findings every finding of every rule
   * @return the decision
   */
  public static Decision of(ProgramState state, Command command, List<Finding> findings) {
    return hasError(findings)
        ? ImmutableDecision.of(command, List.of(), findings)
        : ImmutableDecision.of(command, Effects.of(state, command), findings);
  }

  /**
   * Whether the command goes through.
   *
   * @return true when no finding is an error
   */
  public boolean isAccepted() {
    return !hasError(findings());
  }

  /** A loop, not a stream: every command is decided through here. */
  private static boolean hasError(List<Finding> findings) {
    for (Finding finding : findings) {
      if (finding.isError()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The ids of the rules with findings.
   *
   * @return the rule ids, in the rule book's order
   */
  public Set<RuleId> ruleIds() {
    return findings().stream().map(Finding::ruleId).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  @Override
  public String toString() {
    return (isAccepted() ? "accepted: " + events() : "refused: " + findings().stream()
        .map(Finding::toString).collect(Collectors.joining("; ")));
  }
}
