package dev.dmz.json;

import dev.dmz.core.value.Text;
import java.util.Objects;

/**
 * A document that cannot be read: malformed JSON or YAML, a missing or unknown field, a value of the
 * wrong type or out of range, an unknown id, or a format this library does not know. The message is
 * one plain line that names the file, the line and column, the JSON path and the offending value, for
 * example {@code charter.yaml:12:11: $.parties[1].role: must be one of OEM, SUPPLIER, was "VENDOR"}.
 * A record kept in a store names the entry instead of a line ({@link #atEntry}).
 *
 * <p>The value is shown as {@link Text#quoted} shows it: escaped ({@code \n}, <code>&#92;u001b</code>,
 * {@code \\}) and cut after {@value Text#SHOWN} characters, so that a value can neither break the
 * line nor reach a terminal raw. Whatever else the source, the path and the problem hold that a
 * terminal would act on is escaped too ({@link Text#oneLine}).
 *
 * <p>Nothing is half-read: a reader that throws this returns nothing.
 */
public final class DocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The file name, or a description of where the text came from. */
  private final String source;

  /** The line, from 1, or 0 when unknown. */
  private final int line;

  /** The column, from 1, or 0 when unknown. */
  private final int column;

  /** The entry of a stored record, from 1, or 0 when the error is at a line of a text. */
  private final long entry;

  /** The JSON path of the offending value, such as {@code $.parties[1].role}. */
  private final String path;

  /** What is wrong, with the value. */
  private final String problem;

  /**
   * A document error.
   *
   * @param source the file name, or where the text came from
   * @param line the line, from 1 (0 when unknown)
   * @param column the column, from 1 (0 when unknown)
   * @param path the JSON path of the offending value
   * @param problem what is wrong, naming the value (shown through {@link Text#quoted})
   */
  public DocumentException(String source, int line, int column, String path, String problem) {
    this(source, line, column, 0, path, problem);
  }

  private DocumentException(String source, int line, int column, long entry, String path, String problem) {
    super(Text.oneLine(Objects.requireNonNull(source, "source"))
        + (entry > 0 ? ", entry " + entry : line > 0 ? ":" + line + ":" + column : "")
        + ": " + Text.oneLine(Objects.requireNonNull(path, "path")) + ": "
        + Text.oneLine(Objects.requireNonNull(problem, "problem")));
    this.source = Text.oneLine(source);
    this.line = line;
    this.column = column;
    this.entry = entry;
    this.path = Text.oneLine(path);
    this.problem = Text.oneLine(problem);
  }

  /**
   * An entry of a record kept in a store that cannot be read or does not hold: the place is the
   * entry, not a line (a store keeps entries; a file's blank lines are passed over, a table has rows),
   * as in {@code program p1, entry 7: $.hash: ...}.
   *
   * @param record the record, such as {@code program p1}
   * @param entry the entry's place in the record, from 1
   * @param path the JSON path of the offending value
   * @param problem what is wrong
   * @return the error
   */
  public static DocumentException atEntry(String record, long entry, String path, String problem) {
    return new DocumentException(record, 0, 0, Math.max(entry, 1), path, problem);
  }

  /**
   * Where the text came from: a file name, or a description such as {@code "text"}.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The line of the offending value, counted from 1.
   *
   * @return the line, or 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * The column of the offending value, counted from 1.
   *
   * @return the column, or 0 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * The entry of a record in a store where the error is ({@link #atEntry}).
   *
   * @return the entry, from 1, or 0 when the error is at a line of a text
   */
  public long entry() {
    return entry;
  }

  /**
   * The JSON path of the offending value, such as {@code $.parties[1].role}.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * What is wrong, naming the offending value.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
