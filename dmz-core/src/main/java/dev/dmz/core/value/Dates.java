package dev.dmz.core.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a text that should be a date, in words: a text written YYYY-MM-DD that names no
 * day of the calendar ({@code 2027-02-29}) is told so, with the reason, rather than told to be written
 * the way it already is.
 */
public final class Dates {
  private static final Pattern WRITTEN = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
  private static final Pattern LEAP = Pattern.compile("Invalid date 'February 29' as '(-?[0-9]+)' is not a leap year");
  private static final Pattern DAY = Pattern.compile("Invalid date '([A-Z]+) ([0-9]+)'");
  private static final Pattern RANGE =
      Pattern.compile("Invalid value for (MonthOfYear|DayOfMonth) \\(valid values 1 - (?:[0-9]+/)?([0-9]+)\\): ([0-9]+)");

  private Dates() {}

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
