package dev.dmz.core.value;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Text that reaches a person: which characters a value of dmz may not hold, and how a value is shown
 * in a message. Every message of dmz that names a value (an {@link InvalidValueException}, dmz-json's
 * {@code DocumentException}, the command line's error line) shows it through this class, so that a
 * value can neither forge a second line nor send a terminal escape, however it was made.
 *
 * <p><b>Unsafe characters</b> are those a value shown to a person must not hold:
 * <ul>
 *   <li>control characters: C0 ({@code U+0000} to {@code U+001F}: NUL, tab, line feed, carriage
 *       return, ESC ...), DEL ({@code U+007F}) and C1 ({@code U+0080} to {@code U+009F});</li>
 *   <li>the line and paragraph separators {@code U+2028} and {@code U+2029};</li>
 *   <li>the bidirectional controls, which can make a terminal show text in another order than it has:
 *       {@code U+061C}, {@code U+200E}, {@code U+200F}, {@code U+202A} to {@code U+202E} and
 *       {@code U+2066} to {@code U+2069}.</li>
 * </ul>
 * Every other character is shown as it is, accented letters and all scripts included. The value
 * types refuse unsafe characters where they are made ({@link Require#oneLine}, {@link Require#lines}).
 *
 * <p><b>A value in a message</b> is escaped as a Java string literal would be ({@code \n}, {@code \t},
 * {@code \r}, {@code \b}, {@code \f}, {@code \"}, {@code \\}, and <code>&#92;u</code> with four hex
 * digits for any other unsafe character: ESC reads <code>&#92;u001b</code>), and cut after
 * {@value #SHOWN} characters (code points): a value of 70,000 characters reads
 * {@code "aaaa...aaaa"... (69920 more characters)}.
 *
 * <pre>
 * Text.quoted("VS\n1042")        // "VS\n1042", with the quotes, on one line
 * Text.quoted("C:\\temp")        // "C:\\temp": the backslash escaped too
 * Text.oneLine("Jonas\nBrandt")  // Jonas\nBrandt: no quotes, a backslash stays as it is
 * </pre>
 */
public final class Text {
  /** How many characters (code points) of a value a message shows; the rest is counted, not shown. */
  public static final int SHOWN = 80;

  /** How many characters (code points) {@link #line} keeps of a whole line; the rest is counted. */
  public static final int LINE = 1_000;

  /** The most digits of a number's scale that are written out in plain; beyond, with an exponent. */
  private static final int PLAIN_DIGITS = 40;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Text() {}

  /**
   * Whether a character is unsafe: a control character (C0, DEL, C1), a line or paragraph separator,
   * or a bidirectional control.
   *
   * @param c the character
   * @return true if a value shown to a person must not hold it
   */
  public static boolean isUnsafe(char c) {
    if (c < 0x7f) {
      return c < 0x20;
    }
    return c <= 0x9f || c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x2028 && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * The index of the first unsafe character of a text, a line feed counting as unsafe or not.
   *
   * @param text the text
   * @param lineFeeds whether a line feed ({@code \n}) is allowed
   * @return the index, or -1 if the text holds none
   */
  static int firstUnsafe(CharSequence text, boolean lineFeeds) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        continue; // printable ASCII, nearly every character of a finding or a name: safe, and one test
      }
      if ((isUnsafe(c) && !(lineFeeds && c == '\n')) || isUnpaired(text, i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the character at an index is half of a surrogate pair without its other half: no
   * character at all, which UTF-8 cannot write (it would be written as "?", and read back as another
   * text).
   *
   * @param text the text
   * @param at the index
   * @return true for an unpaired surrogate
   */
  static boolean isUnpaired(CharSequence text, int at) {
    char c = text.charAt(at);
    if (Character.isHighSurrogate(c)) {
      return at + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(at + 1));
    }
    return Character.isLowSurrogate(c) && (at == 0 || !Character.isHighSurrogate(text.charAt(at - 1)));
  }

  /**
   * What an unsafe character is, in words, for a message: {@code "a line break (U+000A)"}.
   *
   * @param c the unsafe character
   * @param lineFeeds whether the text may break lines with a line feed (then another line break is
   *     "a line break other than \n")
   * @return the words
   */
  static String describe(char c, boolean lineFeeds) {
    String code = "(U+" + hex(c).toUpperCase(Locale.ROOT) + ")";
    if (Character.isSurrogate(c)) {
      return "half of a character, an unpaired surrogate " + code;
    }
    if (c == '\n' || c == 0x0b || c == '\f' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029) {
      return lineFeeds ? "a line break other than \\n " + code : "a line break " + code;
    }
    if (c > 0x9f) {
      return "a bidirectional control " + code;
    }
    return "a control character " + code;
  }

  /**
   * A text escaped as a Java string literal would be, without the quotes and without a cut: the
   * unsafe characters, the backslash and the double quote.
   *
   * @param text the text
   * @return the escaped text, free of unsafe characters
   */
  public static String escape(CharSequence text) {
    return escape(text, 0, text.length(), true);
  }

  /**
   * A text as a message shows it: in double quotes, {@linkplain #escape escaped}, its first
   * {@value #SHOWN} characters, then how many more it has: {@code "aaa"... (920 more characters)}.
   *
   * @param text the text
   * @return the text, quoted, on one line and of bounded length
   */
  public static String quoted(CharSequence text) {
    int end = cut(text, SHOWN);
    return "\"" + escape(text, 0, end, true) + "\"" + more(text, end);
  }

  /**
   * Any value as a message shows it: a text {@linkplain #quoted quoted}, a decimal number in plain
   * digits, anything else (an id, an amount, a date) as its {@code toString()}, escaped and cut like
   * a text but without quotes.
   *
   * @param value the value
   * @return the value, on one line and of bounded length
   */
  public static String shown(Object value) {
    if (value instanceof CharSequence) {
      return quoted((CharSequence) value);
    }
    if (value instanceof BigDecimal) {
      // Plain unless that would be long: 1E+400 stays 1E+400 (and 1E+999999999 takes no gigabyte).
      BigDecimal number = (BigDecimal) value;
      return bare(Math.abs((long) number.scale()) <= PLAIN_DIGITS ? number.toPlainString() : number.toString());
    }
    return bare(String.valueOf(value));
  }

  /**
   * A text as a message shows it where quotes would be in the way (an id in a field's name, a YAML
   * tag): {@linkplain #escape escaped} and cut as by {@link #quoted}, without the quotes.
   *
   * @param text the text
   * @return the text, on one line and of bounded length
   */
  public static String bare(CharSequence text) {
    int end = cut(text, SHOWN);
    return escape(text, 0, end, true) + more(text, end);
  }

  /**
   * A text on one line for a terminal: each unsafe character escaped as in {@link #escape}, every
   * other character (a backslash, a quote) as it is; nothing is cut. A text free of unsafe
   * characters comes back equal, so that escaping twice changes nothing.
   *
   * @param text the text, for example a table's cell
   * @return the text without unsafe characters
   */
  public static String oneLine(CharSequence text) {
    return escape(text, 0, text.length(), false);
  }

  /**
   * A whole line of a message, such as the command line's error line: {@linkplain #oneLine on one
   * line}, and cut after {@value #LINE} characters.
   *
   * @param text the line
   * @return the line, without unsafe characters and of bounded length
   */
  public static String line(CharSequence text) {
    int end = cut(text, LINE);
    return escape(text, 0, end, false) + more(text, end);
  }

  /** The index after the first {@code max} code points of a text, or its length if it has fewer. */
  private static int cut(CharSequence text, int max) {
    int n = text.length();
    if (n <= max) {
      return n;
    }
    int end = 0;
    for (int shown = 0; shown < max && end < n; shown++) {
      end += Character.isHighSurrogate(text.charAt(end)) && end + 1 < n
          && Character.isLowSurrogate(text.charAt(end + 1)) ? 2 : 1;
    }
    return end;
  }

  private static String more(CharSequence text, int end) {
    if (end == text.length()) {
      return "";
    }
    long more = text.subSequence(end, text.length()).codePoints().count();
    return "... (" + more + " more characters)";
  }

  private static String escape(CharSequence text, int from, int to, boolean literal) {
    StringBuilder out = null;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      String escaped = isUnpaired(text, i) ? "\\u" + hex(c) : escape(c, literal);
      if (escaped != null && out == null) {
        out = new StringBuilder(to - from + 16).append(text, from, i);
      }
      if (out != null) {
        if (escaped == null) {
          out.append(c);
        } else {
          out.append(escaped);
        }
      }
    }
    return out == null ? text.subSequence(from, to).toString() : out.toString();
  }

  /** The escape of one character, or null when it is shown as it is. */
  private static String escape(char c, boolean literal) {
    if (literal && (c == '\\' || c == '"')) {
      return "\\" + c;
    }
    if (!isUnsafe(c)) {
      return null;
    }
    switch (c) {
      case '\n':
        return "\\n";
      case '\t':
        return "\\t";
      case '\r':
        return "\\r";
      case '\b':
        return "\\b";
      case '\f':
        return "\\f";
      default:
        return "\\u" + hex(c);
    }
  }

  private static String hex(char c) {
    return new String(new char[] {HEX[c >> 12 & 0xf], HEX[c >> 8 & 0xf], HEX[c >> 4 & 0xf], HEX[c & 0xf]});
  }
}
