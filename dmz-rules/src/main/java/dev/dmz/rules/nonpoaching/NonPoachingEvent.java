package dev.dmz.rules.nonpoaching;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Event;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An event of the non-poaching agreement.
 *
 * <p>Each event is a record. Its {@code of} factory and its canonical constructor make the same
 * checks: a null field is a {@link NullPointerException} and a field out of its range an {@link
 * dev.dmz.core.value.InvalidValueException}, each naming the field. There are no {@code with...}
 * copies: make a new record.
 */
public sealed interface NonPoachingEvent extends Event {
  /**
   * A parent made a job offer the non-poaching agreement allows.
   *
   * @param party the parent
   * @param engineer the engineer
   * @param date the effective date
   */
  record JobOfferMade(PartyId party, EngineerId engineer, LocalDate date) implements NonPoachingEvent {
    public JobOfferMade {
      Objects.requireNonNull(party, "JobOfferMade.party is null");
      Objects.requireNonNull(engineer, "JobOfferMade.engineer is null");
      Objects.requireNonNull(date, "JobOfferMade.date is null");
      Require.plannable("JobOfferMade.date", date);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static JobOfferMade of(PartyId party, EngineerId engineer, LocalDate date) {
      return new JobOfferMade(party, engineer, date);
    }
  }
}
