package dev.dmz.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A text that is no date")
class DatesTest {

  @Test
  @DisplayName("written YYYY-MM-DD but no day of the calendar: the reason is given")
  void noDayOfTheCalendar() {
    assertEquals("is no day of the calendar (2027 is not a leap year), was \"2027-02-29\"", Dates.notADate("2027-02-29"));
    assertEquals("is no day of the calendar (April has no day 31), was \"2027-04-31\"", Dates.notADate("2027-04-31"));
    assertEquals("is no day of the calendar (a month is from 1 to 12, not 13), was \"2027-13-01\"",
        Dates.notADate("2027-13-01"));
    assertEquals("is no day of the calendar (a day is from 1 to 31, not 32), was \"2027-01-32\"",
        Dates.notADate("2027-01-32"));
  }

  @Test
  @DisplayName("written otherwise: how to write it")
  void writtenOtherwise() {
    assertEquals("must be a date written YYYY-MM-DD, was \"3.2.2027\"", Dates.notADate("3.2.2027"));
    assertEquals("must be a date written YYYY-MM-DD, was \"2027-2-3\"", Dates.notADate("2027-2-3"));
  }
}
