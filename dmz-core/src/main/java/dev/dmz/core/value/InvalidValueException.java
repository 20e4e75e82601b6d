package dev.dmz.core.value;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The one exception of dmz for a structurally malformed value: a blank name, a negative amount, an
 * end before its start, mixed currencies, a duplicate id inside one collection, a required attribute
 * left unset.
 *
 * <p>Its message names the field and the bad value, for example
 * {@code Party.name must not be blank, was "  "}. It is thrown while a value is built, never by a
 * DMZ rule: a charter that breaks the contract (a partisan lead, hourly billing) is a well-formed
 * value, and the rules report what is wrong with it as findings.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * Creates the exception with a complete message. Used by generated builders when a required
   * attribute is missing; project code goes through {@link Require}.
   *
   * @param message the whole message, naming the type and the missing attributes
   */
  public InvalidValueException(String message) {
    super(message);
    this.field = null;
  }

  InvalidValueException(String field, String problem, Object value) {
    super(field + " " + problem + ", was " + quoted(value));
    this.field = field;
  }

  /**
   * The field whose value is malformed, as {@code Type.attribute}.
   *
   * @return the field, or empty when a builder reports required attributes left unset (its message
   *     names them)
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** The most digits a number is written out in plain, in a message; beyond, it is written with an exponent. */
  private static final int PLAIN_DIGITS = 40;

  private static String quoted(Object value) {
    if (value instanceof CharSequence) {
      String text = value.toString().replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
      return "\"" + text + "\"";
    }
    if (value instanceof BigDecimal) {
      // Plain unless that would take more than a line: 1E+400 stays 1E+400 (and 1E+999999999 takes no gigabyte).
      BigDecimal number = (BigDecimal) value;
      return Math.abs((long) number.scale()) <= PLAIN_DIGITS ? number.toPlainString() : number.toString();
    }
    return String.valueOf(value);
  }
}
