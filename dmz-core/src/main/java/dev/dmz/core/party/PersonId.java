package dev.dmz.core.party;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.TypedId;
import org.immutables.value.Value;

/** Identifies a natural person who is not a named engineer of the program, such as the program lead. */
@Value.Immutable(copy = false, builder = false)
@DmzStyle
public abstract class PersonId extends TypedId<PersonId> {
  PersonId() {}

  /**
   * The id of a person.
   *
   * @param value the identifier: not blank, no surrounding white space
   * @return the id
   * @throws dev.dmz.core.value.InvalidValueException if the value is blank or padded, or holds a control
   *     character, a line break or a bidirectional control
   */
  public static PersonId of(String value) {
    return ImmutablePersonId.of(value);
  }

  @Override
  protected String typeName() {
    return "PersonId";
  }
}
