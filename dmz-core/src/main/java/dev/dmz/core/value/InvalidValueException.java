package dev.dmz.core.value;

import java.util.Optional;

/**
 * The one exception of dmz for a structurally malformed value: a blank name, a negative amount, an
 * end before its start, mixed currencies, a duplicate id inside one collection, a required attribute
 * left unset.
 *
 * <p>Its message names the field and the bad value, for example
 * {@code Party.name must not be blank, was "  "}. The message is one line of bounded length: the value
 * is shown through {@link Text#shown}, escaped and cut after {@value Text#SHOWN} characters. It is
 * thrown while a value is built, never by a
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
    super(Text.line(message));
    this.field = null;
  }

  InvalidValueException(String field, String problem, Object value) {
    super(field + " " + problem + ", was " + Text.shown(value));
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
}
