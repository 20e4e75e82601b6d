package dev.dmz.core.party;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.TypedId;
import org.immutables.value.Value;

/** Identifies an organisation: a parent of the program, or the employer of the program lead. */
@Value.Immutable(copy = false, builder = false)
@DmzStyle
public abstract class PartyId extends TypedId<PartyId> {
  PartyId() {}

  /**
   * The id of an organisation.
   *
   * @param value the identifier: not blank, no surrounding white space
   * @return the id
   * @throws dev.dmz.core.value.InvalidValueException if the value is blank or padded, or holds a control
   *     character, a line break or a bidirectional control
   */
  public static PartyId of(String value) {
    return ImmutablePartyId.of(value);
  }

  @Override
  protected String typeName() {
    return "PartyId";
  }
}
