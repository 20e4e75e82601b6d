package dev.dmz.testkit.property;

/**
 * How values appear in a property's report: whole up to a length, then cut and said so. Unlike
 * {@code dev.dmz.core.value.Text}, which makes one escaped line of a value for a message, a
 * counterexample keeps its lines (a command sequence shows one command a line) and its length (8,000
 * characters): it is read by the engineer whose test failed, not printed to a user's terminal.
 */
final class Shown {
  private Shown() {}

  /**
   * The value's text, cut at {@code max} characters.
   *
   * @param value the value, or null
   * @param max the most characters shown
   */
  static String value(Object value, int max) {
    String text;
    try {
      text = String.valueOf(value);
    } catch (RuntimeException e) {
      text = "(a " + value.getClass().getName() + " whose toString threw " + e + ")";
    }
    return text.length() <= max ? text
        : text.substring(0, max) + "... (" + (text.length() - max) + " more characters)";
  }

  /** The text with each line indented by the prefix. */
  static String indented(String text, String prefix) {
    return prefix + text.replace("\n", "\n" + prefix);
  }
}
