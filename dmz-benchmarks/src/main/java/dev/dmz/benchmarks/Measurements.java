package dev.dmz.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/**
 * The figures of one JMH run, found by benchmark and parameters. A benchmark's figure is the median of
 * its measurement iterations' scores over every fork, with the middle half of those scores as its
 * spread ({@link Figure}); beside it, how settled each fork was when it began to measure ({@link
 * Measurement#firstToLater}).
 */
final class Measurements {
  /** JMH's gc profiler: bytes allocated per operation. */
  private static final String ALLOCATION = "gc.alloc.rate.norm";

  /**
   * A figure and its spread: the median of the measured iterations (over every fork) and their lower
   * and upper quartiles. A ratio of two figures spans from the numerator's low over the denominator's
   * high to the numerator's high over the denominator's low: where the ratio lies when each side stays
   * within its middle half.
   *
   * @param median the median
   * @param low the lower quartile
   * @param high the upper quartile
   */
  record Figure(double median, double low, double high) {
    static Figure of(Statistics statistics) {
      return new Figure(statistics.getPercentile(50.0), statistics.getPercentile(25.0),
          statistics.getPercentile(75.0));
    }

    /** This figure over another: a ratio, with its spread. */
    Figure over(Figure denominator) {
      return new Figure(median / denominator.median, low / denominator.high, high / denominator.low);
    }

    /** A count over this figure, a time in milliseconds: a rate a second, with its spread. */
    Figure rate(double count) {
      return new Figure(count / median * 1_000, count / high * 1_000, count / low * 1_000);
    }

    /** The spread as a share of the median: half the middle half's width, in percent. */
    double spreadPercent() {
      return (high - low) / 2 / median * 100;
    }
  }

  /**
   * One benchmark at one set of parameters.
   *
   * @param benchmark the class and method
   * @param params the parameters, as {@code name=value, ...}
   * @param engineers the engineers parameter, or 0
   * @param parents the parents parameter, or 0
   * @param events events of a history, or decisions of a log, or 0
   * @param time the primary score: its median and middle half
   * @param unit the primary score's unit
   * @param bytes bytes allocated per operation, or NaN figures when the gc profiler did not run
   * @param cpu the CPU time the benchmark's threads spent per operation, in the primary score's time unit
   *     ({@link CpuTimeProfiler}), or NaN figures when it was not measured
   * @param forks the forks that measured it
   * @param firstToLater over every fork, the worst of the first measured iteration's score against the
   *     median of the fork's later half (time over time; for a throughput, the inverse): above 1, the
   *     fork was still getting faster when it began to measure; NaN with fewer than three iterations
   */
  record Measurement(String benchmark, String params, int engineers, int parents, int events, Figure time,
      String unit, Figure bytes, Figure cpu, int forks, double firstToLater) {
    /** The median of the primary score. */
    double median() {
      return time.median();
    }

    /** The median of the bytes allocated per operation. */
    double bytesPerOp() {
      return bytes.median();
    }
  }

  static final Figure NONE = new Figure(Double.NaN, Double.NaN, Double.NaN);

  private final List<Measurement> all;

  /**
   * The measurements given, sorted by benchmark, then parents, engineers, events and parameters.
   *
   * @param measurements the measurements
   */
  Measurements(List<Measurement> measurements) {
    all = new ArrayList<>(measurements);
    all.sort(Comparator.comparing(Measurement::benchmark).thenComparingInt(Measurement::parents)
        .thenComparingInt(Measurement::engineers).thenComparingInt(Measurement::events)
        .thenComparing(Measurement::params));
  }

  /**
   * The measurements of a JMH run.
   *
   * @param results the run's results
   * @return its measurements
   */
  static Measurements of(Collection<RunResult> results) {
    List<Measurement> all = new ArrayList<>();
    for (RunResult result : results) {
      BenchmarkParams params = result.getParams();
      String name = params.getBenchmark();
      Result<?> primary = result.getPrimaryResult();
      Result<?> allocation = result.getSecondaryResults().get(ALLOCATION);
      Result<?> cpu = result.getSecondaryResults().get(CpuTimeProfiler.CPU_PER_OP);
      all.add(new Measurement(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1),
          String.join(", ", params.getParamsKeys().stream().map(k -> k + "=" + params.getParam(k)).toList()),
          intParam(params, "engineers"), intParam(params, "parents"),
          intParam(params, "events") + intParam(params, "decisions"),
          Figure.of(primary.getStatistics()), primary.getScoreUnit(),
          allocation == null ? NONE : Figure.of(allocation.getStatistics()),
          cpu == null ? NONE : Figure.of(cpu.getStatistics()),
          result.getBenchmarkResults().size(), firstToLater(result.getBenchmarkResults(), params.getMode())));
    }
    return new Measurements(all);
  }

  /**
   * How much slower than its later half each fork's first measured iteration was, the worst fork's. A
   * fork still compiling, or still filling its caches, when it begins to measure shows as a first
   * iteration well above the rest: the figure a longer warm-up brings to 1.
   */
  static double firstToLater(Collection<BenchmarkResult> forks, Mode mode) {
    double worst = Double.NaN;
    for (BenchmarkResult fork : forks) {
      List<Double> scores = fork.getIterationResults().stream().map(i -> i.getPrimaryResult().getScore())
          .toList();
      if (scores.size() < 3) {
        continue;
      }
      double later = median(scores.subList(scores.size() / 2, scores.size()));
      double first = scores.get(0);
      double slower = mode == Mode.Throughput ? later / first : first / later;
      worst = Double.isNaN(worst) ? slower : Math.max(worst, slower);
    }
    return worst;
  }

  private static double median(List<Double> scores) {
    List<Double> sorted = scores.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  private static int intParam(BenchmarkParams params, String key) {
    String value = params.getParam(key);
    return value == null ? 0 : Integer.parseInt(value);
  }

  /**
   * Every measurement, by benchmark, then parents, engineers and events.
   *
   * @return the measurements
   */
  List<Measurement> all() {
    return all;
  }

  /**
   * A decision or query benchmark at one size.
   *
   * @param benchmark the class and method, for example {@code DecisionBenchmarks.admit}
   * @param engineers the engineers parameter
   * @param parents the parents parameter
   * @return the measurement, or empty when the run did not measure it
   */
  Optional<Measurement> at(String benchmark, int engineers, int parents) {
    return all.stream()
        .filter(m -> m.benchmark().equals(benchmark) && m.engineers() == engineers && m.parents() == parents)
        .findFirst();
  }

  /**
   * The measurement of a benchmark at some of its parameters.
   *
   * @param benchmark the class and method, for example {@code ReadingBenchmarks.charter}
   * @param params parameters the measurement must have, such as {@code format=yaml}
   * @return the measurement, or empty when the run did not measure it
   */
  Optional<Measurement> find(String benchmark, Map<String, String> params) {
    return all.stream()
        .filter(m -> m.benchmark().equals(benchmark) && params(m).entrySet().containsAll(params.entrySet()))
        .findFirst();
  }

  /** The parameters of a measurement, by name. */
  private static Map<String, String> params(Measurement m) {
    Map<String, String> params = new TreeMap<>();
    for (String pair : m.params().split(", ")) {
      int at = pair.indexOf('=');
      if (at > 0) {
        params.put(pair.substring(0, at), pair.substring(at + 1));
      }
    }
    return params;
  }
}
