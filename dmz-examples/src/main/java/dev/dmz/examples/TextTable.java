package dev.dmz.examples;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A plain-text table with aligned columns, for reports a person reads in a terminal. Text columns are
 * aligned left; columns of amounts can be aligned right, so that their decimal points line up.
 */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final int columns;
  private final BitSet right = new BitSet();

  private TextTable(String... header) {
    this.columns = header.length;
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
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      out.append(line(indent, rows.get(r), widths));
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
