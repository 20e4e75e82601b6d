package dev.dmz.rules;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PersonId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import org.immutables.value.Value;

/**
 * Who issues a command, as the embedding system authenticated them: the program lead, a parent, or
 * someone else. The rules never trust a claim: an actor that says it is the lead but carries another
 * person's id, or a "parent" that does not sign the charter, is refused like anyone else.
 *
 * <pre>{@code
 * Actor.lead(PersonId.of("lead-1"))
 * Actor.parent(PartyId.of("voltaic"))
 * Actor.other("procurement-bot")
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
@DmzStyle
public abstract class Actor {
  Actor() {}

  /**
   * The kind of actor.
   *
   * @return the kind of actor
   */
  @Value.Parameter
  public abstract ActorKind kind();

  /**
   * The actor's id: the lead's person id, the parent's party id, or any other name.
   *
   * <p>One line: it holds no control character, line break or bidirectional control, which
   * {@link dev.dmz.core.value.Require#oneLine} refuses.
   *
   * @return the actor's id: the lead's person id, the parent's party id, or any other name
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The program lead.
   *
   * @param id the lead's id
   * @return the actor
   */
  public static Actor lead(PersonId id) {
    return ImmutableActor.of(ActorKind.LEAD, id.value());
  }

  /**
   * A parent.
   *
   * @param id the parent's id
   * @return the actor
   */
  public static Actor parent(PartyId id) {
    return ImmutableActor.of(ActorKind.PARENT, id.value());
  }

  /**
   * Anyone else.
   *
   * @param name who it is
   * @return the actor
   */
  public static Actor other(String name) {
    return ImmutableActor.of(ActorKind.OTHER, name);
  }

  /**
   * Whether this actor is the given parent.
   *
   * @param party the parent
   * @return true for {@code Actor.parent(party)}
   */
  public boolean is(PartyId party) {
    return kind() == ActorKind.PARENT && id().equals(party.value());
  }

  /**
   * Whether this actor is the given person acting as lead.
   *
   * @param lead the lead's id
   * @return true for {@code Actor.lead(lead)}
   */
  public boolean is(PersonId lead) {
    return kind() == ActorKind.LEAD && id().equals(lead.value());
  }

  @Value.Check
  protected void check() {
    Require.notBlank("Actor.id", id());
    Require.oneLine("Actor.id", id());
  }

  @Override
  public String toString() {
    switch (kind()) {
      case LEAD:
        return "the lead " + id();
      case PARENT:
        return "the parent " + id();
      default:
        return id();
    }
  }
}
