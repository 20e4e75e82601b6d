package dev.dmz.rules.nonpoaching;

import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A command of the non-poaching agreement: a job offer a parent makes. {@link NonPoachingSlice}
 * decides it.
 *
 * <p>Each command is a record. Its {@code of} factory and its canonical constructor make the same
 * checks: a null field is a {@link NullPointerException} and a field out of its range an {@link
 * dev.dmz.core.value.InvalidValueException}, each naming the field. There are no {@code with...}
 * copies: make a new record.
 */
public sealed interface NonPoachingCommand extends Command {
  /**
   * A parent makes a job offer to an engineer; refused for another parent's named engineer during
   * the program and its cooling-off period ({@code DMZ-NON-POACHING-OFFER}).
   *
   * <pre>{@code
   * MakeJobOffer.of(Actor.parent(nordwerk), EngineerId.of("VS-1042"), day)
   * }</pre>
   *
   * @param actor who asks
   * @param engineer the engineer who would receive the offer
   * @param date the effective date
   */
  record MakeJobOffer(Actor actor, EngineerId engineer, LocalDate date) implements NonPoachingCommand {
    public MakeJobOffer {
      Objects.requireNonNull(actor, "MakeJobOffer.actor is null");
      Objects.requireNonNull(engineer, "MakeJobOffer.engineer is null");
      Objects.requireNonNull(date, "MakeJobOffer.date is null");
      Require.plannable("MakeJobOffer.date", date);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static MakeJobOffer of(Actor actor, EngineerId engineer, LocalDate date) {
      return new MakeJobOffer(actor, engineer, date);
    }
  }
}
