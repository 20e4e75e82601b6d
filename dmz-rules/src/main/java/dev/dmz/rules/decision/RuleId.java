package dev.dmz.rules.decision;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.TypedId;
import org.immutables.value.Value;

/**
 * The stable id of a rule, such as {@code DMZ-LEAD-NEUTRAL}. Built-in rules are listed in {@link
 * dev.dmz.rules.DmzRuleId}; an embedding system names its own rules with its own prefix, for example
 * {@code ACME-MAX-ENGINEERS}.
 */
@Value.Immutable(copy = false, builder = false)
@DmzStyle
public abstract class RuleId extends TypedId<RuleId> {
  RuleId() {}

  /**
   * A rule id.
   *
   * @param value the id, not blank
   * @return the id
   */
  public static RuleId of(String value) {
    return ImmutableRuleId.of(value);
  }

  @Override
  protected String typeName() {
    return "RuleId";
  }
}
