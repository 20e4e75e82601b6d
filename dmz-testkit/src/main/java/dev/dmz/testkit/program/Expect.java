package dev.dmz.testkit.program;

import java.util.Objects;
import java.util.function.Supplier;
import org.opentest4j.AssertionFailedError;

/**
 * The assertions the invariants use, so that the testkit needs no particular test framework: a
 * failure is an {@link AssertionFailedError}, which every JUnit Platform engine
 * reports with expected and actual values.
 */
final class Expect {
  private Expect() {}

  static void assertEquals(Object expected, Object actual) {
    assertEquals(expected, actual, "values differ");
  }

  static void assertEquals(Object expected, Object actual, String message) {
    assertEquals(expected, actual, () -> message);
  }

  static void assertEquals(Object expected, Object actual, Supplier<String> message) {
    if (!Objects.equals(expected, actual)) {
      throw new AssertionFailedError(message.get(), expected, actual);
    }
  }

  static void assertTrue(boolean condition, String message) {
    assertTrue(condition, () -> message);
  }

  static void assertTrue(boolean condition, Supplier<String> message) {
    if (!condition) {
      throw new AssertionFailedError(message.get());
    }
  }

  static void assertFalse(boolean condition, String message) {
    assertTrue(!condition, message);
  }

  static void assertFalse(boolean condition, Supplier<String> message) {
    assertTrue(!condition, message);
  }
}
