package dev.dmz.core.charter;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who decides an escalated matter: the program lead, all parents together, one parent, or a named
 * body outside the program.
 *
 * <pre>{@code
 * Decider.programLead()
 * Decider.parent(PartyId.of("nordwerk"))
 * Decider.externalBody("Chamber of Commerce arbitration panel")
 * }</pre>
 */
@Value.Immutable(builder = false, copy = false)
@DmzStyle
public abstract class Decider {
  Decider() {}

  /**
   * Who the decider is.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract DeciderKind kind();

  /**
   * The parent that decides, for {@link DeciderKind#PARENT}.
   *
   * @return the parent, present exactly for that kind
   */
  @Value.Parameter
  public abstract Optional<PartyId> party();

  /**
   * The name of the outside body, for {@link DeciderKind#EXTERNAL_BODY}.
   *
   * <p>One line: it holds no control character, line break or bidirectional control, which
   * {@link dev.dmz.core.value.Require#oneLine} refuses.
   *
   * @return the name, present exactly for that kind
   */
  @Value.Parameter
  public abstract Optional<String> body();

  /**
   * The program lead decides.
   *
   * @return the decider
   */
  public static Decider programLead() {
    return ImmutableDecider.of(DeciderKind.PROGRAM_LEAD, Optional.empty(), Optional.empty());
  }

  /**
   * All parents decide together.
   *
   * @return the decider
   */
  public static Decider allParents() {
    return ImmutableDecider.of(DeciderKind.ALL_PARENTS, Optional.empty(), Optional.empty());
  }

  /**
   * One parent decides.
   *
   * @param party the parent
   * @return the decider
   */
  public static Decider parent(PartyId party) {
    return ImmutableDecider.of(DeciderKind.PARENT, Optional.of(party), Optional.empty());
  }

  /**
   * A body outside the program decides.
   *
   * @param name the body's name, not blank
   * @return the decider
   */
  public static Decider externalBody(String name) {
    return ImmutableDecider.of(DeciderKind.EXTERNAL_BODY, Optional.empty(), Optional.of(name));
  }

  @Value.Check
  protected void check() {
    Require.that(party().isPresent() == (kind() == DeciderKind.PARENT), "Decider.party",
        "must be present exactly for a PARENT decider", party().map(Object::toString).orElse("none"));
    Require.that(body().isPresent() == (kind() == DeciderKind.EXTERNAL_BODY), "Decider.body",
        "must be present exactly for an EXTERNAL_BODY decider", body().orElse("none"));
    body().ifPresent(name -> {
      Require.notBlank("Decider.body", name);
      Require.oneLine("Decider.body", name);
    });
  }

  @Override
  public String toString() {
    switch (kind()) {
      case PARENT:
        return "parent " + party().orElseThrow();
      case EXTERNAL_BODY:
        return body().orElseThrow();
      case ALL_PARENTS:
        return "all parents";
      default:
        return "the program lead";
    }
  }
}
