package dev.dmz.benchmarks;

import dev.dmz.json.store.FileProgramStore;
import dev.dmz.json.store.ProgramId;
import dev.dmz.json.store.StoredProgram;
import java.io.IOException;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a program from the file store, with snapshots, when only its history grows: the record of
 * {@link ReplayHistory#steadyProgram} (a settled roster; the commands change no map of the state), of
 * 100,000 and 1,000,000 entries, its latest snapshot {@value StoreBenchmarks#SNAPSHOT_EVERY} entries or
 * fewer back, as {@link StoreBenchmarks#load} loads the record of a program whose state grows with it.
 * The two side by side tell what a load costs for the history (this one) and for the state (that one).
 */
@State(Scope.Benchmark)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch", "-Xbatch"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
public class SteadyStoreBenchmarks {
  /** Entries in the record. */
  @Param({"100000", "1000000"})
  public int entries;

  private final ProgramId id = ProgramId.of("steady");
  private Path folder;
  private FileProgramStore store;

  /** Writes the record and its latest snapshot (once in a run of the suite, see {@link RunFolder}). */
  @Setup(Level.Trial)
  public void write() throws IOException {
    folder = RunFolder.written("steady-" + entries, written -> StoreBenchmarks.record(FileProgramStore.in(written),
        id, ReplayHistory.steadyProgram(entries), entries));
    store = FileProgramStore.in(folder);
  }

  /** Removes the record, unless the run's next forks read it. */
  @TearDown(Level.Trial)
  public void remove() throws IOException {
    RunFolder.release(folder);
  }

  /**
   * Loads the program: its latest snapshot and the entries after it.
   *
   * @return the program
   */
  @Benchmark
  public StoredProgram load() {
    return store.load(id);
  }
}
