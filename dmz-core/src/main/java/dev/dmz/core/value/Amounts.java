package dev.dmz.core.value;

import java.util.Locale;
import java.util.Objects;
import org.joda.money.Money;
import org.joda.money.format.MoneyAmountStyle;
import org.joda.money.format.MoneyFormatter;
import org.joda.money.format.MoneyFormatterBuilder;

/**
 * Amounts as a person reads them in a table or a sentence: the currency, then the amount with its
 * thousands grouped, {@code EUR 250,000.00}. Documents and findings write an amount as dmz reads it back,
 * {@code EUR 250000.00} ({@link Money#toString()}); every report for people shows it grouped, so that
 * the tour, the command line and the examples agree.
 */
public final class Amounts {
  private static final MoneyFormatter GROUPED = new MoneyFormatterBuilder()
      .appendCurrencyCode().appendLiteral(" ")
      .appendAmount(MoneyAmountStyle.ASCII_DECIMAL_POINT_GROUP3_COMMA)
      .toFormatter(Locale.ROOT);

  private Amounts() {}

  /**
   * An amount grouped by thousands.
   *
   * @param amount the amount
   * @return for example {@code EUR 250,000.00}, or {@code EUR -1,500.00}
   */
  public static String grouped(Money amount) {
    Objects.requireNonNull(amount, "amount is null");
    return GROUPED.print(amount);
  }
}
