package dev.dmz.json.store;

import dev.dmz.json.Documents;
import dev.dmz.json.Head;
import dev.dmz.rules.Program;
import java.util.Objects;

/**
 * A program's state saved at a place in its record, so that loading replays only the entries after
 * it. A store keeps the document as it is given; loading reads it back and uses it only if its head
 * is the record's own at that place (see {@link ProgramStore#load}).
 *
 * <p><b>A snapshot is trusted.</b> Its head ties it to a place in the chain, but nothing ties the
 * state to the entries before that place: a snapshot is a cache that the store's own writers keep,
 * like the store's indexes, not part of the record the companies share. Whoever may write snapshots
 * may make a load wrong (never the record: every entry after the snapshot is still checked, and
 * {@link ProgramStore#verify} and {@code dmz verify} never read snapshots). A party that does not
 * trust the writers loads with {@link ProgramStore#verify} instead.
 *
 * @param head the head of the record the state is the result of
 * @param document the state as a {@code dmz.state} document ({@link Documents#STATE}), JSON
 */
public record Snapshot(Head head, String document) {
  /**
   * Checks that both parts are given.
   *
   * @throws NullPointerException if either is null
   */
  public Snapshot {
    Objects.requireNonNull(head, "head is null");
    Objects.requireNonNull(document, "document is null");
  }

  /**
   * The snapshot of a program at a head of its record.
   *
   * @param head the head of the record the program is the result of
   * @param program the program
   * @return the snapshot, its state written as one line of JSON
   */
  public static Snapshot of(Head head, Program program) {
    return new Snapshot(head, Documents.STATE.writeLine(program.state()));
  }
}
