package dev.dmz.rules.decision;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import org.immutables.value.Value;

/**
 * What a rule found: the rule's id, how much it weighs, what it is about, what is wrong and what
 * would make it right, each in a plain sentence.
 *
 * <pre>{@code
 * Finding.error(DmzRuleId.LEAD_NEUTRAL.id(), Subject.lead(lead.id()),
 *     "Karl Vogt is employed by the parent nordwerk.",
 *     "Appoint a lead whom none of the parents employs.")
 * }</pre>
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract class Finding implements WithFinding {
  Finding() {}

  /**
   * The id of the rule that found it.
   *
   * @return the rule id
   */
  @Value.Parameter
  public abstract RuleId ruleId();

  /**
   * How much it weighs.
   *
   * @return the severity
   */
  @Value.Parameter
  public abstract Severity severity();

  /**
   * What it is about.
   *
   * @return the subject
   */
  @Value.Parameter
  public abstract Subject subject();

  /**
   * What is wrong, as a plain sentence.
   *
   * <p>One line: it holds no control character, line break or bidirectional control, which
   * {@link dev.dmz.core.value.Require#oneLine} refuses.
   *
   * @return the problem
   */
  @Value.Parameter
  public abstract String problem();

  /**
   * What would make it right, as a plain sentence.
   *
   * <p>One line: it holds no control character, line break or bidirectional control, which
   * {@link dev.dmz.core.value.Require#oneLine} refuses.
   *
   * @return the remedy
   */
  @Value.Parameter
  public abstract String remedy();

  /**
   * A finding that blocks: the charter is not ready, the command is refused.
   *
   * @param ruleId the rule's id
   * @param subject what it is about
   * @param problem what is wrong
   * @param remedy what would make it right
   * @return the finding
   */
  public static Finding error(RuleId ruleId, Subject subject, String problem, String remedy) {
    return ImmutableFinding.of(ruleId, Severity.ERROR, subject, problem, remedy);
  }

  /**
   * A finding that blocks nothing.
   *
   * @param ruleId the rule's id
   * @param subject what it is about
   * @param problem what is wrong
   * @param remedy what would make it right
   * @return the finding
   */
  public static Finding warning(RuleId ruleId, Subject subject, String problem, String remedy) {
    return ImmutableFinding.of(ruleId, Severity.WARNING, subject, problem, remedy);
  }

  /**
   * Whether the finding blocks.
   *
   * @return true for {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  @Value.Check
  protected void check() {
    Require.notBlank("Finding.problem", problem());
    Require.notBlank("Finding.remedy", remedy());
    Require.oneLine("Finding.problem", problem());
    Require.oneLine("Finding.remedy", remedy());
  }

  /**
   * The finding in one line: {@code DMZ-LEAD-NEUTRAL lead lead-1: <problem> <remedy>}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return ruleId() + " " + subject() + ": " + problem() + " " + remedy();
  }
}
