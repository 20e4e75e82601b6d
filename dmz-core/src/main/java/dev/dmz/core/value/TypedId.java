package dev.dmz.core.value;

import org.immutables.value.Value;

/**
 * The shape of every typed identifier ({@code PartyId}, {@code EngineerId}, {@code MilestoneId} ...):
 * a non-blank text without surrounding white space, on one line (no control character, line break
 * or bidirectional control: see {@link Require#identifier}), compared by text, printed as the bare
 * text. Typed ids keep a party id from being passed where an engineer id is meant.
 *
 * @param <I> the concrete id type, so that ids of one type sort among themselves
 */
public abstract class TypedId<I extends TypedId<I>> implements Comparable<I> {
  /** For the id types of dmz. */
  protected TypedId() {}

  /**
   * The identifier as text, as the owning system (an HR system, a contract register) spells it.
   *
   * @return the text
   */
  @Value.Parameter
  public abstract String value();

  /**
   * The name of the id type in messages, for example "PartyId".
   *
   * @return the name
   */
  protected abstract String typeName();

  @Value.Check
  protected void checkValue() {
    if (!Require.isIdentifier(value())) {
      Require.identifier(typeName() + ".value", value()); // names the field only for a problem
    }
  }

  @Override
  public int compareTo(I other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
