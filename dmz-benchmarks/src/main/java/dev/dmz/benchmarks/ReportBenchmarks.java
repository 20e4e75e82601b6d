package dev.dmz.benchmarks;

import dev.dmz.cli.Dmz;
import dev.dmz.json.Documents;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * {@code dmz report} (the command line, in-process) on a log of 1,000,000 events that the program of
 * {@link ReplayHistory} decided, for the month of its last commands, in a fork with a heap of 1 GB:
 * the report reads the log as a fold (every entry verified on the program's state alone), so that a
 * record of any length is reported on in memory bounded by the state. The log (some 900,000 entries,
 * 0.4 GB) is written in the same fork ({@link ReplayHistory#writeLog}, also bounded by the state). A
 * report that does not fit, or fails otherwise, fails the benchmark.
 */
@State(Scope.Benchmark)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ReportBenchmarks {
  /** Events in the log. */
  @Param({"1000000"})
  public int events;

  private Path folder;
  private String[] arguments;

  /** The file, beside the log, holding the report's dates: the first and the last day of the log's last month. */
  private static final String MONTH = "month.txt";

  /** Writes the charter and the log (once in a run of the suite, see {@link RunFolder}). */
  @Setup(Level.Trial)
  public void write() throws IOException {
    folder = RunFolder.written("report-" + events, written -> {
      ReplayHistory.Written log = ReplayHistory.writeLog(written.resolve("log.jsonl"), events);
      Files.writeString(written.resolve("charter.json"), Documents.CHARTER.writeJson(log.charter()),
          StandardCharsets.UTF_8);
      Files.writeString(written.resolve(MONTH), log.lastDay().withDayOfMonth(1) + " " + log.lastDay(),
          StandardCharsets.UTF_8);
      System.out.println("log: " + log.events() + " events, " + log.head().entries() + " entries");
    });
    Path log = folder.resolve("log.jsonl");
    String[] month = Files.readString(folder.resolve(MONTH), StandardCharsets.UTF_8).split(" ");
    arguments = new String[] {"report", folder.resolve("charter.json").toString(), log.toString(), "--from", month[0],
        "--to", month[1], "--max-input-size", "2G"};
    System.out.println("log: " + Files.size(log) + " bytes; report "
        + String.join(" ", arguments).replace(folder + "/", ""));
  }

  /** Removes the files, unless the run's next forks read them. */
  @TearDown(Level.Trial)
  public void remove() throws IOException {
    RunFolder.release(folder);
  }

  /**
   * Reports on the month of the log's last commands.
   *
   * @return how many characters the report has
   */
  @Benchmark
  public long report() {
    Counting out = new Counting();
    StringWriter err = new StringWriter();
    int exit = Dmz.run(new PrintWriter(out), new PrintWriter(err), arguments);
    if (exit != 0) {
      throw new IllegalStateException("dmz report exited with " + exit + ": " + err);
    }
    return out.characters;
  }

  /** Counts what is written to it, and keeps nothing. */
  private static final class Counting extends Writer {
    long characters;

    @Override
    public void write(char[] text, int offset, int length) {
      characters += length;
    }

    @Override
    public void flush() {
      // nothing kept
    }

    @Override
    public void close() {
      // nothing kept
    }
  }
}
