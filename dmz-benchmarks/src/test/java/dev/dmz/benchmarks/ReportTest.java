package dev.dmz.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.benchmarks.Measurements.Figure;
import dev.dmz.benchmarks.Measurements.Measurement;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The benchmark report: targets decided on the right figures, with PASS or MISS")
class ReportTest {
  /** A figure with a middle half 10% either side of its median. */
  private static Figure about(double median) {
    return new Figure(median, median * 0.9, median * 1.1);
  }

  private static Measurement decision(String method, int engineers, double wallNanos, double cpuNanos) {
    return new Measurement("DecisionBenchmarks." + method, "engineers=" + engineers + ", parents=5", engineers, 5, 0,
        about(wallNanos), "ns/op", about(96), about(cpuNanos), 2, 1.0);
  }

  private static Measurement replay(int events, double millis, double firstToLater) {
    return replay(events, millis, millis, firstToLater);
  }

  private static Measurement replay(int events, double wallMillis, double cpuMillis, double firstToLater) {
    return new Measurement("ReplayBenchmarks.replay", "events=" + events, 0, 0, events, about(wallMillis), "ms/op",
        about(1_000), about(cpuMillis), 2, firstToLater);
  }

  /** Decisions whose wall time a busy machine inflated at 10,000 engineers, and whose CPU time it did not. */
  private static List<Measurement> decisions() {
    return List.of(
        decision("admit", 10, 500, 50), decision("admit", 10_000, 2_000, 60),
        decision("admitInline", 10, 50, 5), decision("admitInline", 10_000, 60, 5));
  }

  private static String printed(List<Measurement> measurements, boolean[] met) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    met[0] = new Report(new Measurements(measurements), new PrintStream(bytes, true, StandardCharsets.UTF_8)).print();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String line(String printed, String start) {
    return printed.lines().filter(l -> l.startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no line starts with '" + start + "' in:\n" + printed));
  }

  @Test
  @DisplayName("the decision targets are decided on CPU time, the wall-time ratios printed under them")
  void decisionsOnCpuTime() {
    boolean[] met = {false};
    String printed = printed(decisions(), met);
    String lines = printed.replaceAll(" +", " ");
    assertTrue(lines.contains("decision at 10,000 engineers / at 10 (worst), CPU time 1.20x (0.98-1.47x)"
        + " at most 2x PASS\n the same in wall time 4.00x (3.27-4.89x) (the machine's load is in it)"), printed);
    assertTrue(lines.contains("full rule book / inline check of the deciding rule (worst), CPU time 12.00x"
        + " (9.82-14.67x) at most 20x PASS\n the same in wall time 33.33x (27.27-40.74x) (the machine's load is in"
        + " it)"), printed);
    assertTrue(lines.contains("admit 1.20x - 12.00x 33.33x"), "per command: scaling at 5 and 50 parents (not"
        + " measured), the worst rule book/inline in CPU time, then in wall time:\n" + printed);
    assertTrue(met[0], "every target measured was met: replay and the stores were not measured");
    assertTrue(line(printed, "replay of 1,000,000 events / of 100,000").endsWith("not measured"), printed);
    assertTrue(line(printed, "dmz report over 1,000,000 events in a heap of 1 GB").endsWith("not measured"), printed);
  }

  @Test
  @DisplayName("a ratio over its limit is a MISS, and the run is told so")
  void miss() {
    List<Measurement> all = new ArrayList<>(decisions());
    all.add(replay(100_000, 50, 1.0));
    all.add(replay(1_000_000, 1_000, 1.0));
    boolean[] met = {true};
    String printed = printed(all, met);
    assertTrue(line(printed, "replay of 1,000,000 events / of 100,000").matches(".* 20\\.00x .*at most 12x  MISS"),
        printed);
    assertFalse(met[0]);
  }

  @Test
  @DisplayName("the replay target is decided on CPU time; its wall time, inflated by a busy machine, under it")
  void replayOnCpuTime() {
    List<Measurement> all = new ArrayList<>(decisions());
    all.add(replay(100_000, 50, 50, 1.0));
    all.add(replay(1_000_000, 900, 550, 1.0));
    boolean[] met = {false};
    String printed = printed(all, met);
    String lines = printed.replaceAll(" +", " ");
    assertTrue(lines.contains("replay of 1,000,000 events / of 100,000, CPU time 11.00x (9.00-13.44x) at most 12x"
        + " PASS\n the same in wall time 18.00x (14.73-22.00x) (the machine's load is in it)"), printed);
    assertTrue(met[0], "a replay 11x in CPU time meets its target, whatever the wall time");
  }

  @Test
  @DisplayName("a fork still getting faster when it began to measure is named; otherwise the warm-up is settled")
  void warmUp() {
    boolean[] met = {false};
    assertTrue(printed(decisions(), met).contains("Warm-up: settled."));
    List<Measurement> all = new ArrayList<>(decisions());
    all.add(replay(100_000, 50, 1.31));
    String printed = printed(all, met);
    assertEquals("  ReplayBenchmarks.replay (events=100000): 1.31x", line(printed, "  ReplayBenchmarks.replay"));
    assertEquals("1.31*", line(printed, "ReplayBenchmarks.replay").substring(line(printed, "ReplayBenchmarks.replay")
        .length() - 5));
  }

  @Test
  @DisplayName("a ratio's spread runs from the low over the other's high to the high over the other's low")
  void spread() {
    Figure ratio = new Figure(10, 8, 12).over(new Figure(5, 4, 6));
    assertEquals(new Figure(2, 8.0 / 6, 3), ratio);
    assertEquals(41.67, Math.round(ratio.spreadPercent() * 100) / 100.0);
    Figure rate = new Figure(2_000, 1_000, 4_000).rate(1_000_000);
    assertEquals(new Figure(500_000, 250_000, 1_000_000), rate, "entries a second from milliseconds");
  }
}
