package dev.dmz.json.store;

import dev.dmz.json.Head;
import dev.dmz.json.VersionConflict;
import dev.dmz.rules.Command;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Program;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides commands on stored programs and records the decisions, when other writers record on the same
 * programs at the same time: what a procurement system runs in each of its instances.
 *
 * <pre>{@code
 * DecisionRecorder recorder = DecisionRecorder.over(store);
 * Recorded recorded = recorder.record(ProgramId.of("bms-2027"), command);
 * recorded.decision();                       // accepted, or refused and why: recorded either way
 * }</pre>
 *
 * <p>A command is decided on the program as the store holds it and appended at that head. When another
 * writer appended first ({@link VersionConflict}), the recorder reads what they appended, decides the
 * command again on the program as it now is (the decision may differ: the other writer may have filled
 * the vacancy this command filled) and appends again, up to a bounded number of tries; after the last,
 * the conflict is thrown to the caller. Nothing is appended twice: an append either stores the whole
 * decision at the expected head or nothing.
 *
 * <p>Immutable and thread-safe: it holds no program between calls.
 */
public final class DecisionRecorder {
  /** Tries an append gets unless told otherwise. */
  public static final int DEFAULT_TRIES = 10;

  private final ProgramStore store;
  private final int tries;
  private final long snapshotEvery;

  private DecisionRecorder(ProgramStore store, int tries, long snapshotEvery) {
    this.store = store;
    this.tries = tries;
    this.snapshotEvery = snapshotEvery;
  }

  /**
   * A recorder over a store, with {@value #DEFAULT_TRIES} tries a command.
   *
   * @param store the store
   * @return the recorder
   */
  public static DecisionRecorder over(ProgramStore store) {
    return new DecisionRecorder(Objects.requireNonNull(store, "store is null"), DEFAULT_TRIES, 0);
  }

  /**
   * The same recorder with another number of tries.
   *
   * @param tries how many times a command is decided and appended before a conflict is given up: 1 or more
   * @return the recorder
   * @throws IllegalArgumentException if tries is less than 1
   */
  public DecisionRecorder withTries(int tries) {
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be 1 or more, was " + tries);
    }
    return new DecisionRecorder(store, tries, snapshotEvery);
  }

  /**
   * The same recorder, saving a snapshot of a program each time its record reaches a multiple of a
   * number of entries, so that loading it replays at most that many.
   *
   * @param entries how many entries between snapshots: 1 or more; 0 for none (the default)
   * @return the recorder
   * @throws IllegalArgumentException if entries is negative
   */
  public DecisionRecorder withSnapshotsEvery(long entries) {
    if (entries < 0) {
      throw new IllegalArgumentException("entries between snapshots must be 0 (none) or more, was " + entries);
    }
    return new DecisionRecorder(store, tries, entries);
  }

  /**
   * What recording a command did.
   *
   * @param decision the decision, as recorded
   * @param stored the program after it, with the record's head
   * @param tries how many times the command was decided: 1 when no other writer came first
   * @param snapshotFailure why the snapshot due after it could not be saved, if it could not: the
   *     decision is recorded all the same, and the next snapshot will be tried on time
   */
  public record Recorded(Decision decision, StoredProgram stored, int tries, Optional<RuntimeException> snapshotFailure) {}

  /**
   * Loads a program, decides a command on it and records the decision, trying again on a conflict.
   *
   * @param id the program's key
   * @param command the command
   * @return the decision and the program after it
   * @throws VersionConflict if every try met another writer's append
   * @throws UnknownProgram if the store has no such program
   */
  public Recorded record(ProgramId id, Command command) {
    return record(store.load(id), command);
  }

  /**
   * Decides a command on a program as the caller last loaded it and records the decision; on a
   * conflict, reads what others appended since and tries again.
   *
   * @param current the program as the caller holds it
   * @param command the command
   * @return the decision and the program after it
   * @throws VersionConflict if every try met another writer's append
   */
  public Recorded record(StoredProgram current, Command command) {
    Objects.requireNonNull(command, "command is null");
    StoredProgram stored = Objects.requireNonNull(current, "current is null");
    for (int attempt = 1; ; attempt++) {
      Program next = stored.program().apply(command);
      Decision decision = next.lastDecision().orElseThrow();
      try {
        Head head = store.append(stored.id(), stored.head(), List.of(decision));
        return new Recorded(decision, new StoredProgram(stored.id(), next, head, stored.fromSnapshot()), attempt,
            snapshotIfDue(stored, head, next));
      } catch (VersionConflict conflict) {
        if (attempt >= tries) {
          throw conflict;
        }
        stored = store.catchUp(stored);
      }
    }
  }

  /** Saves a snapshot when the record has reached a multiple of {@link #snapshotEvery} entries. */
  private Optional<RuntimeException> snapshotIfDue(StoredProgram before, Head after, Program program) {
    if (snapshotEvery == 0 || after.entries() / snapshotEvery == before.head().entries() / snapshotEvery) {
      return Optional.empty();
    }
    try {
      store.saveSnapshot(before.id(), Snapshot.of(after, program));
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(e); // the decision is recorded: the caller must not decide it again
    }
  }
}
