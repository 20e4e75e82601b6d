package dev.dmz.rules.program;

import java.time.LocalDate;

/**
 * Something that happened to the program: the outcome of an accepted command, or the record of a
 * refused one ({@link CommandRefused}). The program's state is a fold of its events; replaying the
 * same events on the same charter gives an equal state.
 */
public interface Event {

  /**
   * The day it happened.
   *
   * @return the day
   */
  LocalDate date();
}
