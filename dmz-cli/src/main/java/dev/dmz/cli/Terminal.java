package dev.dmz.cli;

import dev.dmz.core.value.Text;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the commands print goes through here, so that nothing they print can act on a terminal: every
 * unsafe character ({@link Text#isUnsafe}: a control character, a line or paragraph separator, a
 * bidirectional control) but the line break that ends a line is written escaped (ESC reads
 * <code>&#92;u001b</code>). The tables and the report escape line feeds inside a value as well
 * ({@link Text#oneLine}), so that a value cannot start a row of its own either; this writer is the net
 * under them, for every value however it was read. JSON output is unchanged by it: a JSON writer
 * escapes such characters itself, and an escape it leaves would read back the same.
 *
 * <p>picocli's help is not written through it: its colours are escape sequences of its own.
 */
final class Terminal extends FilterWriter {

  private Terminal(Writer out) {
    super(out);
  }

  /**
   * A writer onto another that escapes what a terminal would act on.
   *
   * @param out where the text goes
   * @return the writer; it buffers nothing, so flushing {@code out} is enough
   */
  static PrintWriter safe(Writer out) {
    return new PrintWriter(new Terminal(out));
  }

  @Override
  public void write(int c) throws IOException {
    write(String.valueOf((char) c));
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    write(new String(chars, offset, length));
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    String part = text.substring(offset, offset + length);
    int from = 0;
    for (int at = part.indexOf('\n'); at >= 0; at = part.indexOf('\n', from)) {
      boolean crlf = at > from && part.charAt(at - 1) == '\r';
      out.write(Text.oneLine(part.substring(from, crlf ? at - 1 : at)));
      out.write(crlf ? "\r\n" : "\n");
      from = at + 1;
    }
    out.write(Text.oneLine(part.substring(from)));
  }
}
