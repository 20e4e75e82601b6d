package dev.dmz.rules.staffing;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Event;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A named candidate entered the pool.
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class Nominated implements StaffingEvent, WithNominated {
  Nominated() {}

  /**
   * The candidate.
   *
   * @return the candidate
   */
  @Value.Parameter
  public abstract NamedEngineer candidate();

  /**
   * The nominating parent.
   *
   * @return the nominating parent
   */
  @Value.Parameter
  public abstract PartyId nominatedBy();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The event.
   *
   * @param candidate the candidate
   * @param nominatedBy the nominating parent
   * @param date the effective date
   * @return the event
   */
  public static Nominated of(NamedEngineer candidate, PartyId nominatedBy, LocalDate date) {
    return ImmutableNominated.of(candidate, nominatedBy, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("Nominated.date", date());
  }
}
