package dev.dmz.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a file as UTF-8 text, within a limit (see {@link InputLimits}): a file that is not a regular
 * file, or is larger than the limit, is refused before a byte is read; text in another encoding is a
 * {@link DocumentException}. A byte order mark at the start is read past, whatever the format (YAML,
 * JSON, JSON Lines), so that a file an editor saved with one reads as the same file without.
 */
final class TextFile {
  /** The mark some editors put before UTF-8 text. */
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private TextFile() {}

  /**
   * Reads a whole file.
   *
   * @param file the file
   * @param limit the most bytes it may have
   * @param kind the kind of file with its article, for the refusal: {@code "a charter"}
   * @return its text
   * @throws IllegalArgumentException if the limit is negative (a programming error)
   */
  static String read(Path file, long limit, String kind) {
    requireLimit(limit);
    long size = regularFile(file).size();
    if (size > limit) {
      throw refusal(file, "is " + size + " bytes, more than " + InputLimits.words(limit, kind));
    }
    long most = Math.min(limit, InputLimits.MOST);
    if (size > most) {
      throw refusal(file, "is " + size + " bytes, more than the " + most + " bytes dmz reads as one text");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) most + 1);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
    if (bytes.length > most) {
      throw refusal(file, "grew to more than " + most + " bytes while it was read");
    }
    if (!isUtf8(bytes)) {
      throw new DocumentException(file.toString(), 1, 1, "$", "is not UTF-8 text");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    // A byte order mark says "UTF-8", which the text is anyway: read past it, in every format alike.
    return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
  }

  /**
   * Checks a limit given by a caller.
   *
   * @param limit the most bytes a file may have
   * @throws IllegalArgumentException if it is negative
   */
  static void requireLimit(long limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("maxBytes must not be negative, was " + limit);
    }
  }

  /**
   * The attributes of a file that must be a regular file (links followed).
   *
   * @param file the file
   * @return its attributes
   * @throws UncheckedIOException if it does not exist, cannot be read, or is not a regular file
   */
  static BasicFileAttributes regularFile(Path file) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
    if (attributes.isDirectory()) {
      throw refusal(file, "is a directory");
    }
    if (!attributes.isRegularFile()) {
      throw refusal(file, "is not a regular file");
    }
    return attributes;
  }

  /**
   * A file refused for what it is, not for what it says: {@code "file: reason"}.
   *
   * @param file the file, as it was named
   * @param reason why, such as {@code "is not a regular file"}
   * @return the exception, its cause a {@link FileSystemException} with the file and the reason
   */
  static UncheckedIOException refusal(Path file, String reason) {
    FileSystemException cause = new FileSystemException(file.toString(), null, reason);
    return new UncheckedIOException(cause.getMessage(), cause);
  }

  /** Whether bytes are UTF-8, checked a buffer at a time so that no second copy of the text is made. */
  private static boolean isUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return false;
      }
      if (result.isUnderflow()) {
        break;
      }
      out.clear();
    }
    out.clear();
    return !decoder.flush(out).isError();
  }
}
