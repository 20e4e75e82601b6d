package dev.dmz.examples;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A plain-text table with aligned columns, for reports a person reads in a terminal. Text columns are
 * aligned left; columns of amounts can be aligned right, so that their decimal points line up. A
 * column of sentences can wrap at a width, so that the table fits the terminal: a longer cell goes on
 * over the next lines, indented by two spaces.
 */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final int columns;
  private final BitSet right = new BitSet();
  private final int[] wrapAt;

  private TextTable(String... header) {
    this.columns = header.length;
    this.wrapAt = new int[columns];
    rows.add(header);
  }

  static TextTable withHeader(String... header) {
    return new TextTable(header);
  }

  /** Aligns the given columns (counted from 0) to the right, header included. */
  TextTable alignRight(int... columnIndexes) {
    for (int column : columnIndexes) {
      if (column < 0 || column >= columns) {
        throw new IllegalArgumentException("this table has no column " + column);
      }
      right.set(column);
    }
    return this;
  }

  /**
   * Wraps the cells of a column (counted from 0) that are wider than the given width, at spaces; a
   * word wider than the width stands alone on its line.
   */
  TextTable wrapAt(int column, int width) {
    if (column < 0 || column >= columns) {
      throw new IllegalArgumentException("this table has no column " + column);
    }
    if (width < 10) {
      throw new IllegalArgumentException("a column narrower than 10 cannot wrap sentences: " + width);
    }
    wrapAt[column] = width;
    return this;
  }

  TextTable row(Object... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException("a row of this table has " + columns + " cells, not " + cells.length);
    }
    String[] text = new String[columns];
    for (int i = 0; i < columns; i++) {
      text[i] = String.valueOf(cells[i]);
    }
    rows.add(text);
    return this;
  }

  /** Whether the table has rows besides its header. */
  boolean isEmpty() {
    return rows.size() == 1;
  }

  String render(String indent) {
    List<String[]> lines = new ArrayList<>();
    for (String[] row : rows) {
      lines.addAll(wrapped(row));
    }
    int[] widths = new int[columns];
    for (String[] line : lines) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < lines.size(); r++) {
      out.append(line(indent, lines.get(r), widths));
      if (r == 0) {
        String[] rule = new String[columns];
        for (int i = 0; i < columns; i++) {
          rule[i] = "-".repeat(widths[i]);
        }
        out.append(line(indent, rule, widths));
      }
    }
    return out.toString();
  }

  /** A row as the lines it takes: one, unless a cell of a wrapping column is too wide. */
  private List<String[]> wrapped(String[] row) {
    List<List<String>> cells = new ArrayList<>();
    int height = 1;
    for (int i = 0; i < columns; i++) {
      List<String> parts = wrapAt[i] > 0 ? wrap(row[i], wrapAt[i]) : List.of(row[i]);
      cells.add(parts);
      height = Math.max(height, parts.size());
    }
    List<String[]> lines = new ArrayList<>();
    for (int l = 0; l < height; l++) {
      String[] line = new String[columns];
      for (int i = 0; i < columns; i++) {
        line[i] = l < cells.get(i).size() ? cells.get(i).get(l) : "";
      }
      lines.add(line);
    }
    return lines;
  }

  /** Words wrapped at a width; an amount stays whole: {@code EUR 250,000.00} is one word here. */
  private static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    boolean lineHasWord = false;
    for (String word : words(text)) {
      if (lineHasWord && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder("  ");
        lineHasWord = false;
      }
      line.append(lineHasWord ? " " : "").append(word);
      lineHasWord = true;
    }
    lines.add(line.toString());
    return lines;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.strip().split(" +")) {
      int last = words.size() - 1;
      if (last >= 0 && words.get(last).matches("[A-Z]{3}") && word.matches("-?\\d.*")) {
        words.set(last, words.get(last) + " " + word);
      } else {
        words.add(word);
      }
    }
    return words;
  }

  private String line(String indent, String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder(indent);
    for (int i = 0; i < cells.length; i++) {
      String padding = " ".repeat(widths[i] - cells[i].length());
      line.append(right.get(i) ? padding + cells[i] : cells[i] + padding);
      if (i < cells.length - 1) {
        line.append("  ");
      }
    }
    return line.toString().stripTrailing() + System.lineSeparator();
  }
}
