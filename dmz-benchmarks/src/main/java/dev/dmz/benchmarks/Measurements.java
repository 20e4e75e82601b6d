package dev.dmz.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The medians of one JMH run, found by benchmark and parameters. A median is the median of the
 * measurement iterations' scores (each an average time per operation), over every fork.
 */
final class Measurements {
  /** JMH's gc profiler: bytes allocated per operation. */
  private static final String ALLOCATION = "gc.alloc.rate.norm";

  /** One benchmark at one set of parameters; {@code events}: of a history, or decisions of a log. */
  record Measurement(String benchmark, String params, int engineers, int parents, int events, double median,
      String unit, double bytesPerOp) {}

  private final List<Measurement> all = new ArrayList<>();

  Measurements(Collection<RunResult> results) {
    for (RunResult result : results) {
      BenchmarkParams params = result.getParams();
      String name = params.getBenchmark();
      Result<?> primary = result.getPrimaryResult();
      Result<?> allocation = result.getSecondaryResults().get(ALLOCATION);
      all.add(new Measurement(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1),
          String.join(", ", params.getParamsKeys().stream().map(k -> k + "=" + params.getParam(k)).toList()),
          intParam(params, "engineers"), intParam(params, "parents"),
          intParam(params, "events") + intParam(params, "decisions"),
          primary.getStatistics().getPercentile(50.0), primary.getScoreUnit(),
          allocation == null ? Double.NaN : allocation.getScore()));
    }
    all.sort(Comparator.comparing(Measurement::benchmark).thenComparingInt(Measurement::parents)
        .thenComparingInt(Measurement::engineers).thenComparingInt(Measurement::events)
        .thenComparing(Measurement::params));
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
   * The median of a decision or query benchmark at one size.
   *
   * @param benchmark the class and method, for example {@code DecisionBenchmarks.admit}
   * @param engineers the engineers parameter
   * @param parents the parents parameter
   * @return the median, in the benchmark's unit, or empty when the run did not measure it
   */
  Optional<Double> median(String benchmark, int engineers, int parents) {
    return all.stream()
        .filter(m -> m.benchmark().equals(benchmark) && m.engineers() == engineers && m.parents() == parents)
        .map(Measurement::median).findFirst();
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

  /**
   * The median of a replay.
   *
   * @param events the history's length
   * @return the median, in milliseconds, or empty when the run did not measure it
   */
  Optional<Double> replay(int events) {
    return all.stream().filter(m -> m.benchmark().equals("ReplayBenchmarks.replay") && m.events() == events)
        .map(Measurement::median).findFirst();
  }
}
