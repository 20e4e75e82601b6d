package dev.dmz.core.value;

import static dev.dmz.core.value.Malformed.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Structural checks")
class RequireTest {

  @Test
  @DisplayName("a refusal names the field and quotes a text value")
  void namesFieldAndQuotesText() {
    InvalidValueException e = assertRefused("Party.name must not be blank, was \" \"",
        () -> Require.notBlank("Party.name", " "));
    assertEquals("Party.name", e.field().orElseThrow());
  }

  @Test
  @DisplayName("an identifier may not be padded with white space")
  void identifierNotPadded() {
    assertRefused("PartyId.value must not start or end with white space, was \"oem \"",
        () -> Require.identifier("PartyId.value", "oem "));
    Require.identifier("PartyId.value", "o e m");
  }

  @Test
  @DisplayName("the quiet check of an identifier takes exactly what the check that names the field takes")
  void isIdentifierAsIdentifier() {
    for (String text : List.of("", " ", "oem", "o e m", " oem", "oem ", "\u00a0", "\u200b", "\ufeffoem", "oem\u2003",
        "a\nb", "a\tb", "\u001b[31m", "a\u202eb", "\ud83d\ude00", "\ud83d", "x\ude00", "E-1000", "\u3000", "\u00e9")) {
      boolean taken;
      try {
        Require.identifier("PartyId.value", text);
        taken = true;
      } catch (InvalidValueException e) {
        taken = false;
      }
      assertEquals(taken, Require.isIdentifier(text), text);
    }
  }

  @Test
  @DisplayName("zero is not positive, one cent is")
  void positiveMoney() {
    assertRefused("Milestone.amount must be more than zero, was EUR 0.00",
        () -> Require.positive("Milestone.amount", Money.zero(CurrencyUnit.EUR)));
    Require.positive("Milestone.amount", Money.of(CurrencyUnit.EUR, new BigDecimal("0.01")));
  }

  @Test
  @DisplayName("zero is not negative, minus one is")
  void notNegative() {
    Require.notNegative("x", BigDecimal.ZERO);
    Require.notNegative("n", 0);
    assertRefused("x must not be negative, was -0.5",
        () -> Require.notNegative("x", new BigDecimal("-0.5")));
    assertRefused("n must not be negative, was -1", () -> Require.notNegative("n", -1));
  }

  @Test
  @DisplayName("the same day is not before, the day before is")
  void notBefore() {
    LocalDate day = LocalDate.of(2027, 2, 1);
    Require.notBefore("end", day, "start", day);
    assertRefused("end must not be before start 2027-02-01, was 2027-01-31",
        () -> Require.notBefore("end", day.minusDays(1), "start", day));
  }

  @Test
  @DisplayName("a duplicate is named; an empty collection has none")
  void unique() {
    Require.unique("xs", List.<String>of(), Function.identity());
    assertRefused("xs must not contain a duplicate, was \"b\"",
        () -> Require.unique("xs", List.of("a", "b", "c", "b"), Function.identity()));
  }

  @Test
  @DisplayName("an amount in another currency is named with its currency")
  void currency() {
    assertRefused("m.amount must be in EUR, was USD 5.00",
        () -> Require.inCurrency("m.amount", Money.ofMajor(CurrencyUnit.USD, 5), CurrencyUnit.EUR));
  }

  @Test
  @DisplayName("a date lies in the years 1000 to 9999: the first and last day pass, the days around them do not")
  void plannableDates() {
    Require.plannable("Admit.date", LocalDate.of(1000, 1, 1));
    Require.plannable("Admit.date", LocalDate.of(9999, 12, 31));
    assertRefused("Admit.date must be a date in the years 1000 to 9999, was 0999-12-31",
        () -> Require.plannable("Admit.date", LocalDate.of(999, 12, 31)));
    assertRefused("Admit.date must be a date in the years 1000 to 9999, was +10000-01-01",
        () -> Require.plannable("Admit.date", LocalDate.of(10000, 1, 1)));
    assertRefused("Admit.date must be a date in the years 1000 to 9999, was -999999999-01-01",
        () -> Require.plannable("Admit.date", LocalDate.MIN));
  }

  @Test
  @DisplayName("a number has at most so many digits before and after its point, trailing zeros and exponents counted")
  void digits() {
    Require.digits("Scope", new BigDecimal("999.99"), 3, 2);
    Require.digits("Scope", new BigDecimal("0.01"), 3, 2);
    Require.digits("Scope", new BigDecimal("1E+2"), 3, 2);
    assertRefused("Scope must have at most 3 digits before the point and 2 after it, was 1000",
        () -> Require.digits("Scope", new BigDecimal("1000"), 3, 2));
    assertRefused("Scope must have at most 3 digits before the point and 2 after it, was 1.000",
        () -> Require.digits("Scope", new BigDecimal("1.000"), 3, 2));
    assertRefused("Scope must have at most 3 digits before the point and 2 after it, was 1000",
        () -> Require.digits("Scope", new BigDecimal("1E+3"), 3, 2));
    assertRefused("Scope must have at most 3 digits before the point and 2 after it, was 1E+999999999",
        () -> Require.digits("Scope", new BigDecimal("1E+999999999"), 3, 2));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("unsafe")
  @DisplayName("a one-line text refuses each unsafe character, naming it, and shows the text escaped")
  void oneLine(String value, String message) {
    InvalidValueException e = assertRefused("Party.name must not contain " + message,
        () -> Require.oneLine("Party.name", value));
    assertEquals("Party.name", e.field().orElseThrow());
  }

  static Stream<Arguments> unsafe() {
    return Stream.of(
        Arguments.of("A\nB", "a line break (U+000A), was \"A\\nB\""),
        Arguments.of("A\rB", "a line break (U+000D), was \"A\\rB\""),
        Arguments.of("A\u2028B", "a line break (U+2028), was \"A\\u2028B\""),
        Arguments.of("A\u2029B", "a line break (U+2029), was \"A\\u2029B\""),
        Arguments.of("A\u0085B", "a line break (U+0085), was \"A\\u0085B\""),
        Arguments.of("A\u001b[2JB", "a control character (U+001B), was \"A\\u001b[2JB\""),
        Arguments.of("A\u0000B", "a control character (U+0000), was \"A\\u0000B\""),
        Arguments.of("A\tB", "a control character (U+0009), was \"A\\tB\""),
        Arguments.of("A\u007fB", "a control character (U+007F), was \"A\\u007fB\""),
        Arguments.of("A\u009bB", "a control character (U+009B), was \"A\\u009bB\""),
        Arguments.of("A\u202eB", "a bidirectional control (U+202E), was \"A\\u202eB\""),
        Arguments.of("A\u2066B", "a bidirectional control (U+2066), was \"A\\u2066B\""),
        Arguments.of("A\u200fB", "a bidirectional control (U+200F), was \"A\\u200fB\""),
        Arguments.of("A\u061cB", "a bidirectional control (U+061C), was \"A\\u061cB\""));
  }

  @Test
  @DisplayName("a one-line text may be blank, and may hold any letter, a joiner, a backslash")
  void oneLineAllows() {
    Require.oneLine("x", "");
    Require.oneLine("x", "Zoë Ångström \\ \"q\" \u200d\u00a0");
  }

  @Test
  @DisplayName("a text of several lines allows \\n and no other unsafe character")
  void lines() {
    Require.lines("SignedTerms.terms", "1. Careers.\n2. Workspace.\n");
    assertRefused("SignedTerms.terms must not contain a line break other than \\n (U+000D), was \"1.\\r\\n2.\"",
        () -> Require.lines("SignedTerms.terms", "1.\r\n2."));
    assertRefused("SignedTerms.terms must not contain a line break other than \\n (U+2028), was \"1.\\u20282.\"",
        () -> Require.lines("SignedTerms.terms", "1.\u20282."));
    assertRefused("SignedTerms.terms must not contain a bidirectional control (U+202E), was \"1.\\n\\u202e2.\"",
        () -> Require.lines("SignedTerms.terms", "1.\n\u202e2."));
    assertRefused("SignedTerms.terms must not contain a control character (U+001B), was \"\\u001b\"",
        () -> Require.lines("SignedTerms.terms", "\u001b"));
  }

  @Test
  @DisplayName("an identifier is one line")
  void identifierOneLine() {
    assertRefused("EngineerId.value must not contain a line break (U+000A), was \"VS\\n1042\"",
        () -> Require.identifier("EngineerId.value", "VS\n1042"));
  }

  @Test
  @DisplayName("a value of 70,000 characters gives a message of one short line")
  void longValue() {
    String value = "x".repeat(69_999) + "\n";
    InvalidValueException e = assertRefused("Party.name must not contain a line break (U+000A), was \""
        + "x".repeat(80) + "\"... (69920 more characters)", () -> Require.oneLine("Party.name", value));
    assertTrue(e.getMessage().length() < 200);
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  @DisplayName("a message given whole is made one line of bounded length")
  void wholeMessage() {
    assertEquals("Cannot build X, some of required attributes are not set [a\\nb]",
        new InvalidValueException("Cannot build X, some of required attributes are not set [a\nb]").getMessage());
    assertEquals(1_000 + "... (9000 more characters)".length(),
        new InvalidValueException("y".repeat(10_000)).getMessage().length());
  }

  @Test
  @DisplayName("half of a surrogate pair is refused (UTF-8 cannot write it); a whole pair, an emoji, passes")
  void unpairedSurrogates() {
    assertRefused("Party.name must not contain half of a character, an unpaired surrogate (U+D800), was \"Eve\\ud800\"",
        () -> Require.oneLine("Party.name", "Eve\ud800"));
    assertRefused("Party.name must not contain half of a character, an unpaired surrogate (U+DC00), was \"\\udc00Eve\"",
        () -> Require.oneLine("Party.name", "\udc00Eve"));
    assertRefused("Norms.disputeSettlement must not contain half of a character, an unpaired surrogate (U+D83D), "
        + "was \"a\\ud83d\"", () -> Require.lines("Norms.disputeSettlement", "a\ud83d"));
    Require.oneLine("Party.name", "Eve \ud83d\ude00");
  }

  @Test
  @DisplayName("an amount has at most 30 digits before its point; a cooling-off at most 100 years")
  void readableAmountsAndPeriods() {
    Money largest = Money.of(CurrencyUnit.EUR, new BigDecimal("9".repeat(30) + ".99"));
    Require.positive("Milestone.amount", largest);
    assertRefused("Milestone.amount must have at most 30 digits before the point, was EUR 1" + "0".repeat(30) + ".00",
        () -> Require.positive("Milestone.amount", largest.plus(new BigDecimal("0.01"))));
    Require.atMostYears("NonPoachingAgreement.coolingOff", java.time.Period.ofYears(100), 100);
    Require.atMostYears("NonPoachingAgreement.coolingOff", java.time.Period.of(99, 11, 61), 100);
    assertRefused("NonPoachingAgreement.coolingOff must be a period of at most 100 years, was P100Y1M",
        () -> Require.atMostYears("NonPoachingAgreement.coolingOff", java.time.Period.of(100, 1, 0), 100));
    assertRefused("NonPoachingAgreement.coolingOff must be a period of at most 100 years, was P99Y12M31D",
        () -> Require.atMostYears("NonPoachingAgreement.coolingOff", java.time.Period.of(99, 12, 31), 100));
  }

  @Test
  @DisplayName("a no-break space, a zero-width space or a byte order mark alone is blank, and pads no id")
  void invisibleBlanks() {
    assertRefused("PartyId.value must not be blank, was \"\u00a0\"", () -> Require.identifier("PartyId.value", "\u00a0"));
    assertRefused("PartyId.value must not be blank, was \"\u200b\ufeff\"",
        () -> Require.notBlank("PartyId.value", "\u200b\ufeff"));
    assertRefused("PartyId.value must not start or end with white space, was \"oem\u00a0\"",
        () -> Require.identifier("PartyId.value", "oem\u00a0"));
    assertRefused("PartyId.value must not start or end with white space, was \"\u2003oem\"",
        () -> Require.identifier("PartyId.value", "\u2003oem"));
    Require.identifier("PartyId.value", "o\u00a0e m");
    Require.notBlank("Party.name", "Zoë");
  }
}
