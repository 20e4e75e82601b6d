package dev.dmz.rules;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.InvalidValueException;
import dev.dmz.core.value.Require;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import java.util.ArrayList;
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
   * A decision as it was recorded, for example read back from a file: the command, the events it
   * produced and every finding. A rule book makes decisions ({@link RuleBook#decide}); this rebuilds one.
   *
   * @param command the command
   * @param events the events it produced; none when refused
   * @param findings every finding
   * @return the decision
   * @throws InvalidValueException if a refused decision (one with an error finding) has events
   */
  public static Decision recorded(Command command, List<? extends Event> events, List<Finding> findings) {
    Require.that(events.isEmpty() || !hasError(findings), "Decision.events",
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

  /** A decision a rule book took: refused, with no events, when a finding is an error. */
  static Decision decided(Command command, List<? extends Event> events, List<Finding> findings) {
    return ImmutableDecision.of(command, events, findings);
  }

  /** A loop, not a stream: every command is decided through here. */
  static boolean hasError(List<Finding> findings) {
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

  /**
   * The findings of one rule, as {@link dev.dmz.rules.decision.Readiness#findingsOf(RuleId)} has them.
   *
   * <pre>{@code
   * decision.findingsOf(DmzRuleId.REPLACEMENT_VETO.id())   // why the veto refused it, if it did
   * }</pre>
   *
   * @param rule the rule's id
   * @return its findings, in the order found; empty when the rule found nothing
   */
  public List<Finding> findingsOf(RuleId rule) {
    List<Finding> found = new ArrayList<>();
    for (Finding finding : findings()) { // a loop: a refused substitution asks this on every attempt
      if (finding.ruleId().equals(rule)) {
        found.add(finding);
      }
    }
    return List.copyOf(found);
  }

  @Override
  public String toString() {
    return (isAccepted() ? "accepted: " + events() : "refused: " + findings().stream()
        .map(Finding::toString).collect(Collectors.joining("; ")));
  }
}
