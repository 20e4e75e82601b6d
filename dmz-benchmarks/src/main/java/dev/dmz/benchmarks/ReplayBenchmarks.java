package dev.dmz.benchmarks;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.Event;
import dev.dmz.rules.Program;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rebuilding a program from its history ({@code Program.replay(charter, events)}), for histories of
 * 100,000 and 1,000,000 events that a program of {@value ReplayHistory#ROSTER} engineers and five
 * parents produced (see {@link ReplayHistory}). The forks get a 3 GB heap, touched before the run.
 */
@State(Scope.Benchmark)
@Fork(value = 2, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch", "-Xbatch"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
public class ReplayBenchmarks {
  /** Events in the history. */
  @Param({"100000", "1000000"})
  public int events;

  private ProgramCharter charter;
  private List<Event> history;

  /** Produces the history (once per fork) by applying commands. */
  @Setup(Level.Trial)
  public void build() {
    ReplayHistory produced = ReplayHistory.of(events);
    charter = produced.charter();
    history = produced.events();
  }

  /** Replays the whole history. */
  @Benchmark
  public Program replay() {
    return Program.replay(charter, history);
  }
}
