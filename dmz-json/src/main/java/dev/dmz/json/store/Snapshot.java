package dev.dmz.json.store;

import dev.dmz.json.Documents;
import dev.dmz.json.Head;
import dev.dmz.rules.program.Program;
import java.util.Objects;

/**
 * A program's state saved at a place in its record, so that loading replays only the entries after
 * it. A store keeps the document as it is given; loading reads it back and uses it only if its head
 * is the record's own at that place (see {@link ProgramStore#load}).
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
