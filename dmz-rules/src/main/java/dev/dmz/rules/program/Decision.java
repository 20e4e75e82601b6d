package dev.dmz.rules.program;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.InvalidValueException;
import dev.dmz.core.value.Require;
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
   * A decision as it was recorded, for example read back from a file: the command, the events it
   * produced and every finding. This rebuilds a decision; {@link #of} makes one.
   *
   * @param command the command
   * @param events the events it produced; none when refused
   * @param findings every finding
   * @return the decision
   * @throws InvalidValueException if a refused decision (one with an error finding) has events
   */
  public static Decision recorded(Command command, List<? extends Event> events, List<Finding> findings) {
    Require.that(events.isEmpty() || findings.stream().noneMatch(Finding::isError), "Decision.events",
        "must be empty when the command is refused", events);
    return ImmutableDecision.of(command, events, findings);
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
