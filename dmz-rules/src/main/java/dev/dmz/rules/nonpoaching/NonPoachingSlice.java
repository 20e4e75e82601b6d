package dev.dmz.rules.nonpoaching;

import dev.dmz.rules.Command;
import dev.dmz.rules.Event;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.Slice;
import dev.dmz.rules.nonpoaching.NonPoachingCommand.MakeJobOffer;
import dev.dmz.rules.nonpoaching.NonPoachingEvent.JobOfferMade;
import java.util.List;

/**
 * The non-poaching agreement: the charter's agreement ({@code DMZ-NON-POACHING}) and the job offers
 * parents make ({@code DMZ-NON-POACHING-OFFER}; the question "may we make this offer?" is the query
 * {@link JobOffers}). An offer that went through changes nothing the rules decide on: the wall has
 * no part of the program's state, and its event stays in the history.
 */
public final class NonPoachingSlice extends Slice {
  /** The wall. */
  public static final Slice SLICE = new NonPoachingSlice();

  private NonPoachingSlice() {
    super(NonPoachingCommand.class, NonPoachingEvent.class, List.of(NonPoachingRule.RULE),
        List.of(NonPoachingOfferRule.RULE));
  }

  @Override
  public List<Event> effects(ProgramState state, Command command) {
    if (command instanceof MakeJobOffer offer) {
      return List.of(JobOfferMade.of(state.parentOf(offer.actor()).orElseThrow(), offer.engineer(), offer.date()));
    }
    throw new IllegalArgumentException("not a non-poaching command: " + command);
  }

  @Override
  public ProgramState evolve(ProgramState state, Event event) {
    if (event instanceof JobOfferMade) {
      return state;
    }
    throw new IllegalArgumentException("not a non-poaching event: " + event);
  }
}
