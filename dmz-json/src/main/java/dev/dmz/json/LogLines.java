package dev.dmz.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Reads a log's lines one at a time from a place in the file, without holding the whole file: what
 * lets a record of millions of entries be read in a small heap, and a store read its tail from where
 * a snapshot left off. Each line is strict UTF-8 and at most {@link InputLimits#document()} bytes; a
 * byte order mark at the very start is read past; blank lines are passed over. A last line without a
 * line break is given too, marked so.
 */
public final class LogLines {
  private static final int BUFFER = 1 << 16;

  private LogLines() {}

  /** What reads each line. */
  @FunctionalInterface
  public interface Reader {
    /**
     * Reads a line.
     *
     * @param line its text, without its line break
     * @param number its number in the file, from 1 (counted from where the reading started: see
     *     {@link LogLines#read})
     * @param start the byte offset where it starts
     * @param terminated whether a line break ends it
     */
    void line(String line, int number, long start, boolean terminated);
  }

  /**
   * Reads a log's lines from a byte offset.
   *
   * @param file the log; absent, it has no line
   * @param from the byte offset of a line's start: 0 for the whole log
   * @param firstNumber the number of the line at that offset, for error messages
   * @param reader what reads each line that is not blank
   * @throws DocumentException if a line is not UTF-8, or is longer than a document may be
   * @throws UncheckedIOException if the log cannot be read, or is not a regular file
   */
  public static void read(Path file, long from, int firstNumber, Reader reader) {
    if (!Files.exists(file)) {
      if (Files.isSymbolicLink(file)) {
        LogLock.real(file); // refuses a link to nothing
      }
      return;
    }
    TextFile.regularFile(file);
    long limit = InputLimits.document();
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        InputStream in = Channels.newInputStream(channel.position(from))) {
      byte[] buffer = new byte[BUFFER];
      byte[] line = new byte[256];
      long longest = Math.max(limit, line.length); // what the line may hold before it is refused
      int length = 0;
      long bufferStart = from;
      long start = from;
      int number = firstNumber;
      boolean first = from == 0;
      for (int read = in.read(buffer); read >= 0; bufferStart += read, read = in.read(buffer)) {
        int piece = 0;
        while (piece < read) {
          int end = piece;
          while (end < read && buffer[end] != '\n') {
            end++;
          }
          int size = end - piece;
          if (length + size > line.length) {
            if (length + size > longest) {
              throw new DocumentException(file.toString(), number, 1, "$", "is a line longer than "
                  + InputLimits.words(limit, "a document"));
            }
            line = Arrays.copyOf(line, (int) Math.min(longest, Math.max(length + size, 2L * line.length)));
          }
          System.arraycopy(buffer, piece, line, length, size);
          length += size;
          if (end == read) {
            break; // the line goes on in the next buffer
          }
          give(file, decoder, line, length, first, number, start, true, reader);
          start = bufferStart + end + 1;
          first = false;
          length = 0;
          number++;
          piece = end + 1;
        }
      }
      if (length > 0) {
        give(file, decoder, line, length, first, number, start, false, reader);
      }
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  private static void give(Path file, CharsetDecoder decoder, byte[] bytes, int length, boolean first, int number,
      long lineStart, boolean terminated, Reader reader) {
    int start = first && length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
        ? 3 : 0;
    int stop = length; // a carriage return stays: dmz writes none, and an entry's hash covers every byte
    // Decoded leniently (quick, for ASCII most of all), strictly only when the text has a replacement
    // character: a malformed sequence, or one the line really holds.
    String text = new String(bytes, start, stop - start, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      try {
        decoder.reset().decode(ByteBuffer.wrap(bytes, start, stop - start));
      } catch (CharacterCodingException e) {
        throw new DocumentException(file.toString(), number, 1, "$", "is not UTF-8 text");
      }
    }
    if (!text.isBlank()) {
      reader.line(text, number, lineStart, terminated);
    }
  }
}
