package dev.dmz.benchmarks;

import dev.dmz.benchmarks.Measurements.Measurement;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Prints a run's medians as a table, the ratios of reading, then the targets of the suite as
 * ratios measured in that run, each with PASS or MISS:
 * <ol>
 *   <li>a decision at 10,000 engineers costs at most {@value #SCALING_LIMIT}x the same decision at 10
 *       (the worst command and parent count);</li>
 *   <li>replaying 1,000,000 events costs at most {@value #REPLAY_LIMIT}x replaying 100,000;</li>
 *   <li>a decision by the full rule book costs at most {@value #OVERHEAD_LIMIT}x the inline check of
 *       the rule that decides it (the worst command and size);</li>
 *   <li>reading 16 MB allocates at most {@value #READING_LIMIT}x the bytes reading 1 MB allocates, for
 *       every kind of document ({@link ReadingBenchmarks}): linear work. The bytes are the measure
 *       because they are exact from run to run, and quadratic reading copies (SnakeYAML's own reader
 *       allocated sixteen times as much for four times the text); the times are printed beside them,
 *       and on a shared machine the collection of the larger documents' trees moves them by half.</li>
 *   <li>loading a program of 1,000,000 entries from the file store, with snapshots, costs at most
 *       {@value #LOAD_LIMIT}x loading one of 100,000 ({@link StoreBenchmarks#load}), and so from the
 *       PostgreSQL store ({@link PostgresBenchmarks#load}); and for a program whose state does not
 *       grow with its history ({@link SteadyStoreBenchmarks#load});</li>
 *   <li>reading and verifying a log of 1,000,000 entries (parse, chain, rules) runs at
 *       {@value #VERIFY_FLOOR} entries a second or more ({@link StoreBenchmarks#verify}).</li>
 * </ol>
 */
final class Report {
  static final double SCALING_LIMIT = 2.0;
  static final double REPLAY_LIMIT = 12.0;
  static final double OVERHEAD_LIMIT = 20.0;
  static final double READING_LIMIT = 20.0;
  static final double LOAD_LIMIT = 2.0;
  static final double VERIFY_FLOOR = 1_000_000;

  /** What {@link ReadingBenchmarks} reads: a name, the benchmark, and the parameters that make it. */
  private record Reading(String name, String benchmark, Map<String, String> params) {}

  private static final List<Reading> READINGS = List.of(
      new Reading("charter, YAML, large program", "ReadingBenchmarks.charter",
          Map.of("format", "yaml", "shape", "entries")),
      new Reading("charter, YAML, one long text", "ReadingBenchmarks.charter",
          Map.of("format", "yaml", "shape", "text")),
      new Reading("charter, JSON, large program", "ReadingBenchmarks.charter",
          Map.of("format", "json", "shape", "entries")),
      new Reading("charter, JSON, one long text", "ReadingBenchmarks.charter",
          Map.of("format", "json", "shape", "text")),
      new Reading("command file, JSON Lines", "ReadingBenchmarks.commands", Map.of()),
      new Reading("event log, re-checked", "ReadingBenchmarks.log", Map.of()));

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
    reading();
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

  private void reading() {
    out.println(line("%-30s %10s %10s %10s %9s %9s %11s %11s", "reading", "1 MB", "4 MB", "16 MB", "time 4/1",
        "time 16/1", "alloc 4/1", "alloc 16/1"));
    for (Reading reading : READINGS) {
      Optional<Double> one = reading(reading, 1, Measurement::median);
      Optional<Double> four = reading(reading, 4, Measurement::median);
      Optional<Double> sixteen = reading(reading, 16, Measurement::median);
      Optional<Double> oneBytes = reading(reading, 1, Measurement::bytesPerOp);
      out.println(line("%-30s %10s %10s %10s %9s %9s %11s %11s", reading.name(), millis(one), millis(four),
          millis(sixteen), ratio(ratio(four, one)), ratio(ratio(sixteen, one)),
          ratio(ratio(reading(reading, 4, Measurement::bytesPerOp), oneBytes)),
          ratio(ratio(reading(reading, 16, Measurement::bytesPerOp), oneBytes))));
    }
  }

  private Optional<Double> reading(Reading reading, int megabytes, ToDoubleFunction<Measurement> figure) {
    Map<String, String> params = new HashMap<>(reading.params());
    params.put("megabytes", String.valueOf(megabytes));
    return measurements.find(reading.benchmark(), params).map(figure::applyAsDouble);
  }

  private static String millis(Optional<Double> median) {
    return median.map(m -> line("%,.1f ms", m)).orElse("-");
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
    Optional<Double> reading = worst(READINGS.stream().map(r -> ratio(reading(r, 16, Measurement::bytesPerOp),
        reading(r, 1, Measurement::bytesPerOp))).toList());
    target("reading 16 MB / 1 MB, bytes allocated (worst kind)", reading, READING_LIMIT, met);
    Optional<Double> load = ratio(store("StoreBenchmarks.load", 1_000_000), store("StoreBenchmarks.load", 100_000));
    target("file store: loading 1,000,000 entries / 100,000, with snapshots", load, LOAD_LIMIT, met);
    Optional<Double> loadPostgres = ratio(store("PostgresBenchmarks.load", 1_000_000),
        store("PostgresBenchmarks.load", 100_000));
    target("PostgreSQL store: loading 1,000,000 entries / 100,000, with snapshots", loadPostgres, LOAD_LIMIT, met);
    Optional<Double> loadSteady = ratio(store("SteadyStoreBenchmarks.load", 1_000_000),
        store("SteadyStoreBenchmarks.load", 100_000));
    target("file store, a settled program: loading 1,000,000 entries / 100,000", loadSteady, LOAD_LIMIT, met);
    Optional<Double> verified = store("StoreBenchmarks.verify", 1_000_000).map(ms -> 1_000_000 / ms * 1_000);
    floor("verifying a log of 1,000,000 entries, entries a second", verified, VERIFY_FLOOR, met);
    for (String writers : List.of("oneWriter", "eightWriters")) {
      measurements.find("PostgresBenchmarks." + writers, Map.of()).ifPresent(m -> out.println(line(
          "%-62s %,10.0f  (a figure, no target)", "PostgreSQL: appends a second, " + (writers.equals("oneWriter")
              ? "1 writer" : "8 writers, a program each"), m.median())));
    }
    return !met.contains(false);
  }

  private Optional<Double> store(String benchmark, int entries) {
    return measurements.find(benchmark, Map.of("entries", String.valueOf(entries))).map(Measurement::median);
  }

  private void floor(String name, Optional<Double> measured, double floor, List<Boolean> met) {
    if (measured.isEmpty()) {
      out.println(line("%-62s %8s  (floor %,.0f)  not measured", name, "-", floor));
      return;
    }
    boolean pass = measured.orElseThrow() >= floor;
    met.add(pass);
    out.println(line("%-62s %,10.0f  (floor %,.0f)  %s", name, measured.orElseThrow(), floor, pass ? "PASS" : "MISS"));
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
