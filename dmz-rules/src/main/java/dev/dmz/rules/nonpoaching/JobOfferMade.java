package dev.dmz.rules.nonpoaching;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Event;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A parent made a job offer the non-poaching agreement allows.
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class JobOfferMade implements NonPoachingEvent, WithJobOfferMade {
  JobOfferMade() {}

  /**
   * The parent.
   *
   * @return the parent
   */
  @Value.Parameter
  public abstract PartyId party();

  /**
   * The engineer.
   *
   * @return the engineer
   */
  @Value.Parameter
  public abstract EngineerId engineer();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The event.
   *
   * @param party the parent
   * @param engineer the engineer
   * @param date the effective date
   * @return the event
   */
  public static JobOfferMade of(PartyId party, EngineerId engineer, LocalDate date) {
    return ImmutableJobOfferMade.of(party, engineer, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("JobOfferMade.date", date());
  }
}
