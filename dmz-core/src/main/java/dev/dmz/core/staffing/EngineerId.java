package dev.dmz.core.staffing;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.TypedId;
import org.immutables.value.Value;

/** Identifies an engineer: the id under which the employer's HR system knows the person. */
@Value.Immutable(copy = false, builder = false)
@DmzStyle
public abstract class EngineerId extends TypedId<EngineerId> {
  EngineerId() {}

  /**
   * The id of an engineer, as the employer's HR system spells it.
   *
   * @param value the identifier: not blank, no surrounding white space
   * @return the id
   * @throws dev.dmz.core.value.InvalidValueException if the value is blank or padded, or holds a control
   *     character, a line break or a bidirectional control
   */
  public static EngineerId of(String value) {
    return ImmutableEngineerId.of(value);
  }

  @Override
  protected String typeName() {
    return "EngineerId";
  }
}
