package dev.dmz.core.charter;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * The calendar days the program runs, both the first and the last day included. A program of one
 * day has {@code start == end}.
 *
 * <pre>{@code
 * ProgramPeriod.of(LocalDate.of(2027, 2, 1), LocalDate.of(2028, 7, 31))
 * }</pre>
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract class ProgramPeriod implements WithProgramPeriod {
  ProgramPeriod() {}

  /**
   * The first day of the program.
   *
   * @return the first day, included
   */
  @Value.Parameter
  public abstract LocalDate start();

  /**
   * The last day of the program.
   *
   * @return the last day, included
   */
  @Value.Parameter
  public abstract LocalDate end();

  /**
   * A program period.
   *
   * @param start the first day, included
   * @param end the last day, included; not before {@code start}
   * @return the period
   * @throws dev.dmz.core.value.InvalidValueException if {@code end} is before {@code start}
   */
  public static ProgramPeriod of(LocalDate start, LocalDate end) {
    return ImmutableProgramPeriod.of(start, end);
  }

  /**
   * Whether a day lies in the program, its first and last day included.
   *
   * @param day the day
   * @return true from {@code start} to {@code end}, both included
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  /**
   * How many calendar days the program runs.
   *
   * @return the number of days, at least 1
   */
  public long days() {
    return ChronoUnit.DAYS.between(start(), end()) + 1;
  }

  @Value.Check
  protected void check() {
    Require.plannable("ProgramPeriod.start", start());
    Require.plannable("ProgramPeriod.end", end());
    Require.notBefore("ProgramPeriod.end", end(), "start", start());
  }

  @Override
  public String toString() {
    return start() + ".." + end();
  }
}
