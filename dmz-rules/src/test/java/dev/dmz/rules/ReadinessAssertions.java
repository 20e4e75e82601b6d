package dev.dmz.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.Readiness;
import java.util.List;
import java.util.stream.Collectors;

/** Then-steps for readiness tests: the exact findings, and no finding of any other rule. */
public final class ReadinessAssertions {
  private ReadinessAssertions() {}

  /**
   * Asserts that the standard rule book finds exactly these findings, all of one rule, each given as
   * {@code "subject: problem"}.
   */
  public static Readiness assertOnly(DmzRuleId rule, ProgramCharter charter, String... expected) {
    Readiness readiness = RuleBook.standard().check(charter);
    List<Finding> others = readiness.findings().stream().filter(f -> !f.ruleId().equals(rule.id()))
        .collect(Collectors.toList());
    assertEquals(List.of(), others, "findings of other rules than " + rule.id());
    assertEquals(List.of(expected), readiness.findingsOf(rule.id()).stream()
        .map(f -> f.subject() + ": " + f.problem()).collect(Collectors.toList()));
    assertEquals(expected.length == 0, readiness.isReady());
    return readiness;
  }

  /**
   * Asserts every finding of the standard rule book, of whatever rule, each given as {@code "RULE-ID
   * subject: problem"}, in the book's order.
   */
  public static void assertAll(ProgramCharter charter, String... expected) {
    Readiness readiness = RuleBook.standard().check(charter);
    assertEquals(List.of(expected), readiness.findings().stream()
        .map(f -> f.ruleId() + " " + f.subject() + ": " + f.problem()).collect(Collectors.toList()));
  }
}
