package dev.dmz.core.staffing;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A parent's proposal of a staffing line for the candidate pool. The lead admits engineers only from
 * the pool; a parent may nominate only its own employees (both checked by {@code DMZ-LEAD-ADMITS}).
 *
 * <pre>{@code
 * Nomination.of(jonas, PartyId.of("voltaic"), LocalDate.of(2027, 2, 3))
 * }</pre>
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract class Nomination implements WithNomination {
  Nomination() {}

  /**
   * Who is nominated: a named engineer, or (refused by the rules) a headcount line.
   *
   * @return the line
   */
  @Value.Parameter
  public abstract StaffingLine line();

  /**
   * The parent that nominates.
   *
   * @return the nominating parent
   */
  @Value.Parameter
  public abstract PartyId nominatedBy();

  /**
   * The day of the nomination.
   *
   * @return the day
   */
  @Value.Parameter
  public abstract LocalDate nominatedOn();

  /**
   * A nomination.
   *
   * @param line who is nominated
   * @param nominatedBy the nominating parent
   * @param nominatedOn the day
   * @return the nomination
   */
  public static Nomination of(StaffingLine line, PartyId nominatedBy, LocalDate nominatedOn) {
    return ImmutableNomination.of(line, nominatedBy, nominatedOn);
  }

  @Value.Check
  protected void check() {
    Require.plannable("Nomination.nominatedOn", nominatedOn());
  }
}
