package dev.dmz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Report and TextTable")
class ReportTest {

  @Test
  @DisplayName("wraps a paragraph at 100 columns, with a hanging indent")
  void wraps() {
    String words = "word ".repeat(30).strip();   // 149 characters
    String wrapped = Report.wrap(words, "  ", "    ").replace(System.lineSeparator(), "\n");
    assertEquals("  " + "word ".repeat(19).strip() + "\n    " + "word ".repeat(11).strip() + "\n", wrapped);
  }

  @Test
  @DisplayName("a word longer than a line stays whole")
  void longWord() {
    String word = "x".repeat(120);
    assertEquals(word + "\n", Report.wrap(word, "", "").replace(System.lineSeparator(), "\n"));
  }

  @Test
  @DisplayName("amounts print with their currency and grouped digits, whatever the machine's locale")
  void money() {
    assertEquals("EUR 1,234,567.89", Report.money(Money.ofMinor(CurrencyUnit.EUR, 123_456_789)));
  }

  @Test
  @DisplayName("a table aligns text left and amounts right")
  void table() {
    String table = TextTable.withHeader("For", "Amount").alignRight(1)
        .row("milestone M1", "EUR 250,000.00")
        .row("premium", "EUR 387.10")
        .render("  ").replace(System.lineSeparator(), "\n");
    assertEquals("""
          For                   Amount
          ------------  --------------
          milestone M1  EUR 250,000.00
          premium           EUR 387.10
        """, table);
  }

  @Test
  @DisplayName("a column of sentences wraps at its width, goes on indented under its own column, and keeps"
      + " an amount whole")
  void wrappingColumn() {
    String table = TextTable.withHeader("Date", "What happened").wrapAt(1, 24)
        .row("2027-07-05", "The lead drew EUR 30,000.00 from the risk pool")
        .row("2027-07-06", "Nothing")
        .render("  ").replace(System.lineSeparator(), "\n");
    assertEquals("""
          Date        What happened
          ----------  ------------------------
          2027-07-05  The lead drew
                        EUR 30,000.00 from the
                        risk pool
          2027-07-06  Nothing
        """, table);
  }
}
