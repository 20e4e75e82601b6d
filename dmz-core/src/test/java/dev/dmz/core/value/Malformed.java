package dev.dmz.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;

/** Asserts that building a value fails with the project's exception and an exact message. */
public final class Malformed {
  private Malformed() {}

  /**
   * Runs the build and asserts the exact message of the {@link InvalidValueException} it throws.
   *
   * @param expectedMessage the whole message
   * @param build the build that must fail
   * @return the exception, for further assertions
   */
  public static InvalidValueException assertRefused(String expectedMessage, Runnable build) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build::run);
    assertEquals(expectedMessage, e.getMessage());
    return e;
  }

  /**
   * The unsafe characters a tester put into ids and names, for parameterized tests: the character,
   * what a refusal calls it, and how a message shows it.
   *
   * @return (character, words, escape) triples: a line break, ESC, a right-to-left override, a line
   *     separator and NUL
   */
  public static Stream<Object[]> unsafe() {
    return Stream.of(
        new Object[] {"\n", "a line break (U+000A)", "\\n"},
        new Object[] {"\u001b", "a control character (U+001B)", "\\u001b"},
        new Object[] {"\u202e", "a bidirectional control (U+202E)", "\\u202e"},
        new Object[] {"\u2028", "a line break (U+2028)", "\\u2028"},
        new Object[] {"\u0000", "a control character (U+0000)", "\\u0000"});
  }
}
