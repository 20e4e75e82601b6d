package dev.dmz.benchmarks;

import dev.dmz.benchmarks.Measurements.Measurement;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints a run's medians as a table, then the three targets of the suite as ratios measured in that
 * run, each with PASS or MISS:
 * <ol>
 *   <li>a decision at 10,000 engineers costs at most {@value #SCALING_LIMIT}x the same decision at 10
 *       (the worst command and parent count);</li>
 *   <li>replaying 1,000,000 events costs at most {@value #REPLAY_LIMIT}x replaying 100,000;</li>
 *   <li>a decision by the full rule book costs at most {@value #OVERHEAD_LIMIT}x the inline check of
 *       the rule that decides it (the worst command and size).</li>
 * </ol>
 */
final class Report {
  static final double SCALING_LIMIT = 2.0;
  static final double REPLAY_LIMIT = 12.0;
  static final double OVERHEAD_LIMIT = 20.0;

  /** The decisions benchmarked, each with an inline twin named {@code <command>Inline}. */
  static final List<String> COMMANDS =
      List.of("admit", "fillVacancy", "refusedSubstitution", "poolDraw", "acceptMilestone");

  private static final int[] ENGINEERS = {10, 1_000, 10_000};
  private static final int[] PARENTS = {5, 50};

  private final Measurements measurements;
  private final PrintStream out;

  Report(Measurements measurements, PrintStream out) {
    this.measurements = measurements;
    this.out = out;
  }

  /**
   * Prints the table and the targets.
   *
   * @return whether every target that was measured was met
   */
  boolean print() {
    table();
    out.println();
    perCommand();
    out.println();
    return targets();
  }

  private void table() {
    out.println(line("%-45s %-34s %14s %-8s %12s %16s", "benchmark", "parameters", "median", "unit",
        "alloc B/op", "events/s"));
    for (Measurement m : measurements.all()) {
      String rate = m.events() > 0 ? line("%,16.0f", m.events() / (m.median() / 1_000.0)) : "";
      out.println(line("%-45s %-34s %,14.1f %-8s %,12.0f %16s", m.benchmark(), m.params(), m.median(), m.unit(),
          m.bytesPerOp(), rate));
    }
  }

  private void perCommand() {
    out.println(line("%-22s %18s %18s %24s", "decision", "10k/10, 5 parents", "10k/10, 50 parents",
        "rule book/inline, worst"));
    for (String command : COMMANDS) {
      out.println(line("%-22s %18s %18s %24s", command, ratio(scaling(command, 5)), ratio(scaling(command, 50)),
          ratio(overhead(command))));
    }
  }

  private boolean targets() {
    List<Boolean> met = new ArrayList<>();
    Optional<Double> scaling = worst(COMMANDS.stream().flatMap(c -> List.of(scaling(c, 5), scaling(c, 50)).stream())
        .toList());
    Optional<Double> replay = ratio(measurements.replay(1_000_000), measurements.replay(100_000));
    Optional<Double> overhead = worst(COMMANDS.stream().map(this::overhead).toList());
    target("decision at 10,000 engineers / at 10 (worst)", scaling, SCALING_LIMIT, met);
    target("replay of 1,000,000 events / of 100,000", replay, REPLAY_LIMIT, met);
    target("full rule book / inline check of the deciding rule (worst)", overhead, OVERHEAD_LIMIT, met);
    return !met.contains(false);
  }

  private void target(String name, Optional<Double> measured, double limit, List<Boolean> met) {
    if (measured.isEmpty()) {
      out.println(line("%-62s %8s  (limit %4.0fx)  not measured", name, "-", limit));
      return;
    }
    boolean pass = measured.orElseThrow() <= limit;
    met.add(pass);
    out.println(line("%-62s %7.2fx  (limit %4.0fx)  %s", name, measured.orElseThrow(), limit, pass ? "PASS" : "MISS"));
  }

  private Optional<Double> scaling(String command, int parents) {
    String benchmark = "DecisionBenchmarks." + command;
    return ratio(measurements.median(benchmark, 10_000, parents), measurements.median(benchmark, 10, parents));
  }

  private Optional<Double> overhead(String command) {
    List<Optional<Double>> ratios = new ArrayList<>();
    for (int engineers : ENGINEERS) {
      for (int parents : PARENTS) {
        ratios.add(ratio(measurements.median("DecisionBenchmarks." + command, engineers, parents),
            measurements.median("DecisionBenchmarks." + command + "Inline", engineers, parents)));
      }
    }
    return worst(ratios);
  }

  private static Optional<Double> ratio(Optional<Double> numerator, Optional<Double> denominator) {
    return numerator.flatMap(n -> denominator.map(d -> n / d));
  }

  private static Optional<Double> worst(List<Optional<Double>> ratios) {
    return ratios.stream().flatMap(Optional::stream).max(Double::compare);
  }

  private static String ratio(Optional<Double> ratio) {
    return ratio.map(r -> line("%.2fx", r)).orElse("-");
  }

  private static String line(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
