package dev.dmz.json;

import dev.dmz.core.value.Text;
import java.util.Locale;
import java.util.Objects;

/**
 * How large a file dmz-json reads may be, by kind of file. The size is checked from the file system
 * before a byte is read, so that a file too large (or a device such as {@code /dev/zero}) is one plain
 * refusal instead of an {@link OutOfMemoryError}: reading holds the whole text in memory, and a log's
 * replay holds every event.
 *
 * <table>
 *   <caption>Limits</caption>
 *   <tr><th>kind</th><th>default</th><th>system property</th><th>why</th></tr>
 *   <tr><td>a charter, or any one document ({@link Document#read(java.nio.file.Path)})</td>
 *       <td>{@value #DOCUMENT} bytes (16M)</td><td>{@code dmz.maxDocumentSize}</td>
 *       <td>a charter is a contract written by people: the example program's is 2.5 KB, and the
 *       benchmarks' charter of a program of 10,000 engineers (800 premium rates) is 190 KB in YAML;
 *       16M is 80 times that, and parses well within the JVM's default memory</td></tr>
 *   <tr><td>a command file ({@link CommandFile#read(java.nio.file.Path)})</td>
 *       <td>{@value #COMMAND_FILE} bytes (16M)</td><td>{@code dmz.maxCommandFileSize}</td>
 *       <td>a batch queued for one apply: about 100,000 commands of some 160 bytes; a larger batch is
 *       better split, since the log is written once per batch</td></tr>
 *   <tr><td>an event log ({@link EventLog#read(java.nio.file.Path)}, {@link EventLog#replay})</td>
 *       <td>{@value #EVENT_LOG} bytes (256M)</td><td>{@code dmz.maxEventLogSize}</td>
 *       <td>about 1.6 million events of some 160 bytes, more than the million-event history of the
 *       benchmarks. Replay holds about 3.5 times the log's size at its peak (measured: a 32 MB log of
 *       200,000 events replays in a 110 MB heap), so a log at the limit needs about 1 GB of heap,
 *       which the JVM gives by default on a machine with 4 GB of memory</td></tr>
 * </table>
 *
 * <p>Every reading method has an overload that takes the limit as a parameter; the one without uses
 * the system property when it is set, the default otherwise. A size is a number of bytes, optionally
 * followed by {@code K}, {@code M} or {@code G} (powers of 1024): {@code -Ddmz.maxEventLogSize=1G}.
 * Whatever the limit, a text is read into one Java array, so no file larger than {@value #MOST}
 * bytes (2047M) is read.
 *
 * <p>A file over its limit is refused with an {@link java.io.UncheckedIOException} whose cause is a
 * {@link java.nio.file.FileSystemException} naming the file: {@code big.yaml: is 2147483648 bytes,
 * more than the 16777216 bytes a charter may have}. So is a file that is not a regular file (a
 * directory, a device, a pipe): {@code /dev/zero: is not a regular file}.
 */
public final class InputLimits {

  /** The default limit for a charter or any one document: 16 MiB. */
  public static final long DOCUMENT = 16L << 20;

  /** The default limit for a command file: 16 MiB. */
  public static final long COMMAND_FILE = 16L << 20;

  /** The default limit for an event log: 256 MiB. */
  public static final long EVENT_LOG = 256L << 20;

  /** The most bytes any text is read from, whatever the limit: 2047 MiB, below the largest Java array. */
  public static final long MOST = 2047L << 20;

  private InputLimits() {}

  /**
   * The limit for a charter or any one document: {@code -Ddmz.maxDocumentSize}, or {@link #DOCUMENT}.
   *
   * @return the most bytes
   * @throws SettingException if the system property is set but not a size
   */
  public static long document() {
    return property("dmz.maxDocumentSize", DOCUMENT);
  }

  /**
   * The limit for a command file: {@code -Ddmz.maxCommandFileSize}, or {@link #COMMAND_FILE}.
   *
   * @return the most bytes
   * @throws SettingException if the system property is set but not a size
   */
  public static long commandFile() {
    return property("dmz.maxCommandFileSize", COMMAND_FILE);
  }

  /**
   * The limit for an event log: {@code -Ddmz.maxEventLogSize}, or {@link #EVENT_LOG}.
   *
   * @return the most bytes
   * @throws SettingException if the system property is set but not a size
   */
  public static long eventLog() {
    return property("dmz.maxEventLogSize", EVENT_LOG);
  }

  /**
   * Reads a size: a whole number of bytes, optionally followed by {@code K}, {@code M} or {@code G}
   * (either case; powers of 1024), such as {@code 4096}, {@code 16M} or {@code 1g}.
   *
   * @param text the size
   * @return the number of bytes, at least 1
   * @throws IllegalArgumentException if the text is not such a size, naming it
   */
  public static long parse(String text) {
    Objects.requireNonNull(text, "text is null");
    String digits = text.trim();
    int shift = 0;
    if (!digits.isEmpty()) {
      switch (digits.toUpperCase(Locale.ROOT).charAt(digits.length() - 1)) {
        case 'K' -> shift = 10;
        case 'M' -> shift = 20;
        case 'G' -> shift = 30;
        default -> shift = 0;
      }
    }
    if (shift > 0) {
      digits = digits.substring(0, digits.length() - 1);
    }
    if (!digits.matches("[0-9]{1,12}") || Long.parseLong(digits) == 0
        || Long.parseLong(digits) > Long.MAX_VALUE >> (shift + 1)) {
      throw new IllegalArgumentException("'" + text + "' is not a size: write a number of bytes above 0, "
          + "optionally followed by K, M or G, such as 16M");
    }
    return Long.parseLong(digits) << shift;
  }

  /**
   * A limit in the words of a refusal, such as {@code "the 16777216 bytes a charter may have"}.
   *
   * @param limit the limit
   * @param kind the kind of file, with its article, such as {@code "a charter"}
   * @return the words
   */
  static String words(long limit, String kind) {
    return "the " + limit + " bytes " + kind + " may have";
  }

  private static long property(String name, long otherwise) {
    String value = System.getProperty(name);
    if (value == null) {
      return otherwise;
    }
    try {
      return parse(value);
    } catch (IllegalArgumentException e) {
      throw new SettingException("-D" + name + "=" + Text.bare(value) + ": " + e.getMessage(), e);
    }
  }
}
