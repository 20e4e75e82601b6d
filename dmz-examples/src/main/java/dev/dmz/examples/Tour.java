package dev.dmz.examples;

import java.io.PrintStream;

/**
 * The demonstration README's first command runs: it builds the example program's charter and prints
 * it as a readable page.
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
    out.print(CharterReport.render(BatteryProgram.charter()));
  }
}
