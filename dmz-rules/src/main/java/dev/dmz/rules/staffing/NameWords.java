package dev.dmz.rules.staffing;

import java.util.Locale;
import java.util.Set;

/**
 * A name's or an HR id's words, as {@link Identification} compares them: the text in lower case
 * ({@link String#toLowerCase(Locale) toLowerCase(Locale.ROOT)}), its runs of letters and numbers
 * ({@code [\p{L}\p{N}]+}) joined by one space. "N. N." has the words "n n"; "Senior Developer #3"
 * has "senior developer 3".
 *
 * <p>Two paths give one answer. Text that is all ASCII (most HR ids and names) is
 * read in place: no lower-cased copy, no word list, nothing allocated; every nomination and
 * substitution pays for this check. Any other text is lower-cased and split as the definition
 * says, since a code point's own lower case is not always the string's (the capital dotted I, for
 * one, becomes two characters in a lower-cased string). {@code NameWordsTest} holds the two paths
 * to the same answers.
 */
final class NameWords {
  private final Set<String> phrases;
  /** {@code byLength[n]}: the phrases of {@code n} characters; none longer than the array. */
  private final String[][] byLength;

  private NameWords(Set<String> phrases) {
    this.phrases = Set.copyOf(phrases);
    int longest = phrases.stream().mapToInt(String::length).max().orElse(0);
    this.byLength = new String[longest + 1][];
    for (int n = 0; n <= longest; n++) {
      int length = n;
      byLength[n] = phrases.stream().filter(phrase -> phrase.length() == length).toArray(String[]::new);
    }
  }

  /**
   * Phrases to look words up in.
   *
   * @param phrases lower-case words, each joined to the next by one space
   * @return a lookup of those phrases
   */
  static NameWords of(Set<String> phrases) {
    return new NameWords(phrases);
  }

  /**
   * Whether the text's words, all of them together, are one of the phrases.
   *
   * @param text a name or an id
   * @return true when the words of the text are a phrase
   */
  boolean isAll(String text) {
    if (!isAscii(text)) {
      return phrases.contains(wordsOf(text));
    }
    int length = asciiWordsLength(text);
    if (length >= byLength.length) {
      return false;
    }
    for (String phrase : byLength[length]) {
      if (asciiWordsEqual(text, phrase)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether one of the text's words, taken alone, is one of the phrases. A text without words holds
   * none, not even the empty phrase.
   *
   * @param text a name
   * @return true when a word of the text is a phrase
   */
  boolean holdsAny(String text) {
    if (!isAscii(text)) {
      for (String word : wordsOf(text).split(" ")) {
        if (!word.isEmpty() && phrases.contains(word)) {
          return true;
        }
      }
      return false;
    }
    int start = 0;
    while (start < text.length()) {
      if (!isAsciiLetterOrDigit(text.charAt(start))) {
        start++;
        continue;
      }
      int end = start + 1;
      while (end < text.length() && isAsciiLetterOrDigit(text.charAt(end))) {
        end++;
      }
      if (isWordAPhrase(text, start, end)) {
        return true;
      }
      start = end;
    }
    return false;
  }

  /**
   * The words of a text, by the definition: lower-cased, runs of letters and numbers, one space
   * between them, none at either end. Empty when the text holds no letter or number.
   *
   * @param text any text
   * @return its words
   */
  static String wordsOf(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder words = new StringBuilder(lower.length());
    boolean separated = false;
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      i += Character.charCount(c);
      if (isLetterOrNumber(c)) {
        if (separated && words.length() > 0) {
          words.append(' ');
        }
        words.appendCodePoint(c);
        separated = false;
      } else {
        separated = true;
      }
    }
    return words.toString();
  }

  private boolean isWordAPhrase(String text, int start, int end) {
    int length = end - start;
    if (length >= byLength.length) {
      return false;
    }
    for (String phrase : byLength[length]) {
      if (asciiRegionIs(text, start, phrase)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the ASCII text from {@code start} reads, lower-cased, as the whole phrase. */
  private static boolean asciiRegionIs(String text, int start, String phrase) {
    for (int i = 0; i < phrase.length(); i++) {
      if (asciiLower(text.charAt(start + i)) != phrase.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The length of {@link #wordsOf(String)} for ASCII text, without building it. */
  private static int asciiWordsLength(String text) {
    int length = 0;
    boolean separated = false;
    for (int i = 0; i < text.length(); i++) {
      if (isAsciiLetterOrDigit(text.charAt(i))) {
        if (separated && length > 0) {
          length++;
        }
        length++;
        separated = false;
      } else {
        separated = true;
      }
    }
    return length;
  }

  /** Whether {@link #wordsOf(String)} of the ASCII text equals the phrase, without building it. */
  private static boolean asciiWordsEqual(String text, String phrase) {
    int at = 0;
    boolean separated = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isAsciiLetterOrDigit(c)) {
        separated = true;
        continue;
      }
      if (separated && at > 0) {
        if (at >= phrase.length() || phrase.charAt(at) != ' ') {
          return false;
        }
        at++;
      }
      if (at >= phrase.length() || phrase.charAt(at) != asciiLower(c)) {
        return false;
      }
      at++;
      separated = false;
    }
    return at == phrase.length();
  }

  /**
   * For each ASCII character, its lower case when it is a letter or digit, else 0: one load in
   * place of three comparisons and a branch that the processor mispredicts at each word's edge.
   */
  private static final char[] ASCII_WORD_CHARS = new char[0x80];

  static {
    for (char c = '0'; c <= '9'; c++) {
      ASCII_WORD_CHARS[c] = c;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII_WORD_CHARS[c] = c;
      ASCII_WORD_CHARS[c - 'a' + 'A'] = c;
    }
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return ASCII_WORD_CHARS[c] != 0;
  }

  private static char asciiLower(char c) {
    return ASCII_WORD_CHARS[c] != 0 ? ASCII_WORD_CHARS[c] : c;
  }

  /** {@code \p{L}} or {@code \p{N}}: a letter, or a number of any kind (digit, letter-like, other). */
  private static boolean isLetterOrNumber(int c) {
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
