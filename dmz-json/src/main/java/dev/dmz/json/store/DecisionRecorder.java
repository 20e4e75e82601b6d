package dev.dmz.json.store;

import dev.dmz.json.Head;
import dev.dmz.json.VersionConflict;
import dev.dmz.rules.program.Command;
import dev.dmz.rules.program.Decision;
import dev.dmz.rules.program.Program;
import java.util.List;
import java.util.Objects;

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

  private DecisionRecorder(ProgramStore store, int tries) {
    this.store = store;
    this.tries = tries;
  }

  /**
   * A recorder over a store, with {@value #DEFAULT_TRIES} tries a command.
   *
   * @param store the store
   * @return the recorder
   */
  public static DecisionRecorder over(ProgramStore store) {
    return new DecisionRecorder(Objects.requireNonNull(store, "store is null"), DEFAULT_TRIES);
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
    return new DecisionRecorder(store, tries);
  }

  /**
   * What recording a command did.
   *
   * @param decision the decision, as recorded
   * @param stored the program after it, with the record's head
   * @param tries how many times the command was decided: 1 when no other writer came first
   */
  public record Recorded(Decision decision, StoredProgram stored, int tries) {}

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
        return new Recorded(decision, new StoredProgram(stored.id(), next, head, stored.fromSnapshot()), attempt);
      } catch (VersionConflict conflict) {
        if (attempt >= tries) {
          throw conflict;
        }
        stored = store.catchUp(stored);
      }
    }
  }
}
