package dev.dmz.json.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.core.value.Dates;
import dev.dmz.json.DocumentException;
import dev.dmz.json.syntax.Location;
import dev.dmz.json.syntax.Node.TextNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Dates and amounts are read by hand, without a formatter or a regular expression, where the text is
 * the plain form dmz writes; whatever else the text, the reading is the one it replaces. Checked
 * against that reading on texts near every edge.
 */
@DisplayName("Dates and amounts read by hand, as the formatter and the expression read them")
class QuickReadingTest {
  private static final Location AT = new Location("t.json", 1, 1);
  private static final Pattern AMOUNT = Pattern.compile("[A-Z]{3} -?[0-9]+(\\.[0-9]+)?");

  private static Value text(String text) {
    return Value.root(new TextNode(text, AT));
  }

  /** What a reading returns, or the message it refuses the text with. */
  private static String outcome(Function<String, Object> reading, String text) {
    try {
      return "read " + reading.apply(text);
    } catch (DocumentException e) {
      return e.getMessage();
    }
  }

  @Test
  @DisplayName("a date: every day of four years around the limits and leap days, and malformed texts")
  void dates() {
    List<String> texts = new ArrayList<>();
    for (int year : new int[] {999, 1000, 1900, 2000, 2027, 2028, 9999}) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          texts.add(String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day));
        }
      }
    }
    texts.addAll(List.of("", "2027-1-01", "2027-01-1", "+2027-01-01", "-2027-01-01", "10000-01-01", "+10000-01-01",
        "2027/01/01", "2027-01-01 ", " 2027-01-01", "2027-0a-01", "20a7-01-01", "\uff12027-01-01", "2027-01-0\u0661",
        "0000-01-01", "2027-02-29", "2028-02-29", "2027-04-31", "2027-01-01T00:00"));
    for (String text : texts) {
      assertEquals(outcome(t -> Dates.parse(t, text(t)::error), text), outcome(t -> text(t).date(), text), text);
    }
    assertEquals(LocalDate.of(2028, 2, 29), text("2028-02-29").date());
  }

  @Test
  @DisplayName("an amount: the texts the expression takes, and the ones it refuses")
  void amounts() {
    List<String> texts = List.of("EUR 5", "EUR 5.00", "EUR -5.00", "EUR 0.5", "EUR 1200.00", "JPY 100", "EUR 5.",
        "EUR .5", "EUR -.5", "EUR -", "EUR ", "EUR", "EU 5.00", "EURO 5.00", "eur 5.00", "EUR  5.00", "EUR +5.00",
        "EUR 5.00 ", " EUR 5.00", "EUR 5,00", "EUR 1_000.00", "EUR 5.0.0", "EUR 5..0", "EUR --5", "EUR 5-",
        "EUR \u0665", "\u00c9UR 5.00", "EUR\t5.00", "XXX 5.00", "EUR 5.001", "EUR 5.000", "EUR -0.00", "ABC 5.00");
    for (String text : texts) {
      assertEquals(outcome(QuickReadingTest::money, text), outcome(t -> text(t).money(), text), text);
    }
  }

  /** The reading by the expression that the hand-written check replaced. */
  private static Money money(String text) {
    Value value = text(text);
    if (!AMOUNT.matcher(text).matches()) {
      throw value.error("must be an amount written as currency and number, like \"EUR 1200.00\", was "
          + dev.dmz.core.value.Text.quoted(text));
    }
    try {
      return Money.parse(text);
    } catch (ArithmeticException e) {
      throw value.error("has more decimal places than its currency allows, was " + dev.dmz.core.value.Text.quoted(text));
    } catch (IllegalArgumentException e) {
      throw value.error("must be an amount written as currency and number, like \"EUR 1200.00\", was "
          + dev.dmz.core.value.Text.quoted(text));
    }
  }
}
