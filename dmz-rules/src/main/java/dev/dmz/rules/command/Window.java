package dev.dmz.rules.command;

import dev.dmz.core.charter.ProgramPeriod;
import java.time.LocalDate;

/**
 * The days a kind of command may be dated on, bounded by the program period (docs/rules.md, Conventions:
 * the program period bounds the work). A command dated outside its window is refused by the rule it
 * concerns, and the finding names the window.
 */
public enum Window {
  /**
   * Within the program period, its first and last day included: admissions, vacancy fills and
   * closures, departures, foreground IP records, risk-pool contributions and draws. (A substitution
   * attempt is refused on any day, for what it is: its date adds no finding.)
   */
  PROGRAM_PERIOD,
  /**
   * Before or within the program period: nominations (the pool forms before the program starts) and
   * amendments of the IP framework (made before anyone enters, often before the start; the contract names
   * no window for them, and one dated after the program would stop every later command).
   */
  UNTIL_PROGRAM_END,
  /**
   * Within the program period or after it (the close-out): milestone acceptances, scope changes,
   * new-baseline signatures and job offers.
   */
  FROM_PROGRAM_START;

  /**
   * Whether a day lies in the window.
   *
   * @param period the program period
   * @param day the day
   * @return true inside the window, its bounds included
   */
  public boolean contains(ProgramPeriod period, LocalDate day) {
    return switch (this) {
      case PROGRAM_PERIOD -> period.contains(day);
      case UNTIL_PROGRAM_END -> !day.isAfter(period.end());
      case FROM_PROGRAM_START -> !day.isBefore(period.start());
    };
  }

  /**
   * The window in words, with its dates.
   *
   * @param period the program period
   * @return for example "the program period, 2027-01-04 to 2027-12-17"
   */
  public String describe(ProgramPeriod period) {
    return switch (this) {
      case PROGRAM_PERIOD -> "the program period, " + period.start() + " to " + period.end();
      case UNTIL_PROGRAM_END -> "up to the program's last day, " + period.end();
      case FROM_PROGRAM_START -> "from the program's first day, " + period.start() + ", on (its close-out included)";
    };
  }

  /**
   * What a date in the window is, for a remedy.
   *
   * @param period the program period
   * @return for example "between 2027-01-04 and 2027-12-17"
   */
  public String remedy(ProgramPeriod period) {
    return switch (this) {
      case PROGRAM_PERIOD -> "between " + period.start() + " and " + period.end();
      case UNTIL_PROGRAM_END -> "on or before " + period.end();
      case FROM_PROGRAM_START -> "on or after " + period.start();
    };
  }
}
