package dev.dmz.core.commercial;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.TypedId;
import org.immutables.value.Value;

/** Identifies a milestone of the commercial model. */
@Value.Immutable(copy = false, builder = false)
@DmzStyle
public abstract class MilestoneId extends TypedId<MilestoneId> {
  MilestoneId() {}

  /**
   * The id of a milestone.
   *
   * @param value the identifier: not blank, no surrounding white space
   * @return the id
   * @throws dev.dmz.core.value.InvalidValueException if the value is blank or padded, or holds a control
   *     character, a line break or a bidirectional control
   */
  public static MilestoneId of(String value) {
    return ImmutableMilestoneId.of(value);
  }

  @Override
  protected String typeName() {
    return "MilestoneId";
  }
}
