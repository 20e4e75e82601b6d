package dev.dmz.examples;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns, for reports a person reads in a terminal. */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  private TextTable(String... header) {
    this.columns = header.length;
    rows.add(header);
  }

  static TextTable withHeader(String... header) {
    return new TextTable(header);
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

  private static String line(String indent, String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder(indent);
    for (int i = 0; i < cells.length; i++) {
      line.append(cells[i]);
      if (i < cells.length - 1) {
        line.append(" ".repeat(widths[i] - cells[i].length() + 2));
      }
    }
    return line.toString().stripTrailing() + System.lineSeparator();
  }
}
