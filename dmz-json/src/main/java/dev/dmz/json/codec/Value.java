package dev.dmz.json.codec;

import dev.dmz.core.value.Dates;
import dev.dmz.core.value.InvalidValueException;
import dev.dmz.core.value.Require;
import dev.dmz.core.value.Text;
import dev.dmz.json.DocumentException;
import dev.dmz.json.syntax.JsonPath;
import dev.dmz.json.syntax.Node;
import dev.dmz.json.syntax.Tree;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * One value of a document being read, with its JSON path: every conversion either returns the typed
 * value or throws a {@link DocumentException} naming the location, the path and the value.
 */
public final class Value {
  /**
   * The longest text an amount may have: a currency code, a space, and at most {@value
   * Require#READABLE_DIGITS} digits each side of a point, with room for a sign. Checked before the
   * number is parsed, whose cost grows with the square of its digits.
   */
  static final int LONGEST_AMOUNT = 3 + 1 + 1 + 2 * Require.READABLE_DIGITS + 1;

  /** The constants of each enum read, by name: looked up once a class, not each time a value is read. */
  private static final ClassValue<Map<String, Enum<?>>> CONSTANTS = new ClassValue<>() {
    @Override
    protected Map<String, Enum<?>> computeValue(Class<?> type) {
      Map<String, Enum<?>> byName = new HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        byName.put(((Enum<?>) constant).name(), (Enum<?>) constant);
      }
      return Map.copyOf(byName);
    }
  };

  private final Tree tree;
  private final int at;

  /**
   * Where the value is: the object or list that holds it ({@code null} at the root), and its name
   * there (or {@code null} for a list's item) or its index. The path's text is made from these only
   * when it is asked for, as for an error: most values are read without one.
   */
  private final Value parent;
  private final String name;
  private final int index;

  private Value(Tree tree, int at, Value parent, String name, int index) {
    this.tree = tree;
    this.at = at;
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /**
   * A member of an object.
   *
   * @param tree the document's tree
   * @param at the member's value's index in the tree
   * @param object the object
   * @param name the member's name
   */
  Value(Tree tree, int at, Value object, String name) {
    this(tree, at, object, name, -1);
  }

  /**
   * The root value of a document.
   *
   * @param node the parsed root
   * @return the value, at path {@code $}
   */
  public static Value root(Node node) {
    return root(Tree.of(node));
  }

  /**
   * The root value of a document.
   *
   * @param tree the document's tree
   * @return the value, at path {@code $}
   */
  public static Value root(Tree tree) {
    return new Value(tree, 0, null, null, -1);
  }

  /**
   * The JSON path, such as {@code $.parties[1].role}.
   *
   * @return the path
   */
  public String path() {
    if (parent == null) {
      return "$";
    }
    return name == null ? JsonPath.item(parent.path(), index) : JsonPath.member(parent.path(), name);
  }

  /**
   * An error about this value.
   *
   * @param problem what is wrong
   * @return the error, to throw
   */
  public DocumentException error(String problem) {
    return tree.error(at, path(), problem);
  }

  /**
   * A text.
   *
   * @return the text
   */
  public String text() {
    String text = tree.text(at);
    if (text != null) {
      return text;
    }
    throw error("must be a text, was " + tree.describe(at));
  }

  /**
   * A text turned into a value by a factory that checks it, such as {@code PartyId::of}.
   *
   * @param <T> the type
   * @param factory the factory
   * @return the value
   */
  public <T> T text(Function<String, T> factory) {
    String text = text();
    try {
      return factory.apply(text);
    } catch (InvalidValueException e) {
      throw error(e.getMessage());
    }
  }

  /**
   * A date, written {@code YYYY-MM-DD}, in the years {@value Require#FIRST_YEAR} to {@value
   * Require#LAST_YEAR}: the dates dmz makes and writes, so that nothing computed from one (an end plus a
   * cooling-off period) leaves the calendar ({@link Dates#parse}).
   *
   * @return the date
   */
  public LocalDate date() {
    String text = text();
    LocalDate date = plainDate(text);
    return date != null ? date : Dates.parse(text, this::error);
  }

  /**
   * A date that {@link Dates#parse} reads, read without its formatter: a text of the form {@code
   * YYYY-MM-DD} in ASCII digits that names a day of the calendar in the years it takes. Any other
   * text, valid or not, is null: {@link Dates#parse} reads it, or says what is wrong with it.
   */
  private static LocalDate plainDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < Require.FIRST_YEAR || year > Require.LAST_YEAR || month < 1 || month > 12 || day < 1
        || day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** The number the ASCII digits of a part of a text write, or -1 if one is not such a digit. */
  private static int digits(String text, int from, int to) {
    int number = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      number = 10 * number + (c - '0');
    }
    return number;
  }

  /**
   * An amount of money, written as currency and number: {@code "EUR 1200.00"}.
   *
   * @return the amount
   */
  public Money money() {
    String text = text();
    if (text.length() > LONGEST_AMOUNT) {
      throw error("must be an amount of at most " + Require.READABLE_DIGITS + " digits before the point, was "
          + Text.quoted(text));
    }
    if (!isAmount(text)) {
      throw error("must be an amount written as currency and number, like \"EUR 1200.00\", was "
          + Text.quoted(text));
    }
    try {
      return Money.parse(text);
    } catch (ArithmeticException e) {
      throw error("has more decimal places than its currency allows, was " + Text.quoted(text));
    } catch (IllegalArgumentException e) {
      throw error("must be an amount written as currency and number, like \"EUR 1200.00\", was "
          + Text.quoted(text));
    }
  }

  /**
   * Whether a text is an amount as dmz writes it: a currency code of three capital letters, one space,
   * an optional minus, digits, and optionally a point with digits ({@code [A-Z]{3} -?[0-9]+(\\.[0-9]+)?}).
   */
  private static boolean isAmount(String text) {
    int length = text.length();
    if (length < 5 || text.charAt(3) != ' ') {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      if (text.charAt(i) < 'A' || text.charAt(i) > 'Z') {
        return false;
      }
    }
    int at = text.charAt(4) == '-' ? 5 : 4;
    int end = digitsFrom(text, at);
    if (end == at) {
      return false;
    }
    if (end == length) {
      return true;
    }
    return text.charAt(end) == '.' && digitsFrom(text, end + 1) == length && end + 1 < length;
  }

  /** Where the ASCII digits of a text that start at an index end. */
  private static int digitsFrom(String text, int from) {
    int at = from;
    while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
    return at;
  }

  /**
   * A currency, by its ISO-4217 code such as {@code EUR}.
   *
   * @return the currency
   */
  public CurrencyUnit currency() {
    String text = text();
    try {
      return CurrencyUnit.of(text);
    } catch (IllegalArgumentException e) {
      throw error("must be an ISO-4217 currency code such as EUR or USD, was " + Text.quoted(text));
    }
  }

  /**
   * A period of years, months and days in ISO-8601, such as {@code P6M}.
   *
   * @return the period
   */
  public Period period() {
    String text = text();
    Period period;
    try {
      period = Period.parse(text);
    } catch (DateTimeParseException e) {
      throw error("must be a period such as P6M or P1Y, was " + Text.quoted(text));
    }
    if (!Dates.spansAtMost(period, Require.LONGEST_PERIOD_YEARS)) {
      throw error("must be a period of at most " + Require.LONGEST_PERIOD_YEARS + " years, was "
          + Text.quoted(text));
    }
    return period;
  }

  /**
   * A number, exactly as written.
   *
   * @return the number
   */
  public BigDecimal decimal() {
    BigDecimal number = tree.number(at);
    if (number != null) {
      return number;
    }
    throw error("must be a number, was " + tree.describe(at));
  }

  /**
   * A whole number.
   *
   * @return the number
   */
  public long integer() {
    BigDecimal number = decimal();
    try {
      return number.longValueExact();
    } catch (ArithmeticException e) {
      throw error("must be a whole number, was " + number);
    }
  }

  /**
   * A whole number that fits an {@code int}.
   *
   * @return the number
   */
  public int smallInteger() {
    long number = integer();
    if (number != (int) number) {
      throw error("must be a whole number below 2^31, was " + number);
    }
    return (int) number;
  }

  /**
   * {@code true} or {@code false}.
   *
   * @return the value
   */
  public boolean bool() {
    if (tree.isBoolean(at)) {
      return tree.isTrue(at);
    }
    throw error("must be true or false, was " + tree.describe(at));
  }

  /**
   * One of an enum's constants, by its exact name.
   *
   * @param <E> the enum
   * @param type the enum's class
   * @return the constant
   */
  public <E extends Enum<E>> E choice(Class<E> type) {
    String text = text();
    Enum<?> constant = CONSTANTS.get(type).get(text);
    if (constant == null) {
      throw error("must be one of " + Arrays.stream(type.getEnumConstants())
          .map(Enum::name).collect(Collectors.joining(", ")) + ", was " + Text.quoted(text));
    }
    return type.cast(constant);
  }

  /**
   * An object, read field by field. When the reader is done, a field it did not ask for is an error,
   * and so is a value the domain refuses (reported at this object).
   *
   * @param <T> the type read
   * @param reader reads the fields
   * @return the value read
   */
  public <T> T object(Function<Fields, T> reader) {
    if (!tree.isObject(at)) {
      throw error("must be an object, was " + tree.describe(at));
    }
    Fields fields = new Fields(tree, at, this);
    T value;
    try {
      value = reader.apply(fields);
    } catch (InvalidValueException e) {
      throw fields.member(attribute(e)).map(v -> v.error(e.getMessage())).orElseGet(() -> error(e.getMessage()));
    }
    fields.checkNoOthers(reader);
    return value;
  }

  /** The attribute a domain check names, {@code amount} of {@code Milestone.amount}, if any. */
  private static String attribute(InvalidValueException e) {
    String field = e.field().orElse("");
    String attribute = field.substring(field.indexOf('.') + 1);
    int end = attribute.indexOf('[');
    return end < 0 ? attribute : attribute.substring(0, end);
  }

  /**
   * A list, read item by item.
   *
   * @param <T> the item type
   * @param reader reads one item
   * @return the items, in order
   */
  public <T> List<T> list(Function<Value, T> reader) {
    if (!tree.isList(at)) {
      throw error("must be a list, was " + tree.describe(at));
    }
    int size = tree.size(at);
    List<T> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(reader.apply(new Value(tree, tree.item(at, i), this, null, i)));
    }
    return values;
  }
}
