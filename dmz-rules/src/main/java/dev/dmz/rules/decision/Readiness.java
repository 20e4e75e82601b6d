package dev.dmz.rules.decision;

import dev.dmz.core.value.DmzStyle;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The answer to "is this charter ready, and if not, what is missing?": every finding of every
 * readiness rule, never only the first.
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract class Readiness {
  Readiness() {}

  /**
   * Every finding, grouped by rule in the rule book's order.
   *
   * @return the findings; empty for a ready charter
   */
  @Value.Parameter
  public abstract List<Finding> findings();

  /**
   * The result of checking.
   *
   * @param findings every finding
   * @return the readiness
   */
  public static Readiness of(List<Finding> findings) {
    return ImmutableReadiness.of(findings);
  }

  /**
   * Whether the charter is ready: no finding is an error.
   *
   * @return true when ready
   */
  public boolean isReady() {
    // A loop, not a stream: DMZ-WALLS-BEFORE-ENTRY asks this on every command.
    for (Finding finding : findings()) {
      if (finding.isError()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The ids of the rules with findings.
   *
   * @return the rule ids, in the rule book's order
   */
  public Set<RuleId> ruleIds() {
    return findings().stream().map(Finding::ruleId)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  /**
   * The findings of one rule.
   *
   * @param rule the rule's id
   * @return its findings, possibly none
   */
  public List<Finding> findingsOf(RuleId rule) {
    return findings().stream().filter(f -> f.ruleId().equals(rule)).collect(Collectors.toUnmodifiableList());
  }

  @Override
  public String toString() {
    if (findings().isEmpty()) {
      return "ready";
    }
    return (isReady() ? "ready, with " : "not ready: ") + findings().size() + " finding(s)"
        + findings().stream().map(f -> System.lineSeparator() + "  " + f).collect(Collectors.joining());
  }
}
