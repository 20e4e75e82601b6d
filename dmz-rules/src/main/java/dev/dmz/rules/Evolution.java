package dev.dmz.rules;

import java.util.NoSuchElementException;

/**
 * Evolving: the state after one event. Pure, and without command rules: a refusal changes nothing, and
 * any other event goes to the wall it belongs to, which changes its own part of the state. The program
 * moves its latest date, and checks an amended charter's readiness again (the only rules run here).
 * Use it through {@link RuleBook#evolve(ProgramState, Event)} or {@link Program}.
 */
final class Evolution {
  private Evolution() {}

  static ProgramState apply(ProgramState before, Event event, RuleBook book) {
    try {
      return evolve(before, event, book);
    } catch (NoSuchElementException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("the event " + event + " does not apply to the program's state", e);
    }
  }

  private static ProgramState evolve(ProgramState before, Event event, RuleBook book) {
    if (event instanceof CommandRefused) {
      return before;
    }
    Slice slice = RuleBook.sliceOf(event).orElseThrow(() -> new IllegalArgumentException(
        "not an event of a DMZ program: " + event.getClass().getName()));
    ProgramState state = event.movesLatestDate() ? before.withLastDate(event.date()) : before;
    ProgramState after = slice.evolve(state, event);
    return after.charter() == state.charter() ? after : after.withReadiness(book.check(after.charter()));
  }
}
