package dev.dmz.benchmarks;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.json.EventLog;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Program;
import dev.dmz.rules.RuleBook;
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
 * An event log of {@link ReplayHistory}'s program, per decision ({@link Report} prints decisions per
 * second in its events/s column): {@code replay}, the log's text read and every line decided again
 * ({@code EventLog.replay}); {@code parse}, the text read into decisions without re-checking ({@code
 * EventLog.parse}); and {@code redecide}, the decisions already read, decided again and compared with
 * the recorded ones, as replay does: what replay costs besides reading.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch", "-Xbatch"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class LogReplayBenchmarks {
  /** Decisions in the log. */
  @Param({"100000"})
  public int decisions;

  private ProgramCharter charter;
  private String text;
  private List<Decision> recorded;

  /** Writes the log, once per fork. */
  @Setup(Level.Trial)
  public void write() {
    Program program = ReplayHistory.program(decisions);
    charter = program.state().charter();
    recorded = program.decisions().take(decisions).toJavaList();
    text = EventLog.write(recorded);
  }

  /**
   * Reads the log and decides every line again.
   *
   * @return the program
   */
  @Benchmark
  public Program replay() {
    return EventLog.replay(text, "log.jsonl", charter, RuleBook.standard());
  }

  /**
   * Reads the log, without re-checking it.
   *
   * @return the decisions
   */
  @Benchmark
  public List<Decision> parse() {
    return EventLog.parse(text, "log.jsonl");
  }

  /**
   * Decides every recorded command again and compares the decisions, as replay does once it has read a
   * line.
   *
   * @return the program
   */
  @Benchmark
  public Program redecide() {
    Program program = Program.start(charter, RuleBook.standard());
    for (Decision decision : recorded) {
      program = program.apply(decision.command());
      if (!program.lastDecision().orElseThrow().equals(decision)) {
        throw new IllegalStateException("decided otherwise: " + decision);
      }
    }
    return program;
  }
}
