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
    return new Hash(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Reads a digest written as 64 lower-case hexadecimal digits.
   *
   * @param hex the digits
   * @return the digest
   * @throws InvalidValueException if the text is not 64 lower-case hexadecimal digits
   */
  public static Hash parse(String hex) {
    Require.that(isHex(hex), "Hash", "must be 64 lower-case hexadecimal digits (a SHA-256)", hex);
    byte[] bytes = new byte[32];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (Character.digit(hex.charAt(2 * i), 16) << 4 | Character.digit(hex.charAt(2 * i + 1), 16));
    }
    return new Hash(bytes);
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

  /** A new SHA-256 digest; every Java platform has one. */
  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256, which every Java platform must have", e);
    }
  }

  /** A digest just computed. */
  static Hash of(byte[] digest) {
    return new Hash(digest.clone());
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
