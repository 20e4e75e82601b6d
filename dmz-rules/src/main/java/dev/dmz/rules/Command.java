package dev.dmz.rules;

import java.time.LocalDate;

/**
 * Something an actor asks the program to do, on a given day. Commands are data: a {@link Program}
 * decides on each one (accepted with events, or refused with findings) and records the outcome.
 * The commands of each concept live with its rules: staffing commands in {@code
 * dev.dmz.rules.staffing}, commercial ones in {@code dev.dmz.rules.commercial}, and so on.
 */
public interface Command {

  /**
   * Who asks.
   *
   * @return the actor
   */
  Actor actor();

  /**
   * The day the command takes effect. No rule reads the clock.
   *
   * @return the effective date
   */
  LocalDate date();
}
