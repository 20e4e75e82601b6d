package dev.dmz.testkit.property;

/** How values appear in a property's messages: whole up to a length, then cut and said so. */
final class Text {
  private Text() {}

  /**
   * The value's text, cut at {@code max} characters.
   *
   * @param value the value, or null
   * @param max the most characters shown
   */
  static String shown(Object value, int max) {
    String text;
    try {
      text = String.valueOf(value);
    } catch (RuntimeException e) {
      text = "(a " + value.getClass().getName() + " whose toString threw " + e + ")";
    }
    return text.length() <= max ? text : text.substring(0, max) + "... (" + (text.length() - max) + " more characters)";
  }

  /** The text with each line indented by the prefix. */
  static String indented(String text, String prefix) {
    return prefix + text.replace("\n", "\n" + prefix);
  }
}
