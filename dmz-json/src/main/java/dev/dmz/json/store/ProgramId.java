package dev.dmz.json.store;

import dev.dmz.core.value.Require;

/**
 * The key a program is stored under: the embedding system's name for it, such as {@code
 * bms-2027}. One to 128 letters, digits, dots, hyphens and underscores, starting with a letter or
 * a digit, so that it is a safe file name and database key everywhere.
 *
 * @param value the key
 */
public record ProgramId(String value) implements Comparable<ProgramId> {
  /** The longest key. */
  public static final int MAX_LENGTH = 128;

  /**
   * Checks the key.
   *
   * @throws dev.dmz.core.value.InvalidValueException if it is not one to 128 letters, digits, dots,
   *     hyphens and underscores starting with a letter or a digit
   */
  public ProgramId {
    Require.that(isKey(value), "ProgramId.value", "must be 1 to " + MAX_LENGTH + " ASCII letters, digits, dots, "
        + "hyphens and underscores, starting with a letter or a digit", value);
  }

  /**
   * The key of a program.
   *
   * @param value the key
   * @return the id
   */
  public static ProgramId of(String value) {
    return new ProgramId(value);
  }

  private static boolean isKey(String value) {
    if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      if (!(alphanumeric || i > 0 && (c == '.' || c == '-' || c == '_'))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int compareTo(ProgramId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
