package dev.dmz.json.store;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.json.Entry;
import dev.dmz.json.Fold;
import dev.dmz.json.Head;
import dev.dmz.json.Verification;
import dev.dmz.rules.Decision;
import dev.dmz.rules.RuleBook;
import java.util.List;
import java.util.Optional;

/**
 * Where programs' records are kept: each program's charter, its entries (chained decisions, see
 * {@link Entry}) in order, and snapshots of its state. Two stores come with dmz: {@link
 * FileProgramStore}, JSON Lines files in a folder (the embedded default), and {@code
 * PostgresProgramStore} in the module {@code dmz-store-postgres}. Both keep the same lines, byte for
 * byte, so a record moves between them unchanged and verifies the same.
 *
 * <p><b>Optimistic concurrency.</b> A writer loads a program, decides a command on it and appends the
 * decision at the head it loaded. If another writer appended first, the append fails with a {@link
 * dev.dmz.json.VersionConflict} and stores nothing: the writer loads again and decides again. {@link
 * DecisionRecorder} does this for a bounded number of tries. The store guarantees that two appends at
 * the same head never both succeed, from any number of threads and processes.
 *
 * <p><b>Trust.</b> Loading trusts nothing it reads: every entry's hash and place in the chain are
 * checked and every command decided again ({@link dev.dmz.json.Replay}); a snapshot is used only when
 * its head is the record's own at its place, and otherwise ignored and the program replayed from the
 * start. The state a snapshot holds is trusted as the store's writers saved it (see {@link Snapshot});
 * {@link #verify} reads none.
 *
 * <p>Implementations are thread-safe.
 */
public interface ProgramStore {
  /**
   * The rule book the store's programs run under: loading decides every command again with it.
   *
   * @return the rule book
   */
  RuleBook ruleBook();

  /**
   * Starts a program's record with its charter; the record has no entry yet. Creating a program that
   * exists with an equal charter does nothing, so that several writers may each make sure it exists.
   *
   * @param id the program's key
   * @param charter its charter
   * @throws StoreException if the program exists with another charter, or the store fails
   */
  void create(ProgramId id, ProgramCharter charter);

  /**
   * The charter a program was created with.
   *
   * @param id the program's key
   * @return the charter, or empty if the store has no such program
   * @throws StoreException if the store fails or what it holds is not a charter
   */
  Optional<ProgramCharter> charter(ProgramId id);

  /**
   * The head of a program's record, as the last entry names it (its hash is not checked here).
   *
   * @param id the program's key
   * @return the head: {@link Head#EMPTY} for a program with no entry
   * @throws UnknownProgram if the store has no such program
   * @throws StoreException if the store fails
   */
  Head head(ProgramId id);

  /**
   * Appends decisions to a program's record at the head they were decided on, chained to it: all of
   * them or none.
   *
   * @param id the program's key
   * @param expected the head of the record the decisions were decided on
   * @param decisions the decisions, oldest first
   * @return the record's head afterwards
   * @throws dev.dmz.json.VersionConflict if the record's head is not {@code expected}: another writer appended
   *     first (nothing is stored)
   * @throws UnknownProgram if the store has no such program
   * @throws StoreException if the store fails (nothing is stored)
   */
  Head append(ProgramId id, Head expected, List<Decision> decisions);

  /**
   * Gives a reader the lines of a program's entries after a place in its record, oldest first, as they
   * are stored. Nothing is checked here: {@link #entries} and {@link #load} check.
   *
   * @param id the program's key
   * @param after how many entries to pass over: 0 for all
   * @param reader what reads each line
   * @throws UnknownProgram if the store has no such program
   * @throws StoreException if the store fails
   */
  void readLines(ProgramId id, long after, LineReader reader);

  /**
   * Saves a snapshot of a program's state. A store keeps at least the latest; an older snapshot than
   * the latest kept is ignored.
   *
   * @param id the program's key
   * @param snapshot the snapshot
   * @throws UnknownProgram if the store has no such program
   * @throws StoreException if the store fails
   */
  void saveSnapshot(ProgramId id, Snapshot snapshot);

  /**
   * The latest snapshot saved of a program, as it was saved (nothing is checked here).
   *
   * @param id the program's key
   * @return the snapshot, or empty if none was saved
   * @throws UnknownProgram if the store has no such program
   * @throws StoreException if the store fails
   */
  Optional<Snapshot> latestSnapshot(ProgramId id);

  /**
   * The entries of a program's record after a place in it, each one's hash and place in the chain
   * checked (its command is not decided again: {@link #load} does that).
   *
   * @param id the program's key
   * @param after how many entries to pass over: 0 for all
   * @return the entries, oldest first
   * @throws UnknownProgram if the store has no such program
   * @throws dev.dmz.json.DocumentException at the first line that is not an entry or breaks the chain
   * @throws StoreException if the store fails
   */
  default List<Entry> entries(ProgramId id, long after) {
    return Loading.entries(this, id, after);
  }

  /**
   * Loads a program: its latest snapshot that matches the record, and the entries after it, each
   * checked and decided again; without a snapshot that matches, the whole record.
   *
   * @param id the program's key
   * @return the program and its head
   * @throws UnknownProgram if the store has no such program
   * @throws dev.dmz.json.DocumentException at the first entry that is not one, breaks the chain, or
   *     that the rule book could not have decided so
   * @throws StoreException if the store fails
   */
  default StoredProgram load(ProgramId id) {
    return Loading.load(this, id);
  }

  /**
   * Verifies a program's whole record, as {@code dmz verify} does a log: every entry's hash and place
   * in the chain, every command decided again (snapshots are not used), and, given the head a party
   * kept, that the record extends it.
   *
   * @param id the program's key
   * @param since the head kept of an earlier read of this record, if any
   * @return the program, the record's head
   * @throws UnknownProgram if the store has no such program
   * @throws dev.dmz.json.DocumentException at the first entry that is not one, breaks the chain, or
   *     that the rule book could not have decided so; or where the record parts from the kept head
   * @throws StoreException if the store fails
   */
  default Verification verify(ProgramId id, Optional<Head> since) {
    return Loading.verify(this, id, since);
  }

  /**
   * Reads a program's whole record as {@link #verify} does (every entry's hash and place in the chain,
   * every command decided again, no snapshot), keeping only the program's state: each event goes to a
   * visitor with the state it leaves (see {@link Fold}), so that a record of any length is read in
   * memory bounded by the state.
   *
   * @param id the program's key
   * @param visitor what sees each event, in the record's order
   * @return the fold after the record's last entry: its state and head
   * @throws UnknownProgram if the store has no such program
   * @throws dev.dmz.json.DocumentException at the first entry that is not one, breaks the chain, or
   *     that the rule book could not have decided so
   * @throws StoreException if the store fails
   */
  default Fold fold(ProgramId id, Fold.Visitor visitor) {
    return Loading.fold(this, id, visitor);
  }

  /**
   * A program brought up to its record's head: the entries appended since it was loaded, each checked
   * and decided again on it. What a writer does after a {@link dev.dmz.json.VersionConflict}, at the cost of the
   * new entries only.
   *
   * @param stored the program as it was loaded
   * @return the program at the record's head
   * @throws dev.dmz.json.DocumentException at the first new entry that is not one, does not follow
   *     the loaded head, or that the rule book could not have decided so
   * @throws StoreException if the store fails
   */
  default StoredProgram catchUp(StoredProgram stored) {
    return Loading.catchUp(this, stored);
  }

  /** Reads the lines of a program's record, one at a time. */
  @FunctionalInterface
  interface LineReader {
    /**
     * Reads a line.
     *
     * @param sequence the entry's place in the record, from 1
     * @param line the entry's line, as stored
     */
    void read(long sequence, String line);
  }
}
