package dev.dmz.rules.commercial;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Event;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A parent signed the new baseline of a re-opened arrangement.
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class BaselineSigned implements CommercialEvent, WithBaselineSigned {
  BaselineSigned() {}

  /**
   * The parent.
   *
   * @return the parent
   */
  @Value.Parameter
  public abstract PartyId party();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The event.
   *
   * @param party the parent
   * @param date the effective date
   * @return the event
   */
  public static BaselineSigned of(PartyId party, LocalDate date) {
    return ImmutableBaselineSigned.of(party, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("BaselineSigned.date", date());
  }
}
