package dev.dmz.core.charter;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PersonId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import org.immutables.value.Value;

/**
 * The natural person who runs the program with a mandate from every parent. The charter records the
 * lead's employer as it is: whether that employer is neutral is for the rule {@code
 * DMZ-LEAD-NEUTRAL} to say, so a partisan lead (the OEM's own program manager) is representable.
 *
 * <pre>{@code
 * ProgramLead.of(PersonId.of("lead-1"), "Mira Okafor", PartyId.of("okafor-advisory"))
 * }</pre>
 */
@Value.Immutable
@DmzStyle
public abstract class ProgramLead implements WithProgramLead {
  ProgramLead() {}

  /**
   * The lead's id; commands by the lead carry it.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract PersonId id();

  /**
   * The lead's real name.
   *
   * <p>One line: it holds no control character, line break or bidirectional control, which
   * {@link dev.dmz.core.value.Require#oneLine} refuses.
   *
   * @return the name, not blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The organisation that employs the lead: a neutral firm, or (against the rules) a parent.
   *
   * @return the employer's id
   */
  @Value.Parameter
  public abstract PartyId employer();

  /**
   * A program lead.
   *
   * @param id the lead's id
   * @param name the lead's real name, not blank
   * @param employer the organisation that employs the lead
   * @return the lead
   */
  public static ProgramLead of(PersonId id, String name, PartyId employer) {
    return ImmutableProgramLead.of(id, name, employer);
  }

  @Value.Check
  protected void check() {
    Require.notBlank("ProgramLead.name", name());
    Require.oneLine("ProgramLead.name", name());
  }
}
