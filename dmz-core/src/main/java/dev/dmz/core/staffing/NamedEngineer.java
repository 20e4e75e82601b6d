package dev.dmz.core.staffing;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import org.immutables.value.Value;

/**
 * One identified person, employed by a parent: the id the employer's HR system knows the person by,
 * and the person's real name.
 *
 * <pre>{@code
 * NamedEngineer.of(EngineerId.of("VS-1042"), "Jonas Brandt", PartyId.of("voltaic"))
 * }</pre>
 *
 * Whether the name really identifies a person is for the rule {@code DMZ-NAMED-ENTRY}: a value with
 * the name "TBD" builds, and is refused when it is nominated.
 */
@Value.Immutable
@DmzStyle
public abstract non-sealed class NamedEngineer implements StaffingLine, WithNamedEngineer {
  NamedEngineer() {}

  /**
   * The id in the employer's HR system.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract EngineerId id();

  /**
   * The person's real name.
   *
   * <p>One line: it holds no control character, line break or bidirectional control, which
   * {@link dev.dmz.core.value.Require#oneLine} refuses.
   *
   * @return the name, not blank
   */
  @Value.Parameter
  public abstract String name();

  @Override
  @Value.Parameter
  public abstract PartyId employer();

  /**
   * A named engineer.
   *
   * @param id the id in the employer's HR system
   * @param name the person's real name, not blank
   * @param employer the parent that employs the person
   * @return the engineer
   */
  public static NamedEngineer of(EngineerId id, String name, PartyId employer) {
    return ImmutableNamedEngineer.of(id, name, employer);
  }

  @Value.Check
  protected void check() {
    Require.notBlank("NamedEngineer.name", name());
    Require.oneLine("NamedEngineer.name", name());
  }

  @Override
  public String label() {
    return name();
  }

  @Override
  public String toString() {
    return name() + " (" + id() + ", " + employer() + ")";
  }
}
