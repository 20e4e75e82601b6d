package dev.dmz.examples;

/**
 * One runnable scenario of the tour: a DMZ program (or a charter that is not one yet) and the
 * questions the rules answer about it. Each scenario is also a program of its own: its {@code main}
 * prints it alone, as {@link Tour} prints them all.
 */
interface Scenario {

  /**
   * The scenario's title, as the tour's heading shows it.
   *
   * @return the title
   */
  String title();

  /**
   * Plays the scenario and prints what happens.
   *
   * @param report where to print
   */
  void tell(Report report);
}
