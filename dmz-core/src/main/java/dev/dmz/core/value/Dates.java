package dev.dmz.core.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and periods as a contract plans them: read from text in one place (the documents' reader and
 * the command line's options alike), and bounded as {@link Require} bounds them where values are made.
 * What is wrong is said in words: a text written YYYY-MM-DD that names no day of the calendar ({@code
 * 2027-02-29}) is told so, with the reason, rather than told to be written the way it already is.
 */
public final class Dates {
  private static final Pattern WRITTEN = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
  private static final Pattern LEAP = Pattern.compile("Invalid date 'February 29' as '(-?[0-9]+)' is not a leap year");
  private static final Pattern DAY = Pattern.compile("Invalid date '([A-Z]+) ([0-9]+)'");
  private static final Pattern RANGE =
      Pattern.compile("Invalid value for (MonthOfYear|DayOfMonth) \\(valid values 1 - (?:[0-9]+/)?([0-9]+)\\): ([0-9]+)");

  private Dates() {}

  /**
   * Reads a date a contract can plan for: written {@code YYYY-MM-DD}, a day of the calendar, in the
   * years {@value Require#FIRST_YEAR} to {@value Require#LAST_YEAR}.
   *
   * <pre>{@code
   * LocalDate day = Dates.parse(text, problem -> new IllegalArgumentException("--from " + problem));
   * }</pre>
   *
   * @param text the text
   * @param refusal makes the exception to throw from what is wrong, such as {@code must be a date
   *     written YYYY-MM-DD, was "3.2.2027"}
   * @return the date
   */
  public static LocalDate parse(String text, Function<String, ? extends RuntimeException> refusal) {
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw refusal.apply(notADate(text));
    }
    if (!isPlannable(date)) {
      throw refusal.apply("must be a date in the years " + Require.FIRST_YEAR + " to " + Require.LAST_YEAR
          + ", was " + Text.quoted(text));
    }
    return date;
  }

  /**
   * Whether a date lies in the years a contract can plan for, {@value Require#FIRST_YEAR} to {@value
   * Require#LAST_YEAR}.
   *
   * @param date the date
   * @return true if it does
   */
  public static boolean isPlannable(LocalDate date) {
    return date.getYear() >= Require.FIRST_YEAR && date.getYear() <= Require.LAST_YEAR;
  }

  /**
   * Whether a period lasts at most so many years, counting a month as a twelfth of a year and 31 days
   * as a month.
   *
   * @param period the period
   * @param years the most years
   * @return true if it does
   */
  public static boolean spansAtMost(Period period, int years) {
    return Math.abs(period.toTotalMonths()) + Math.abs((long) period.getDays()) / 31 <= 12L * years;
  }

  /**
   * The problem of a text that could not be read as a date.
   *
   * @param text the text
   * @return for example {@code "is no day of the calendar (2027 is not a leap year), was \"2027-02-29\""}
   *     or {@code "must be a date written YYYY-MM-DD, was \"3.2.2027\""}
   */
  public static String notADate(String text) {
    Matcher written = WRITTEN.matcher(text);
    if (written.matches()) {
      try {
        LocalDate.of(Integer.parseInt(written.group(1)), Integer.parseInt(written.group(2)),
            Integer.parseInt(written.group(3)));
      } catch (DateTimeException e) {
        return "is no day of the calendar (" + reason(e.getMessage()) + "), was " + Text.quoted(text);
      }
    }
    return "must be a date written YYYY-MM-DD, was " + Text.quoted(text);
  }

  /** The JDK's reason, in the project's words where it has a usual form. */
  private static String reason(String message) {
    Matcher leap = LEAP.matcher(message);
    if (leap.matches()) {
      return leap.group(1) + " is not a leap year";
    }
    Matcher day = DAY.matcher(message);
    if (day.matches()) {
      return day.group(1).charAt(0) + day.group(1).substring(1).toLowerCase(Locale.ROOT) + " has no day "
          + day.group(2);
    }
    Matcher range = RANGE.matcher(message);
    if (range.matches()) {
      return (range.group(1).equals("MonthOfYear") ? "a month" : "a day") + " is from 1 to " + range.group(2)
          + ", not " + range.group(3);
    }
    return message;
  }
}
