package dev.dmz.rules;

import dev.dmz.core.value.InvalidValueException;
import dev.dmz.core.value.Require;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The answer to "may this command go through?": accepted, with the events it produces, or refused,
 * with every finding (never only the first). Accepted decisions may carry warnings of an embedding
 * system's advisory rules.
 */
public final class Decision {
  private final Command command;
  private final List<Event> events;
  private final List<Finding> findings;

  // Written by hand rather than generated: a rule book takes a decision on every command, and the
  // lists it hands over are already immutable (List.copyOf keeps them as they are, where a generated
  // value class copies each into a new list).
  private Decision(Command command, List<? extends Event> events, List<Finding> findings) {
    this.command = Objects.requireNonNull(command, "command");
    this.events = List.copyOf(events);
    this.findings = List.copyOf(findings);
  }

  /**
   * The command decided on.
   *
   * @return the command
   */
  public Command command() {
    return command;
  }

  /**
   * The events an accepted command produces.
   *
   * @return the events; empty when refused
   */
  public List<Event> events() {
    return events;
  }

  /**
   * Every finding: the reasons of a refusal, or warnings of an accepted command.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return findings;
  }

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
    Objects.requireNonNull(events, "Decision.events is null");
    Objects.requireNonNull(findings, "Decision.findings is null");
    Require.that(events.isEmpty() || !hasError(findings), "Decision.events",
        "must be empty when the command is refused", events);
    return new Decision(command, events, findings);
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
    return new Decision(command, events, findings);
  }

  /**
   * A loop by index, not a stream or an iterator: every command is decided through here, most with no
   * finding, and an iterator is an object the compiler does not always remove.
   */
  static boolean hasError(List<Finding> findings) {
    for (int i = 0; i < findings.size(); i++) {
      if (findings.get(i).isError()) {
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

  /**
   * Equal to another decision on an equal command, with equal events and findings in the same order.
   *
   * @param other the other object
   * @return whether they are equal
   */
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof Decision that && command.equals(that.command)
        && events.equals(that.events) && findings.equals(that.findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(command, events, findings);
  }

  @Override
  public String toString() {
    return (isAccepted() ? "accepted: " + events() : "refused: " + findings().stream()
        .map(Finding::toString).collect(Collectors.joining("; ")));
  }
}
