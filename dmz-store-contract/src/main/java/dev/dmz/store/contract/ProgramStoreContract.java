package dev.dmz.store.contract;

import static dev.dmz.testkit.program.SampleProgram.LEAD;
import static dev.dmz.testkit.program.SampleProgram.LENA;
import static dev.dmz.testkit.program.SampleProgram.OMAR;
import static dev.dmz.testkit.program.SampleProgram.SUP_A;
import static dev.dmz.testkit.program.SampleProgram.day;
import static dev.dmz.testkit.program.SampleProgram.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.json.DocumentException;
import dev.dmz.json.Entry;
import dev.dmz.json.EventLog;
import dev.dmz.json.Head;
import dev.dmz.json.VersionConflict;
import dev.dmz.json.store.DecisionRecorder;
import dev.dmz.json.store.ProgramId;
import dev.dmz.json.store.ProgramStore;
import dev.dmz.json.store.Snapshot;
import dev.dmz.json.store.StoreException;
import dev.dmz.json.store.StoredProgram;
import dev.dmz.json.store.UnknownProgram;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Program;
import dev.dmz.rules.commercial.CommercialCommand.ContributeToPool;
import dev.dmz.rules.commercial.CommercialCommand.DrawOnPool;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.testkit.program.SampleProgram;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ProgramStore} must do, run against each store: the file store (this module's
 * tests), the PostgreSQL store in dmz-store-postgres, and any store a user writes: extend this class
 * in a test, give it the store ({@link #store}) and a way to change a stored entry behind its back
 * ({@link #tamper}).
 *
 * <p>The cases: creation (again with the same charter: nothing; with another: refused), unknown
 * programs, appends loaded back to the same program and the same lines byte for byte as {@link
 * EventLog#write}, the entries after a place, conflicts at a stale head or a forged hash with nothing
 * stored, a tampered entry caught on loading, verification against a kept head, the recorder's
 * retries, snapshots used, older ones ignored and ones out of place ignored, and 8 writers on one
 * program and on 100 (no decision lost, duplicated or reordered; each program's state equals a serial
 * replay of its record).
 */
public abstract class ProgramStoreContract {
  /** The charter every program of the contract is created with. */
  protected static final ProgramCharter CHARTER = SampleProgram.charter();
  /** A parent of the sample program, who nominates and pays into the pool. */
  protected static final Actor SUPPLIER_A = Actor.parent(SUP_A);
  private static final AtomicInteger PROGRAMS = new AtomicInteger();

  /**
   * The store under test; the same store may be given to every test, which use programs of their own.
   *
   * @return the store
   */
  protected abstract ProgramStore store();

  /**
   * Changes the line of a stored entry behind the store's back, as someone with access to the files or
   * the database could.
   *
   * @param id the program
   * @param sequence the entry
   * @param change what to do to its line
   */
  protected abstract void tamper(ProgramId id, long sequence, UnaryOperator<String> change);

  /** For subclasses. */
  protected ProgramStoreContract() {}

  /**
   * A program of this test's own, created with the sample charter.
   *
   * @return its key
   */
  protected ProgramId created() {
    ProgramId id = ProgramId.of("contract-" + getClass().getSimpleName() + "-" + PROGRAMS.incrementAndGet());
    store().create(id, CHARTER);
    return id;
  }

  /**
   * Five commands on the sample program: a nomination, an admission, an admission refused, a
   * contribution to the pool and a draw.
   *
   * @return the commands
   */
  protected static List<Command> commands() {
    return List.of(Nominate.of(SUPPLIER_A, LENA, day(0)), Admit.of(LEAD, LENA.id(), day(1)),
        Admit.of(SUPPLIER_A, OMAR.id(), day(1)), ContributeToPool.of(SUPPLIER_A, eur(1000), day(2)),
        DrawOnPool.of(LEAD, eur(400), "Supplier recall: re-test of the battery pack", day(3)));
  }

  /**
   * The decisions the standard rule book takes on commands, from a fresh sample program.
   *
   * @param commands the commands
   * @return the decisions
   */
  protected static List<Decision> decisions(List<Command> commands) {
    return Program.start(CHARTER).applyAll(commands).decisions().asJava();
  }

  @Test
  @DisplayName("a program created has its charter, no entry and the empty head; creating it again does nothing")
  void created_program() {
    ProgramId id = created();
    assertEquals(CHARTER, store().charter(id).orElseThrow());
    assertEquals(Head.EMPTY, store().head(id));
    StoredProgram loaded = store().load(id);
    assertEquals(Head.EMPTY, loaded.head());
    assertEquals(Program.start(CHARTER).state(), loaded.program().state());
    store().create(id, CHARTER);
    assertEquals(Head.EMPTY, store().head(id));
  }

  @Test
  @DisplayName("creating a program that exists with another charter is refused")
  void created_twice_with_another_charter() {
    ProgramId id = created();
    ProgramCharter other = CHARTER.withName("Another program");
    StoreException refused = assertThrows(StoreException.class, () -> store().create(id, other));
    assertTrue(refused.getMessage().contains("program " + id + ": exists"), refused.getMessage());
    assertEquals(CHARTER, store().charter(id).orElseThrow());
  }

  @Test
  @DisplayName("a program never created is unknown, said with its key")
  void unknown_program() {
    ProgramId id = ProgramId.of("never-created-" + PROGRAMS.incrementAndGet());
    assertTrue(store().charter(id).isEmpty());
    for (Runnable call : List.<Runnable>of(() -> store().load(id), () -> store().head(id),
        () -> store().append(id, Head.EMPTY, decisions(commands())), () -> store().readLines(id, 0, (s, l) -> { })))
    {
      UnknownProgram unknown = assertThrows(UnknownProgram.class, call::run);
      assertEquals(id, unknown.program());
      assertTrue(unknown.getMessage().startsWith("program " + id + ": "), unknown.getMessage());
    }
  }

  @Test
  @DisplayName("appended decisions load back to the program that took them, lines byte for byte as the log's")
  void append_and_load() {
    ProgramId id = created();
    List<Decision> decisions = decisions(commands());
    Head head = store().append(id, Head.EMPTY, decisions.subList(0, 2));
    head = store().append(id, head, decisions.subList(2, 5));

    StoredProgram loaded = store().load(id);
    Program expected = Program.start(CHARTER).applyAll(commands());
    assertEquals(expected.state(), loaded.program().state());
    assertEquals(expected.decisions(), loaded.program().decisions());
    assertEquals(head, loaded.head());
    assertEquals(head, store().head(id));
    List<String> lines = new ArrayList<>();
    store().readLines(id, 0, (sequence, line) -> lines.add(line));
    assertEquals(EventLog.write(decisions), String.join("\n", lines) + "\n");
  }

  @Test
  @DisplayName("the entries after a place are the record's tail, checked")
  void entries_after() {
    ProgramId id = created();
    List<Decision> decisions = decisions(commands());
    store().append(id, Head.EMPTY, decisions);
    List<Entry> all = store().entries(id, 0);
    assertEquals(5, all.size());
    assertEquals(decisions, all.stream().map(Entry::decision).toList());
    assertEquals(all.subList(3, 5), store().entries(id, 3));
    assertEquals(List.of(), store().entries(id, 5));
    List<Long> sequences = new ArrayList<>();
    store().readLines(id, 2, (sequence, line) -> sequences.add(sequence));
    assertEquals(List.of(3L, 4L, 5L), sequences);
  }

  @Test
  @DisplayName("an append at a stale head is a conflict and stores nothing")
  void stale_append() {
    ProgramId id = created();
    List<Decision> decisions = decisions(commands());
    Head first = store().append(id, Head.EMPTY, decisions.subList(0, 1));
    Head second = store().append(id, first, decisions.subList(1, 2));

    VersionConflict stale = assertThrows(VersionConflict.class,
        () -> store().append(id, first, decisions.subList(2, 3)));
    assertEquals(first, stale.expected());
    assertEquals(second, stale.actual());
    assertTrue(stale.getMessage().startsWith("program " + id + ": the record is at entry 2"), stale.getMessage());
    VersionConflict ahead = assertThrows(VersionConflict.class,
        () -> store().append(id, Head.EMPTY, decisions.subList(0, 1)));
    assertEquals(second, ahead.actual());
    assertEquals(second, store().head(id));
    assertEquals(2, store().entries(id, 0).size());
  }

  @Test
  @DisplayName("an append naming the right count but another hash is a conflict")
  void wrong_hash() {
    ProgramId id = created();
    List<Decision> decisions = decisions(commands());
    Head head = store().append(id, Head.EMPTY, decisions.subList(0, 2));
    Head forged = new Head(2, Entry.after(Head.EMPTY, decisions.get(1)).hash());
    assertThrows(VersionConflict.class, () -> store().append(id, forged, decisions.subList(2, 3)));
    assertEquals(head, store().head(id));
  }

  @Test
  @DisplayName("a stored entry changed behind the store's back is caught on loading, naming the entry")
  void tampered_entry() {
    ProgramId id = created();
    store().append(id, Head.EMPTY, decisions(commands()));
    tamper(id, 4, line -> line.replace("\"EUR 1000.00\"", "\"EUR 9000.00\""));
    DocumentException caught = assertThrows(DocumentException.class, () -> store().load(id));
    assertEquals(4, caught.entry());
    assertEquals("$.hash", caught.path());
    assertTrue(caught.getMessage().startsWith("program " + id + ", entry 4: $.hash: is "), caught.getMessage());
  }

  @Test
  @DisplayName("verifying a stored record gives its head, and proves it extends a kept one or says where not")
  void verify() {
    ProgramId id = created();
    List<Decision> decisions = decisions(commands());
    Head kept = store().append(id, Head.EMPTY, decisions.subList(0, 3));
    Head head = store().append(id, kept, decisions.subList(3, 5));
    assertEquals(head, store().verify(id, java.util.Optional.of(kept)).head());
    assertEquals(5, store().verify(id, java.util.Optional.empty()).program().decisions().size());
    DocumentException beyond = assertThrows(DocumentException.class,
        () -> store().verify(id, java.util.Optional.of(new Head(6, head.hash()))));
    assertEquals("program " + id + ", entry 6: $: the record ends after 5 entries, but the head you kept is entry 6: "
        + "it was cut short", beyond.getMessage());
    DocumentException parted = assertThrows(DocumentException.class,
        () -> store().verify(id, java.util.Optional.of(new Head(3, head.hash()))));
    assertTrue(parted.getMessage().endsWith("the record parts from the one you kept at entry 3 or before"),
        parted.getMessage());
  }

  @Test
  @DisplayName("a recorder that meets another writer's append reads it, decides again and records")
  void recorder_retries() {
    ProgramId id = created();
    DecisionRecorder recorder = DecisionRecorder.over(store());
    StoredProgram stale = store().load(id);
    DecisionRecorder.Recorded first = recorder.record(id, commands().get(0));
    assertEquals(1, first.tries());

    DecisionRecorder.Recorded second = recorder.record(stale, commands().get(1));

    assertEquals(2, second.tries(), "the first try met the other append");
    assertTrue(second.decision().isAccepted(), "decided again on the program with the nomination");
    assertEquals(Program.start(CHARTER).applyAll(commands().subList(0, 2)).state(), store().load(id).program().state());
    assertEquals(second.stored().head(), store().head(id));
  }

  @Test
  @DisplayName("a recorder with one try gives the conflict to the caller")
  void recorder_gives_up() {
    ProgramId id = created();
    StoredProgram stale = store().load(id);
    DecisionRecorder.over(store()).record(id, commands().get(0));
    assertThrows(VersionConflict.class, () -> DecisionRecorder.over(store()).withTries(1).record(stale,
        commands().get(1)));
    assertEquals(1, store().head(id).entries());
  }

  @Test
  @DisplayName("a recorder saves snapshots every N entries; loading is the latest snapshot plus the tail")
  void snapshots() {
    ProgramId id = created();
    DecisionRecorder recorder = DecisionRecorder.over(store()).withSnapshotsEvery(2);
    for (Command command : commands()) {
      assertTrue(recorder.record(id, command).snapshotFailure().isEmpty());
    }
    assertEquals(4, store().latestSnapshot(id).orElseThrow().head().entries());
    StoredProgram loaded = store().load(id);
    assertEquals(4, loaded.fromSnapshot());
    Program expected = Program.start(CHARTER).applyAll(commands());
    assertEquals(expected.state(), loaded.program().state());
    assertEquals(expected.decisions().asJava().subList(4, 5), loaded.program().decisions().asJava(),
        "the decisions since the snapshot");
    assertEquals(store().head(id), loaded.head());
  }

  @Test
  @DisplayName("an older snapshot than the latest is ignored")
  void older_snapshot() {
    ProgramId id = created();
    Program program = Program.start(CHARTER).applyAll(commands());
    List<Decision> decisions = program.decisions().asJava();
    Head four = store().append(id, Head.EMPTY, decisions.subList(0, 4));
    store().append(id, four, decisions.subList(4, 5));
    store().saveSnapshot(id, Snapshot.of(four, Program.start(CHARTER).applyAll(commands().subList(0, 4))));
    Head two = Entry.after(Entry.after(Head.EMPTY, decisions.get(0)).head(), decisions.get(1)).head();
    store().saveSnapshot(id, Snapshot.of(two, Program.start(CHARTER).applyAll(commands().subList(0, 2))));
    assertEquals(four, store().latestSnapshot(id).orElseThrow().head());
    assertEquals(4, store().load(id).fromSnapshot());
  }

  @Test
  @DisplayName("a snapshot that does not match its place in the chain is ignored and the program replayed")
  void snapshot_out_of_place() {
    ProgramId id = created();
    Program program = Program.start(CHARTER).applyAll(commands());
    List<Decision> decisions = program.decisions().asJava();
    Head head = store().append(id, Head.EMPTY, decisions);
    Head three = Entry.after(Entry.after(Entry.after(Head.EMPTY, decisions.get(0)).head(), decisions.get(1)).head(),
        decisions.get(2)).head();
    // a state that is not the one the record leaves at its place, named with a hash that is not the record's
    store().saveSnapshot(id, Snapshot.of(new Head(3, head.hash()), Program.start(CHARTER)));
    StoredProgram loaded = store().load(id);
    assertEquals(0, loaded.fromSnapshot());
    assertEquals(program.state(), loaded.program().state());
    assertEquals(decisions, loaded.program().decisions().asJava());
    // the right place, but a document that is not a state of this program
    store().saveSnapshot(id, new Snapshot(new Head(4, Entry.after(three, decisions.get(3)).hash()), "{\"format\":1}"));
    assertEquals(0, store().load(id).fromSnapshot());
    assertEquals(program.state(), store().load(id).program().state());
  }

  @Test
  @DisplayName("8 writers on one program: nothing lost, duplicated or reordered; the state is a serial replay's")
  void writers_on_one_program() throws Exception {
    ProgramId id = created();
    stress(List.of(id), 8, 20);
  }

  @Test
  @DisplayName("8 writers on 100 programs: each program's record holds its writers' commands, each once")
  void writers_on_many_programs() throws Exception {
    List<ProgramId> ids = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      ids.add(created());
    }
    stress(ids, 8, 40);
  }

  /**
   * Writers each record contributions of amounts of their own (writer w's k-th: w * 1000 + k euros) to
   * programs in turn; every conflict is retried by the recorder or reported, and afterwards each
   * program's record holds each writer's contributions once, in the writer's order, and loads to the
   * state a serial replay of its commands gives.
   */
  private void stress(List<ProgramId> ids, int writers, int commandsEach) throws Exception {
    DecisionRecorder recorder = DecisionRecorder.over(store()).withTries(1_000);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
    try {
      List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
      for (int w = 1; w <= writers; w++) {
        int writer = w;
        done.add(pool.submit(() -> {
          int conflicts = 0;
          for (int k = 1; k <= commandsEach; k++) {
            ProgramId id = ids.get((writer + k) % ids.size());
            DecisionRecorder.Recorded recorded = recorder.record(id,
                ContributeToPool.of(SUPPLIER_A, eur(writer * 1000L + k), day(2)));
            assertTrue(recorded.decision().isAccepted(), recorded.decision().toString());
            conflicts += recorded.tries() - 1;
          }
          return conflicts;
        }));
      }
      for (java.util.concurrent.Future<Integer> future : done) {
        future.get(120, java.util.concurrent.TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    int total = 0;
    for (ProgramId id : ids) {
      StoredProgram loaded = store().load(id);
      List<Command> recorded = loaded.program().decisions().asJava().stream().map(Decision::command).toList();
      total += recorded.size();
      java.util.Map<Long, List<Long>> byWriter = new java.util.TreeMap<>();
      for (Command command : recorded) {
        long amount = ((ContributeToPool) command).amount().getAmountMajorLong();
        byWriter.computeIfAbsent(amount / 1000, w -> new ArrayList<>()).add(amount % 1000);
      }
      byWriter.values().forEach(ks -> assertEquals(ks.stream().sorted().distinct().toList(), ks,
          "each writer's contributions once, in its order"));
      assertEquals(Program.start(CHARTER).applyAll(recorded).state(), loaded.program().state());
      assertEquals(recorded.size(), loaded.head().entries());
    }
    assertEquals(writers * commandsEach, total, "no command lost or duplicated");
  }
}
