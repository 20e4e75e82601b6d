package dev.dmz.core.party;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import org.immutables.value.Value;

/**
 * A parent of the program: a company that signs the charter, as the OEM or as a supplier.
 *
 * <pre>{@code
 * Party oem = Party.of(PartyId.of("nordwerk"), "Nordwerk Automotive AG", PartyRole.OEM);
 * }</pre>
 */
@Value.Immutable
@DmzStyle
public abstract class Party implements WithParty {
  Party() {}

  /**
   * The party's id, unique among the parents of one charter.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract PartyId id();

  /**
   * The registered name of the company.
   *
   * <p>One line: it holds no control character, line break or bidirectional control, which
   * {@link dev.dmz.core.value.Require#oneLine} refuses.
   *
   * @return the name, not blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The role in which the party signs.
   *
   * @return the role
   */
  @Value.Parameter
  public abstract PartyRole role();

  /**
   * A parent of the program.
   *
   * @param id the party's id
   * @param name the company's name, not blank
   * @param role OEM or supplier
   * @return the party
   * @throws dev.dmz.core.value.InvalidValueException if the name is blank
   */
  public static Party of(PartyId id, String name, PartyRole role) {
    return ImmutableParty.of(id, name, role);
  }

  /**
   * A builder, for those who prefer named attributes.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Party}; every attribute is required. */
  public static final class Builder extends ImmutableParty.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Require.notBlank("Party.name", name());
    Require.oneLine("Party.name", name());
  }
}
