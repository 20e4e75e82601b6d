package dev.dmz.benchmarks;

import dev.dmz.rules.Decision;
import dev.dmz.rules.Program;
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
 * Deciding one command with the full built-in rule book ({@code program.decide(command)}: all eleven
 * command rules, the decision and its events), at several program sizes, beside the floor: the
 * same command checked by the one rule that decides it, written inline ({@link InlineRules}).
 *
 * <p>The commands: the lead admits a candidate, the lead fills a vacancy, a supplier's own
 * substitution (refused), the lead draws on the risk pool, the lead accepts a milestone. Each
 * benchmark returns its result, which JMH consumes, so nothing is eliminated as dead code; the
 * program and commands live in non-final fields of the state, so nothing is constant-folded.
 *
 * <p>Each fork's heap is fixed and touched before the run ({@code -XX:+AlwaysPreTouch}): without
 * that, a decision that allocates pays the kernel for each first touch of a page of a young
 * generation that is never warm (this doubled or tripled the library's figures, and left the
 * inline checks, which allocate nothing, untouched).
 *
 * <p>The forks compile in the foreground ({@code -Xbatch}): a method that reaches the compiler's
 * threshold waits for its compiled code instead of running on while a compiler thread works. On a
 * loaded two-core machine the compiler threads starve, and a warm-up measured in time ended with code
 * still interpreted or half-compiled (a draw's first measured iterations at 2 µs, its last at 0.1 µs;
 * a fork's first measured iteration up to 270 times its later ones in a run under a build). In the
 * foreground, the warm-up is counted in calls, which a loaded machine makes too, only slower.
 */
@State(Scope.Benchmark)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-Xbatch"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 200, timeUnit = TimeUnit.MILLISECONDS)
public class DecisionBenchmarks {
  /** Named engineers on the roster. */
  @Param({"10", "1000", "10000"})
  public int engineers;

  /** Parents that signed the charter: one OEM, the others suppliers. */
  @Param({"5", "50"})
  public int parents;

  private LargeProgram large;
  private Program program;
  private InlineRules plain;

  /** Builds the program (once per fork) and the plain model of its state. */
  @Setup(Level.Trial)
  public void build() {
    large = LargeProgram.of(parents, engineers);
    program = large.program;
    plain = new InlineRules(program.state());
    if (!plain.admit(large.admit).accepted() || !plain.fill(large.fill).accepted()
        || plain.substitute(large.substitution).accepted() || !plain.draw(large.draw).accepted()
        || !plain.acceptMilestone(large.acceptance).accepted()) {
      throw new IllegalStateException("the inline checks should decide as the library does");
    }
  }

  /** The lead admits a candidate from the pool, under the full rule book. */
  @Benchmark
  public Decision admit() {
    return program.decide(large.admit);
  }

  /** The same admission, checked inline by DMZ-LEAD-ADMITS alone. */
  @Benchmark
  public InlineRules.Verdict admitInline() {
    return plain.admit(large.admit);
  }

  /** The lead fills the open vacancy, under the full rule book. */
  @Benchmark
  public Decision fillVacancy() {
    return program.decide(large.fill);
  }

  /** The same fill, checked inline by DMZ-REPLACEMENT-VETO alone. */
  @Benchmark
  public InlineRules.Verdict fillVacancyInline() {
    return plain.fill(large.fill);
  }

  /** A supplier's own substitution of its engineer, refused by the full rule book. */
  @Benchmark
  public Decision refusedSubstitution() {
    return program.decide(large.substitution);
  }

  /** The same substitution, refused inline by DMZ-REPLACEMENT-VETO alone. */
  @Benchmark
  public InlineRules.Verdict refusedSubstitutionInline() {
    return plain.substitute(large.substitution);
  }

  /** The lead draws on the risk pool, under the full rule book. */
  @Benchmark
  public Decision poolDraw() {
    return program.decide(large.draw);
  }

  /** The same draw, checked inline by DMZ-RISK-POOL-DRAW alone. */
  @Benchmark
  public InlineRules.Verdict poolDrawInline() {
    return plain.draw(large.draw);
  }

  /** The lead accepts a supplier's milestone, under the full rule book. */
  @Benchmark
  public Decision acceptMilestone() {
    return program.decide(large.acceptance);
  }

  /** The same acceptance, checked inline by DMZ-MILESTONE-PAYMENT alone. */
  @Benchmark
  public InlineRules.Verdict acceptMilestoneInline() {
    return plain.acceptMilestone(large.acceptance);
  }
}
