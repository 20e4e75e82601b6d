package dev.dmz.examples;

import java.io.PrintStream;
import java.util.List;

/**
 * The demonstration README's first command runs: every scenario in order, each under its own heading,
 * as a report a person reads. Each scenario is also a program of its own ({@code main}), which prints
 * it alone.
 */
public final class Tour {
  /**
   * The scenarios, in the order the tour tells them, and last the command line that runs the same
   * rules on files. A scenario joins the tour by joining this list.
   */
  static final List<Scenario> SCENARIOS = List.of(
      new IntegratedProgram(),
      new OutsourcingAtScale(),
      new JointVenture(),
      new WarmBodyOffer(),
      new SupplierHrIntegration(),
      new ProcurementIntegration(),
      new CommandLineTour());

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
    Report report = Report.to(out);
    report.heading("A tour of dmz", '=');
    report.blank();
    report.say("DMZ programs held as data, and the rules of its catalogue (docs/rules.md) deciding about them: every decision"
        + " names its rule and says, in plain words, what is wrong and what would make it right. Every"
        + " company and person is fictional.");
    report.blank();
    report.say("At first sight: a supplier asks to staff the program with a headcount, then the lead admits a"
        + " named engineer from the pool.");
    report.blank();
    FirstLook.run(out);
    report.blank();
    for (int i = 0; i < SCENARIOS.size(); i++) {
      report.note(number(i) + SCENARIOS.get(i).title());
    }
    for (int i = 0; i < SCENARIOS.size(); i++) {
      report.blank();
      report.blank();
      report.heading(number(i) + SCENARIOS.get(i).title(), '-');
      report.blank();
      SCENARIOS.get(i).tell(report);
    }
  }

  /** Prints one scenario under its heading, as its own {@code main} does. */
  static void runAlone(Scenario scenario, PrintStream out) {
    Report report = Report.to(out);
    report.heading(scenario.title(), '=');
    report.blank();
    scenario.tell(report);
  }

  private static String number(int index) {
    return (index + 1) + ". ";
  }
}
