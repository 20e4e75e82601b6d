package dev.dmz.json;

import dev.dmz.core.value.InvalidValueException;
import dev.dmz.core.value.Require;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A SHA-256 digest, written as 64 lower-case hexadecimal digits: what chains the entries of a
 * program's record ({@link Entry}). Immutable.
 */
public final class Hash {
  /** The digest's length in hexadecimal digits. */
  public static final int HEX_DIGITS = 64;

  /** What the first entry of a record names as its previous entry: 64 zeros. */
  public static final Hash NONE = new Hash(new byte[32]);

  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  /** The value of each lower-case hexadecimal digit, by its character; -1 for any other ASCII character. */
  private static final byte[] VALUES = new byte[128];

  static {
    Arrays.fill(VALUES, (byte) -1);
    for (int i = 0; i < DIGITS.length; i++) {
      VALUES[DIGITS[i]] = (byte) i;
    }
  }

  private final byte[] bytes;

  private Hash(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * The SHA-256 digest of a text's UTF-8 bytes.
   *
   * @param text the text
   * @return its digest
   */
  public static Hash of(String text) {
    return new Hash(threadDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The SHA-256 digest of the UTF-8 bytes of the first characters of a text, then of one more byte:
   * an entry's line without its hash field, then its closing brace, without copying the line twice.
   *
   * @param text the text
   * @param length how many of its characters, all of them ASCII after the first {@code length}
   * @param last the byte after them, ASCII
   * @return the digest, or null if a character after the first {@code length} is not ASCII (the
   *     caller then digests the text it means, as {@link #of} does)
   */
  static Hash ofStart(String text, int length, char last) {
    for (int i = length; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return null;
      }
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    MessageDigest digest = threadDigest();
    digest.update(bytes, 0, bytes.length - (text.length() - length));
    digest.update((byte) last);
    return new Hash(digest.digest());
  }

  /**
   * Reads a digest written as 64 lower-case hexadecimal digits.
   *
   * @param hex the digits
   * @return the digest
   * @throws InvalidValueException if the text is not 64 lower-case hexadecimal digits
   */
  public static Hash parse(String hex) {
    byte[] bytes = hex != null && hex.length() == HEX_DIGITS ? bytes(hex) : null;
    Require.that(bytes != null, "Hash", "must be 64 lower-case hexadecimal digits (a SHA-256)", hex);
    return new Hash(bytes);
  }

  /**
   * The bytes that 64 digits write, checked and read in one pass; null if a character is not a
   * lower-case hexadecimal digit. Every log line has two digests: checking each digit and then reading
   * it with {@code Character.digit} cost a tenth of the line's reading, most of it in branches that a
   * digest's random digits mispredict; a table has none.
   */
  private static byte[] bytes(String hex) {
    byte[] bytes = new byte[HEX_DIGITS / 2];
    for (int i = 0; i < bytes.length; i++) {
      int high = digit(hex.charAt(2 * i));
      int low = digit(hex.charAt(2 * i + 1));
      if ((high | low) < 0) {
        return null;
      }
      bytes[i] = (byte) (high << 4 | low);
    }
    return bytes;
  }

  /** A lower-case hexadecimal digit's value, or -1. */
  private static int digit(char c) {
    return c < VALUES.length ? VALUES[c] : -1;
  }

  /**
   * Whether a text is a digest as dmz writes it: 64 lower-case hexadecimal digits.
   *
   * @param text the text
   * @return true when it is
   */
  public static boolean isHex(String text) {
    if (text == null || text.length() != HEX_DIGITS) {
      return false;
    }
    for (int i = 0; i < HEX_DIGITS; i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The thread's SHA-256 digest, to use and leave reset ({@link MessageDigest#digest()} resets it):
   * looking a digest up costs about as much as digesting a log line. A thread's own, never shared.
   */
  private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Hash::digest);

  private static MessageDigest threadDigest() {
    return DIGEST.get();
  }

  /** A new SHA-256 digest; every Java platform has one. */
  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256, which every Java platform must have", e);
    }
  }

  /**
   * The 64 hexadecimal digits.
   *
   * @return the digits, lower case
   */
  public String hex() {
    char[] hex = new char[HEX_DIGITS];
    for (int i = 0; i < bytes.length; i++) {
      hex[2 * i] = DIGITS[(bytes[i] >> 4) & 0xf];
      hex[2 * i + 1] = DIGITS[bytes[i] & 0xf];
    }
    return new String(hex);
  }

  /**
   * The first 12 digits, enough to tell entries apart when a person reads them.
   *
   * @return the short form
   */
  public String shortHex() {
    return hex().substring(0, 12);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Hash hash && Arrays.equals(bytes, hash.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return hex();
  }
}
