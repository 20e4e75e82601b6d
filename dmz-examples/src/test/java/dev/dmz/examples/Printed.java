package dev.dmz.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** What a scenario or the tour prints, with the platform's line separators read as {@code \n}. */
final class Printed {
  private Printed() {}

  /** What a scenario tells, without a heading. */
  static String tale(Scenario scenario) {
    return by(out -> scenario.tell(Report.to(out)));
  }

  /** What something prints on a stream. */
  static String by(Consumer<PrintStream> printing) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    printing.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
