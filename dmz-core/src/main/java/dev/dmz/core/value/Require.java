package dev.dmz.core.value;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Structural checks for the {@code @Value.Check} methods of value types. Each check either returns
 * quietly or throws {@link InvalidValueException} naming the field ({@code Type.attribute}) and the
 * bad value. These are facts about shape only; DMZ compliance belongs to the rules.
 */
public final class Require {
  /** The first year a date may have: contracts are planned in years of four digits. */
  public static final int FIRST_YEAR = 1000;
  /** The last year a date may have. */
  public static final int LAST_YEAR = 9999;

  private Require() {}

  /**
   * A condition that must hold for a field.
   *
   * @param condition what must be true
   * @param field the field, as {@code Type.attribute}
   * @param problem what is wrong when the condition is false, for example "must not be negative"
   * @param value the offending value, shown in the message
   */
  public static void that(boolean condition, String field, String problem, Object value) {
    if (!condition) {
      throw new InvalidValueException(field, problem, value);
    }
  }

  /**
   * A text that must have at least one character a person sees: white space, the spaces of Unicode
   * (a no-break space, an em space) and invisible format characters (a zero-width space, a byte order
   * mark) alone are blank.
   *
   * @param field the field, as {@code Type.attribute}
   * @param value the text
   */
  public static void notBlank(String field, String value) {
    that(!isAllBlank(value), field, "must not be blank", value);
  }

  /** Whether no character of a text is seen (an empty text too). A loop: it runs for every id made. */
  private static boolean isAllBlank(String value) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (!isBlank(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static boolean isBlank(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
  }

  /**
   * An identifier: not blank, without leading or trailing white space (" 4711" and "4711" would
   * otherwise be two different people), and {@linkplain #oneLine on one line}.
   *
   * @param field the field, as {@code Type.attribute}
   * @param value the identifier
   */
  public static void identifier(String field, String value) {
    notBlank(field, value);
    that(!isBlank(value.codePointAt(0)) && !isBlank(value.codePointBefore(value.length())), field,
        "must not start or end with white space", value);
    oneLine(field, value);
  }

  /**
   * Whether a text is an identifier as {@link #identifier} requires, without a message: for a check
   * that makes the field's name only when it reports a problem ({@link TypedId}).
   *
   * @param value the text
   * @return true if {@link #identifier} takes it
   */
  public static boolean isIdentifier(String value) {
    return !isAllBlank(value) && !isBlank(value.codePointAt(0)) && !isBlank(value.codePointBefore(value.length()))
        && Text.firstUnsafe(value, false) < 0;
  }

  /**
   * A text shown to people on one line, such as a name: it holds no {@linkplain Text#isUnsafe unsafe
   * character}, that is no control character (C0 with tab and line feed, DEL, C1), no line or
   * paragraph separator ({@code U+2028}, {@code U+2029}) and no bidirectional control. The message
   * names the first one: {@code Party.name must not contain a line break (U+000A), was "A\nB"}.
   *
   * @param field the field, as {@code Type.attribute}
   * @param value the text, blank or not
   */
  public static void oneLine(String field, String value) {
    int at = Text.firstUnsafe(value, false);
    if (at >= 0) {
      throw new InvalidValueException(field, "must not contain " + Text.describe(value.charAt(at), false),
          value);
    }
  }

  /**
   * A text that may run over several lines, such as the terms of an agreement: like {@link #oneLine},
   * except that a line feed ({@code \n}, and only it) may separate its lines. Whoever shows such a
   * text to a person escapes or indents its lines.
   *
   * @param field the field, as {@code Type.attribute}
   * @param value the text, blank or not
   */
  public static void lines(String field, String value) {
    int at = Text.firstUnsafe(value, true);
    if (at >= 0) {
      throw new InvalidValueException(field, "must not contain " + Text.describe(value.charAt(at), true),
          value);
    }
  }

  /** The most digits a number dmz writes has before its point, and after it: what every reader takes. */
  public static final int READABLE_DIGITS = 30;

  /** The longest period dmz writes (a cooling-off period), in years. */
  public static final int LONGEST_PERIOD_YEARS = 100;

  /**
   * An amount of money strictly greater than zero, of at most {@value #READABLE_DIGITS} digits before
   * its point (its currency bounds the digits after it), so that it reads back.
   *
   * @param field the field, as {@code Type.attribute}
   * @param amount the amount
   */
  public static void positive(String field, Money amount) {
    that(amount.isPositive(), field, "must be more than zero", amount);
    BigDecimal number = amount.getAmount();
    that(number.precision() - number.scale() <= READABLE_DIGITS, field,
        "must have at most " + READABLE_DIGITS + " digits before the point", amount);
  }

  /**
   * A period of at most so many years, counting a month as a twelfth of a year and 31 days as a month.
   *
   * @param field the field, as {@code Type.attribute}
   * @param period the period
   * @param years the most years
   */
  public static void atMostYears(String field, Period period, int years) {
    that(Dates.spansAtMost(period, years), field, "must be a period of at most " + years + " years", period);
  }

  /**
   * A number strictly greater than zero.
   *
   * @param field the field, as {@code Type.attribute}
   * @param number the number
   */
  public static void positive(String field, BigDecimal number) {
    that(number.signum() > 0, field, "must be more than zero", number);
  }

  /**
   * A number zero or greater.
   *
   * @param field the field, as {@code Type.attribute}
   * @param number the number
   */
  public static void notNegative(String field, BigDecimal number) {
    that(number.signum() >= 0, field, "must not be negative", number);
  }

  /**
   * A whole number zero or greater.
   *
   * @param field the field, as {@code Type.attribute}
   * @param number the number
   */
  public static void notNegative(String field, long number) {
    that(number >= 0, field, "must not be negative", number);
  }

  /**
   * An amount in the currency of the value that holds it: dmz never converts between currencies.
   *
   * @param field the field, as {@code Type.attribute}
   * @param amount the amount
   * @param currency the currency every amount of the enclosing value is in
   */
  public static void inCurrency(String field, Money amount, CurrencyUnit currency) {
    that(amount.getCurrencyUnit().equals(currency), field, "must be in " + currency.getCode(), amount);
  }

  /**
   * A date that must not lie before another one.
   *
   * @param field the later field, as {@code Type.attribute}
   * @param date the later date
   * @param earlierField the name of the earlier field, for the message
   * @param earlier the earlier date
   */
  public static void notBefore(String field, LocalDate date, String earlierField, LocalDate earlier) {
    that(!date.isBefore(earlier), field, "must not be before " + earlierField + " " + earlier, date);
  }

  /**
   * A date a contract can plan for: in the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}. Every
   * date dmz writes is read back so (ISO-8601 writes other years with a sign), and nothing computed
   * from such a date (an end plus a cooling-off period) leaves the calendar.
   *
   * @param field the field, as {@code Type.attribute}
   * @param date the date
   */
  public static void plannable(String field, LocalDate date) {
    that(Dates.isPlannable(date), field, "must be a date in the years " + FIRST_YEAR + " to " + LAST_YEAR, date);
  }

  /**
   * A number of at most so many digits before its decimal point and after it.
   *
   * @param field the field, as {@code Type.attribute}
   * @param number the number
   * @param before the most digits before the point
   * @param after the most digits after the point
   */
  public static void digits(String field, BigDecimal number, int before, int after) {
    int integer = number.precision() - number.scale();
    int fraction = Math.max(number.scale(), 0);
    that(integer <= before && fraction <= after, field,
        "must have at most " + before + " digits before the point and " + after + " after it", number);
  }

  /**
   * Elements of one collection whose keys must all differ, for example the ids of a list of
   * milestones.
   *
   * @param field the collection field, as {@code Type.attribute}
   * @param elements the elements
   * @param key what must be unique among them
   * @param <T> the element type
   * @param <K> the key type
   */
  public static <T, K> void unique(String field, Collection<T> elements, Function<T, K> key) {
    Set<K> seen = new HashSet<>();
    for (T element : elements) {
      K k = key.apply(element);
      that(seen.add(k), field, "must not contain a duplicate", k);
    }
  }
}
