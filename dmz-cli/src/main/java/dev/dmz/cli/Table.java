package dev.dmz.cli;

import dev.dmz.core.value.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for a terminal: a header, a rule, aligned columns; cells longer than their
 * column's limit wrap on spaces onto further lines of the same row. A cell is shown on one line with
 * what a terminal would act on escaped ({@link Text#oneLine}): a value holding a line break or an
 * escape sequence, from a file written before dmz refused them, can neither start a row of its own
 * nor reach the terminal raw.
 */
final class Table {
  private final String[] header;
  private final int[] limits;
  private final List<String[]> rows = new ArrayList<>();

  private Table(String[] header, int[] limits) {
    this.header = header;
    this.limits = limits;
  }

  /**
   * A table.
   *
   * @param header the columns' titles
   * @return a table without rows, whose columns do not wrap
   */
  static Table of(String... header) {
    int[] limits = new int[header.length];
    java.util.Arrays.fill(limits, Integer.MAX_VALUE);
    return new Table(header, limits);
  }

  /**
   * Sets how wide each column may grow before its cells wrap.
   *
   * @param widths the widths, one a column
   * @return this table
   */
  Table wrapAt(int... widths) {
    System.arraycopy(widths, 0, limits, 0, Math.min(widths.length, limits.length));
    return this;
  }

  Table row(Object... cells) {
    String[] text = new String[header.length];
    for (int i = 0; i < header.length; i++) {
      text[i] = i < cells.length ? Text.oneLine(String.valueOf(cells[i])) : "";
    }
    rows.add(text);
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * The table as text, each line indented by two spaces.
   *
   * @return the lines
   */
  String render() {
    List<List<String[]>> lines = new ArrayList<>();
    lines.add(List.<String[]>of(header));
    rows.forEach(row -> lines.add(wrap(row)));
    int[] widths = new int[header.length];
    for (List<String[]> row : lines) {
      for (String[] line : row) {
        for (int i = 0; i < line.length; i++) {
          widths[i] = Math.max(widths[i], line[i].length());
        }
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < lines.size(); r++) {
      lines.get(r).forEach(line -> out.append(line(line, widths)));
      if (r == 0) {
        String[] rule = new String[widths.length];
        for (int i = 0; i < widths.length; i++) {
          rule[i] = "-".repeat(widths[i]);
        }
        out.append(line(rule, widths));
      }
    }
    return out.toString();
  }

  private List<String[]> wrap(String[] row) {
    List<List<String>> cells = new ArrayList<>();
    int height = 1;
    for (int i = 0; i < row.length; i++) {
      List<String> wrapped = wrap(row[i], limits[i]);
      cells.add(wrapped);
      height = Math.max(height, wrapped.size());
    }
    List<String[]> lines = new ArrayList<>();
    for (int l = 0; l < height; l++) {
      String[] line = new String[row.length];
      for (int i = 0; i < row.length; i++) {
        line[i] = l < cells.get(i).size() ? cells.get(i).get(l) : "";
      }
      lines.add(line);
    }
    return lines;
  }

  private static List<String> wrap(String text, int limit) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > limit) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static String line(String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder("  ");
    for (int i = 0; i < cells.length; i++) {
      line.append(cells[i]).append(" ".repeat(widths[i] - cells[i].length() + 2));
    }
    return line.toString().stripTrailing() + "\n";
  }
}
