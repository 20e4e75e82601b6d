package dev.dmz.json.store;

import dev.dmz.json.Head;
import java.util.Objects;

/**
 * A program's state saved at a place in its record, so that loading replays only the entries after
 * it. A store keeps the document as it is given; loading reads it back and uses it only if its head
 * is the record's own at that place (see {@link ProgramStore#load}).
 *
 * @param head the head of the record the state is the result of
 * @param document the state as a {@code dmz.snapshot} document
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
}
