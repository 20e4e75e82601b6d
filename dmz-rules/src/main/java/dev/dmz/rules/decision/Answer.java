package dev.dmz.rules.decision;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import org.immutables.value.Value;

/**
 * The answer to a yes-or-no question an embedding system asks ("is this premium still in force?",
 * "may this engineer use that asset today?"), with the rule that answers it and the reason, either
 * way, in a plain sentence.
 */
@Value.Immutable(builder = false, copy = false)
@DmzStyle
public abstract class Answer {
  Answer() {}

  /**
   * Yes or no.
   *
   * @return true for yes
   */
  @Value.Parameter
  public abstract boolean isYes();

  /**
   * The rule that answers.
   *
   * @return the rule id
   */
  @Value.Parameter
  public abstract RuleId ruleId();

  /**
   * Why, in a plain sentence.
   *
   * <p>One line: it holds no control character, line break or bidirectional control, which
   * {@link dev.dmz.core.value.Require#oneLine} refuses.
   *
   * @return the reason
   */
  @Value.Parameter
  public abstract String reason();

  /**
   * A yes.
   *
   * @param rule the rule that answers
   * @param reason why
   * @return the answer
   */
  public static Answer yes(RuleId rule, String reason) {
    return ImmutableAnswer.of(true, rule, reason);
  }

  /**
   * A no.
   *
   * @param rule the rule that answers
   * @param reason why not
   * @return the answer
   */
  public static Answer no(RuleId rule, String reason) {
    return ImmutableAnswer.of(false, rule, reason);
  }

  @Value.Check
  protected void check() {
    Require.notBlank("Answer.reason", reason());
    Require.oneLine("Answer.reason", reason());
  }

  @Override
  public String toString() {
    return (isYes() ? "yes" : "no") + " (" + ruleId() + "): " + reason();
  }
}
