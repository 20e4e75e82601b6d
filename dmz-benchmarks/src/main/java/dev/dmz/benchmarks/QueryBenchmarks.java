package dev.dmz.benchmarks;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.commercial.Settlement;
import dev.dmz.rules.decision.Readiness;
import java.time.LocalDate;
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
 * The questions procurement asks of a whole program, at several sizes: is the charter ready (every
 * readiness rule over a charter whose premium rates grow with the program), and what is each supplier
 * owed for a month (milestones accepted in it, and every premium rate's days, prorated).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-Xbatch"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 250, timeUnit = TimeUnit.MILLISECONDS)
public class QueryBenchmarks {
  /** Named engineers on the roster. */
  @Param({"10", "1000", "10000"})
  public int engineers;

  /** Parents that signed the charter: one OEM, the others suppliers. */
  @Param({"5", "50"})
  public int parents;

  private ProgramCharter charter;
  private ProgramState state;
  private LocalDate from;
  private LocalDate to;

  /** Builds the program (once per fork), with the vacancy filled and a milestone accepted. */
  @Setup(Level.Trial)
  public void build() {
    LargeProgram large = LargeProgram.of(parents, engineers);
    charter = large.charter;
    state = large.program.apply(large.fill).apply(large.acceptance).state();
    from = LargeProgram.TODAY.withDayOfMonth(1);
    to = from.plusMonths(1).minusDays(1);
    if (!RuleBook.standard().check(charter).isReady() || state.commercial().acceptances().isEmpty()) {
      throw new IllegalStateException("the charter should be ready and a milestone accepted");
    }
  }

  /** The charter readiness check: every readiness rule of the standard rule book. */
  @Benchmark
  public Readiness readiness() {
    return RuleBook.standard().check(charter);
  }

  /** What each supplier is owed for the month of {@link LargeProgram#TODAY}. */
  @Benchmark
  public Settlement settlement() {
    return Settlement.owed(state, from, to);
  }
}
