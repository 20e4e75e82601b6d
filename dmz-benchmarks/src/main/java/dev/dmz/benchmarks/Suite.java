package dev.dmz.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmark suite with JMH's gc profiler and the suite's own CPU-time profiler ({@link
 * CpuTimeProfiler}) and prints a table of medians and the targets' ratios ({@link Report}). From the
 * project's root:
 *
 * <pre>
 * mvn -q -pl dmz-benchmarks -am compile exec:exec                 # short: each class's own settings
 * mvn -q -pl dmz-benchmarks -am compile exec:exec -Dmode=long     # careful: three forks, longer iterations
 * mvn -q -pl dmz-benchmarks -am compile exec:exec -Dbench=Replay  # part of the suite (a regular expression)
 * </pre>
 *
 * <p>Arguments: the mode ({@code short} or {@code long}) and a regular expression over benchmark
 * names. In the short mode each benchmark class's own annotations decide ({@code @Fork},
 * {@code @Warmup}, {@code @Measurement}): two forks for every benchmark whose figure decides a
 * target, one for the others, and warm-ups as long as the class's operations need to settle on a
 * loaded two-core machine (the report's warm-up check tells whether they did); only the sizes the
 * targets compare (10 and 10,000 engineers, 5 parents, documents of 1 and 16 MB); and, for the whole
 * suite, only the benchmarks that decide a target or give a figure an issue asks for (not {@link
 * #FIGURES_ONLY}): half an hour to an hour on two cores beside a build, depending on the machine. The
 * long mode runs every benchmark, three forks of 5 x 1 s warm-up and 10 x 1 s measurement each, at
 * every size. The classes also set their forks' heaps (fixed, and touched before the measurement)
 * and, where they warm up, compile in the foreground ({@code -Xbatch}, see {@link
 * DecisionBenchmarks}), so that a loaded machine's starved compiler threads cannot leave a measured
 * iteration still compiling. The records the store and report benchmarks read are written once in a
 * run, in a folder the run removes at its end ({@link RunFolder}).
 */
public final class Suite {
  /**
   * Benchmarks that decide no target and give no figure an issue asks for: the whole short suite
   * leaves them to the long mode (a part of the suite named by its argument runs them in either).
   */
  static final List<String> FIGURES_ONLY = List.of("QueryBenchmarks\\.", "LogLineBenchmarks\\.",
      "LogReplayBenchmarks\\.", "StoreBenchmarks\\.catchUp");

  /** The benchmarks to run when none are named: all of them. */
  private static final String WHOLE = ".*";

  private Suite() {}

  /** Removes a run's folder and the records in it, if it is still there; says so if it cannot. */
  private static void removeRun(Path run) {
    try {
      if (Files.exists(run)) {
        ScratchFolder.delete(run);
      }
    } catch (IOException | UncheckedIOException e) {
      System.err.println("could not remove " + run + ": " + e.getMessage());
    }
  }

  /**
   * Runs the suite.
   *
   * @param args the mode, then the benchmarks to run
   * @throws RunnerException if JMH cannot run a benchmark
   * @throws IOException if the run's folder cannot be made
   */
  public static void main(String[] args) throws RunnerException, IOException {
    String mode = args.length > 0 ? args[0].toLowerCase(Locale.ROOT) : "short";
    String include = args.length > 1 ? args[1] : WHOLE;
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(Suite.class.getPackageName() + "\\..*(" + include + ").*")
        .addProfiler(GCProfiler.class)
        .addProfiler(CpuTimeProfiler.class)
        .shouldFailOnError(true);
    switch (mode) {
      case "short":
        // the sizes the targets compare; the long mode adds 1,000 engineers, 50 parents and 4 MB documents
        options.param("engineers", "10", "10000").param("parents", "5").param("megabytes", "1", "16");
        if (include.equals(WHOLE)) {
          // the whole short suite: what decides a target, and the figures the issues ask for
          options.exclude(Suite.class.getPackageName() + "\\.(" + String.join("|", FIGURES_ONLY) + ")");
        }
        break;
      case "long":
        options.forks(3).warmupIterations(5).warmupTime(TimeValue.seconds(1))
            .measurementIterations(10).measurementTime(TimeValue.seconds(1));
        break;
      default:
        throw new IllegalArgumentException("mode is 'short' or 'long', was '" + mode + "'");
    }
    String loadBefore = Machine.load();
    Path run = Files.createTempDirectory("dmz-benchmarks-run");
    // a run stopped with Ctrl-C or kill leaves no gigabyte of records behind either
    Thread cleanUp = new Thread(() -> removeRun(run), "dmz-benchmarks-clean-up");
    Runtime.getRuntime().addShutdownHook(cleanUp);
    Collection<RunResult> results;
    try {
      // prepended: the classes' own @Fork(jvmArgsAppend) settings stay in force
      options.jvmArgsPrepend("-D" + RunFolder.PROPERTY + "=" + run);
      results = new Runner(options.build()).run();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(cleanUp);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or about to: it removes the folder
      }
      removeRun(run);
    }
    System.out.println();
    System.out.println("dmz benchmarks, " + mode + " mode (medians of the measurement iterations)");
    System.out.println("on " + Machine.describe());
    System.out.println("load average (1, 5, 15 min) before: " + loadBefore + ", after: " + Machine.load());
    boolean met = new Report(Measurements.of(results), System.out).print();
    System.out.println(met ? "Every target measured was met." : "A target was missed.");
  }
}
