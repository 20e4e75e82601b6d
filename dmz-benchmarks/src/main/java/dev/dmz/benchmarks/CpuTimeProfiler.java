package dev.dmz.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * A JMH profiler that measures, in each iteration, the CPU time the benchmark's own threads (JMH's
 * workers) spent, and reports it per operation as {@value #CPU_PER_OP}, in the benchmark's time unit.
 *
 * <p>Why: JMH's score is wall time. On a machine whose cores a build takes at random, a thread that
 * waits for a core is timed as if it worked, and a decision of 100 ns measured over 200 ms iterations
 * came out two or five times slower from one iteration to the next, with no change in the code. The
 * CPU time a thread spent is what the operation cost, whoever else wants the cores; {@link Report}
 * decides the decision targets on it. What it leaves out: the collector's threads (a decision's
 * garbage dies young, and JMH's gc profiler prints its collections beside it) and the time lost to
 * caches another process emptied (counted, as it is for any code that runs on a busy machine).
 *
 * <p>The threads' CPU times are read at the iteration's start and end from the JVM ({@link
 * ThreadMXBean#getThreadCpuTime}, nanoseconds on Linux): JMH calls this profiler before its workers
 * start an iteration and after they all finished it. The count of operations is every operation the
 * workers ran in that time ({@code getAllOps}, as the gc profiler counts them), not only those inside
 * the timed window. A benchmark measured as a throughput reports nothing: it may run on threads of
 * its own, which this profiler does not see.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  /** The name of the figure this profiler adds to each iteration. */
  static final String CPU_PER_OP = "cpu.time.op";

  /** What JMH names its benchmark threads: {@code <benchmark>-jmh-worker-<n>}. */
  private static final String WORKER = "-jmh-worker-";

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private Map<Long, Long> atStart = Map.of();

  /** Made by JMH, once in each fork. */
  public CpuTimeProfiler() {
    // nothing to set up: the JVM measures every thread's CPU time
  }

  @Override
  public String getDescription() {
    return "CPU time of the benchmark's threads, per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    atStart = workers();
  }

  @Override
  public Collection<? extends Result<?>> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
      IterationResult result) {
    long operations = result.getMetadata().getAllOps();
    if (benchmark.getMode() == Mode.Throughput || operations == 0) {
      return List.of();
    }
    long spent = 0;
    for (Map.Entry<Long, Long> worker : workers().entrySet()) {
      // a worker started during the iteration had spent nothing before it
      spent += worker.getValue() - atStart.getOrDefault(worker.getKey(), 0L);
    }
    double nanosPerOp = (double) spent / operations;
    double perOp = nanosPerOp / benchmark.getTimeUnit().toNanos(1);
    return List.of(new ScalarResult(CPU_PER_OP, perOp, TimeValue.tuToString(benchmark.getTimeUnit()) + "/op",
        AggregationPolicy.AVG));
  }

  /** The CPU time each live worker thread has spent so far, in nanoseconds, by thread id. */
  private Map<Long, Long> workers() {
    Map<Long, Long> spent = new HashMap<>();
    for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (thread != null && thread.getThreadName().contains(WORKER)) {
        long nanos = threads.getThreadCpuTime(thread.getThreadId());
        if (nanos >= 0) {
          spent.put(thread.getThreadId(), nanos);
        }
      }
    }
    return spent;
  }
}
