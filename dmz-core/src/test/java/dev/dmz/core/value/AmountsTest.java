package dev.dmz.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Amounts as people read them")
class AmountsTest {
  @Test
  @DisplayName("grouped by thousands, with the currency's decimals, the sign kept")
  void grouped() {
    assertEquals("EUR 250,000.00", Amounts.grouped(Money.ofMajor(CurrencyUnit.EUR, 250_000)));
    assertEquals("EUR 999.99", Amounts.grouped(Money.parse("EUR 999.99")));
    assertEquals("EUR 1,000.00", Amounts.grouped(Money.parse("EUR 1000")));
    assertEquals("EUR -1,500.50", Amounts.grouped(Money.parse("EUR -1500.50")));
    assertEquals("JPY 1,234,567", Amounts.grouped(Money.parse("JPY 1234567")));
  }
}
