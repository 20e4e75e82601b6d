package dev.dmz.rules;

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

  /**
   * Whether the event moves the program's latest date ({@link ProgramState#lastDate()}), before which
   * no later command may be dated. The events of an accepted command do; a refusal, and what a refusal
   * sets in motion, do not: a refused command never stops a later one.
   *
   * @return true but for a refusal and its consequences
   */
  default boolean movesLatestDate() {
    return true;
  }
}
