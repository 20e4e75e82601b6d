package dev.dmz.benchmarks;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.json.Documents;
import dev.dmz.json.EventLog;
import dev.dmz.json.Head;
import dev.dmz.json.Verification;
import dev.dmz.json.store.FileProgramStore;
import dev.dmz.json.store.ProgramId;
import dev.dmz.json.store.Snapshot;
import dev.dmz.json.store.StoredProgram;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Program;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.RuleBook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
 * A program's record in the file store ({@link FileProgramStore}), of 100,000 and 1,000,000 entries
 * that the program of {@link ReplayHistory} decided (each entry one decision, with one event or more):
 *
 * <ul>
 *   <li>{@link #load}: loading the program, as a system does before it decides a command: the latest
 *       snapshot (one every {@value #SNAPSHOT_EVERY} entries, as {@code
 *       DecisionRecorder.withSnapshotsEvery} saves them) and the entries after it, each checked and
 *       decided again;</li>
 *   <li>{@link #catchUp}: a program loaded {@value #BEHIND} entries before the head brought up to
 *       it, as a writer does after a version conflict;</li>
 *   <li>{@link #verify}: reading and verifying the whole log, as {@code dmz verify} does: every line
 *       parsed, its SHA-256 and place in the chain checked, its command decided again. {@link Report}
 *       prints it as entries a second.</li>
 * </ul>
 *
 * <p>The forks get a 4 GB heap, touched before the run: the setup holds the program that wrote the
 * record.
 */
@State(Scope.Benchmark)
@Fork(value = 2, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch", "-Xbatch"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 4, time = 1, timeUnit = TimeUnit.SECONDS)
public class StoreBenchmarks {
  /** Entries between two snapshots. */
  static final int SNAPSHOT_EVERY = 10_000;

  /** Entries in the record. */
  @Param({"100000", "1000000"})
  public int entries;

  /** Entries appended after {@link #behind} was loaded. */
  static final int BEHIND = 10;

  private final ProgramId id = ProgramId.of("benchmark");
  private StoredProgram behind;
  private Path folder;
  private FileProgramStore store;
  private ProgramCharter charter;

  /** The file, beside the record, holding the program {@value #BEHIND} entries before its head. */
  private static final String BEHIND_FILE = "behind.state";

  /**
   * Writes the record, its latest snapshot and the program {@value #BEHIND} entries before its head
   * (once in a run of the suite, see {@link RunFolder}), and reads the last back.
   */
  @Setup(Level.Trial)
  public void write() throws IOException {
    folder = RunFolder.written("growing-" + entries, written -> {
      StoredProgram before = record(FileProgramStore.in(written), id, ReplayHistory.program(entries), entries);
      Files.writeString(written.resolve(BEHIND_FILE), before.head() + " " + before.fromSnapshot() + "\n"
          + Documents.STATE.writeLine(before.program().state()), StandardCharsets.UTF_8);
    });
    store = FileProgramStore.in(folder);
    String[] saved = Files.readString(folder.resolve(BEHIND_FILE), StandardCharsets.UTF_8).split("\n", 2);
    String[] place = saved[0].split(" ");
    ProgramState state = Documents.STATE.readJson(saved[1], BEHIND_FILE);
    behind = new StoredProgram(id, Program.resume(state, RuleBook.standard()), Head.parse(place[0]),
        Long.parseLong(place[1]));
    charter = state.charter();
  }

  /**
   * Writes a program's record of so many entries to a store, with a snapshot about half of {@value
   * #SNAPSHOT_EVERY} entries before the last multiple of it, as the recorder saves them, and checks that
   * the store loads it from that snapshot.
   *
   * @param store the store
   * @param id the program's id in it
   * @param program a program that took at least so many decisions
   * @param entries how many of its decisions the record holds
   * @return the program as the store loaded it {@value #BEHIND} entries before the head
   * @throws IOException if the snapshot cannot be made
   */
  static StoredProgram record(FileProgramStore store, ProgramId id, Program program, int entries)
      throws IOException {
    List<Decision> decisions = program.decisions().asJava().subList(0, entries);
    ProgramCharter charter = program.state().charter();
    store.create(id, charter);
    int snapshotAt = entries / SNAPSHOT_EVERY * SNAPSHOT_EVERY - SNAPSHOT_EVERY / 2;
    Head atSnapshot = store.append(id, Head.EMPTY, decisions.subList(0, snapshotAt));
    Head beforeLast = store.append(id, atSnapshot, decisions.subList(snapshotAt, entries - BEHIND));
    Program snapshot = Program.start(charter).applyAll(decisions.subList(0, snapshotAt).stream()
        .map(Decision::command).toList());
    store.saveSnapshot(id, Snapshot.of(atSnapshot, snapshot));
    StoredProgram behind = store.load(id);
    Head head = store.append(id, beforeLast, decisions.subList(entries - BEHIND, entries));
    StoredProgram loaded = store.load(id);
    if (loaded.fromSnapshot() != snapshotAt || !loaded.head().equals(head)) {
      throw new IllegalStateException("the store loaded from entry " + loaded.fromSnapshot() + " to " + loaded.head()
          + ", not from " + snapshotAt + " to " + head);
    }
    return behind;
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

  /**
   * Catches up a program loaded {@value #BEHIND} entries before the head: what a writer does after a
   * version conflict ({@code ProgramStore.catchUp}). One fork: no target rests on it.
   *
   * @return the program at the head
   */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch", "-Xbatch"})
  public StoredProgram catchUp() {
    return store.catchUp(behind);
  }

  /**
   * Reads and verifies the whole log: parse, chain and rules.
   *
   * @return what verifying found
   */
  @Benchmark
  public Verification verify() {
    return EventLog.verify(store.log(id), charter, RuleBook.standard(), Optional.empty(), Long.MAX_VALUE,
        bytes -> { });
  }
}
