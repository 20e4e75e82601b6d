package dev.dmz.examples;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.decision.Readiness;
import java.io.PrintStream;

/**
 * The demonstration README's first command runs: it builds the example program's charter, prints it
 * as a readable page, and checks its readiness under the standard rule book.
 */
public final class Tour {
  private Tour() {}

  /**
   * Prints the tour.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    ProgramCharter charter = BatteryProgram.charter();
    out.print(CharterReport.render(charter));
    Readiness readiness = RuleBook.standard().check(charter);
    out.println();
    out.println("Readiness: " + (readiness.isReady()
        ? "ready. Every rule of the charter holds; engineers may enter."
        : "not ready, " + readiness.findings().size() + " finding(s):"));
    readiness.findings().forEach(f -> out.println("  " + f));
  }
}
