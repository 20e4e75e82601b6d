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
    List<String> lines = text.lines().toList();
    boolean cutShort = !text.isEmpty() && !text.endsWith("\n");
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      try {
        values.add(new Line<>(i + 1, document.readLine(line, source, i + 1)));
      } catch (DocumentException e) {
        throw cutShort && i == lines.size() - 1 ? cutShort(e, source, i + 1) : e;
      }
    }
    return values;
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
