package dev.dmz.core.value;

import static dev.dmz.core.value.Malformed.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
}
