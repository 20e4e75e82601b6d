package dev.dmz.json;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON Lines file: one document a line, blank lines skipped. A last line without a line end
 * that does not parse is reported as cut short, which is what a writer that stopped mid-way leaves.
 */
final class JsonLines {
  private JsonLines() {}

  /**
   * A value read from a line.
   *
   * @param <T> the value's type
   * @param number the line's number, from 1
   * @param value the value
   */
  record Line<T>(int number, T value) {}

  static <T> List<Line<T>> read(String text, String source, Document<T> document) {
    List<Line<T>> values = new ArrayList<>();
    forEach(text, source, (line, number) -> values.add(new Line<>(number, document.readLine(line, source, number))));
    return values;
  }

  /** What is done with each line that is not blank. */
  @FunctionalInterface
  interface LineReader {
    /**
     * Reads a line.
     *
     * @param line its text, without its line break
     * @param number its number, from 1
     * @throws DocumentException if it is not what the file should hold
     */
    void read(String line, int number);
  }

  /**
   * Gives each line that is not blank to a reader, in order. A failure on a last line that has no line
   * break is reported as the line cut short.
   *
   * @param text the file's text
   * @param source the file's name
   * @param reader what reads a line
   */
  static void forEach(String text, String source, LineReader reader) {
    boolean cutShort = !text.isEmpty() && !text.endsWith("\n");
    int number = 0;
    for (int start = 0; start < text.length(); ) {
      int end = text.indexOf('\n', start);
      int next = end < 0 ? text.length() : end + 1;
      end = end < 0 ? text.length() : end;
      String line = text.substring(start, end); // a carriage return stays: an entry's hash covers it
      number++;
      start = next;
      if (line.isBlank()) {
        continue;
      }
      try {
        reader.read(line, number);
      } catch (DocumentException e) {
        throw cutShort && next == text.length() ? cutShort(e, source, number) : e;
      }
    }
  }

  /**
   * Checks the last line of a file that ends without a line break: blank, or a whole document.
   *
   * @param line the line's text
   * @param number its number, from 1
   * @param source the file's name
   * @param document the kind of document a line holds
   * @throws DocumentException saying that the line is cut short, if it is not a whole document
   */
  static <T> void checkUnterminated(String line, int number, String source, Document<T> document) {
    if (line.isBlank()) {
      return;
    }
    try {
      document.readLine(line, source, number);
    } catch (DocumentException e) {
      throw cutShort(e, source, number);
    }
  }

  private static DocumentException cutShort(DocumentException e, String source, int number) {
    return new DocumentException(source, number, e.column(), e.path(), "the last line is cut short: "
        + "it ends without a line break and is not a whole document (" + e.problem() + ")");
  }

  static <T> String write(List<? extends T> values, Document<T> document) {
    StringBuilder text = new StringBuilder();
    values.forEach(v -> text.append(document.writeLine(v)).append('\n'));
    return text.toString();
  }
}
