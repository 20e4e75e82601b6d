package dev.dmz.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
