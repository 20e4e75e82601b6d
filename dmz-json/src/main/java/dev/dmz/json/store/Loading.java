package dev.dmz.json.store;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.json.DocumentException;
import dev.dmz.json.Documents;
import dev.dmz.json.Entry;
import dev.dmz.json.Fold;
import dev.dmz.json.Head;
import dev.dmz.json.Replay;
import dev.dmz.json.Verification;
import dev.dmz.rules.Program;
import dev.dmz.rules.ProgramState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What every store does the same way on top of its lines: checking entries and loading programs. */
final class Loading {
  private Loading() {}

  static List<Entry> entries(ProgramStore store, ProgramId id, long after) {
    String source = source(id);
    List<Entry> entries = new ArrayList<>();
    Head[] head = {after == 0 ? Head.EMPTY : null};
    store.readLines(id, after, atEntries(id, (sequence, line) -> {
      Entry entry;
      if (head[0] == null) { // the first entry read follows one not read: only its own hash is checked
        entry = Entry.read(line, source, lineNumber(sequence));
        if (entry.sequence() != after + 1) {
          throw new DocumentException(source, lineNumber(sequence), 1, "$.sequence", "is " + entry.sequence()
              + ", but entry " + (after + 1) + " comes next");
        }
      } else {
        entry = Entry.read(line, head[0], source, lineNumber(sequence));
      }
      entries.add(entry);
      head[0] = entry.head();
    }));
    return entries;
  }

  static StoredProgram load(ProgramStore store, ProgramId id) {
    ProgramCharter charter = store.charter(id).orElseThrow(() -> new UnknownProgram(id, store.toString()));
    Optional<StoredProgram> resumed = store.latestSnapshot(id).flatMap(s -> fromSnapshot(store, id, charter, s));
    if (resumed.isPresent()) {
      return resumed.get();
    }
    Replay replay = Replay.start(charter, store.ruleBook(), source(id));
    store.readLines(id, 0, atEntries(id, (sequence, line) -> replay.entry(line, lineNumber(sequence))));
    return new StoredProgram(id, replay.program(), replay.head(), 0);
  }

  /**
   * The program from a snapshot and the entries after it, if the snapshot is one of this record: its
   * state reads, belongs to the program's charter and rule book, and its head is the record's own
   * entry at its place. Otherwise empty, and the caller replays the whole record.
   */
  private static Optional<StoredProgram> fromSnapshot(ProgramStore store, ProgramId id, ProgramCharter charter,
      Snapshot snapshot) {
    Head at = snapshot.head();
    if (at.entries() == 0) {
      return Optional.empty();
    }
    Program program;
    try {
      ProgramState state = Documents.STATE.readJson(snapshot.document(), source(id) + " snapshot");
      if (!state.charter().equals(charter)) {
        return Optional.empty();
      }
      program = Program.resume(state, store.ruleBook());
    } catch (DocumentException | IllegalArgumentException e) {
      return Optional.empty(); // not a state this program could have: replay instead
    }
    Replay replay = Replay.resume(program, at, source(id));
    boolean[] matched = {false};
    try {
      store.readLines(id, at.entries() - 1, atEntries(id, (sequence, line) -> {
        if (sequence == at.entries()) {
          Head found;
          try {
            found = Entry.read(line, source(id), lineNumber(sequence)).head();
          } catch (DocumentException e) {
            throw new NotHere(); // the store's note of where the snapshot's entry starts was wrong
          }
          if (!found.equals(at)) {
            throw new NotHere();
          }
          matched[0] = true;
        } else if (matched[0]) {
          replay.entry(line, lineNumber(sequence));
        }
      }));
    } catch (NotHere e) {
      return Optional.empty();
    }
    return matched[0] ? Optional.of(new StoredProgram(id, replay.program(), replay.head(), at.entries()))
        : Optional.empty();
  }

  /** The snapshot's head is not the record's at its place: the snapshot is ignored. */
  private static final class NotHere extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotHere() {
      super("the snapshot does not match its place in the record", null, false, false);
    }
  }

  static Verification verify(ProgramStore store, ProgramId id, Optional<Head> since) {
    ProgramCharter charter = store.charter(id).orElseThrow(() -> new UnknownProgram(id, store.toString()));
    Replay replay = Replay.start(charter, store.ruleBook(), source(id)).extending(since);
    store.readLines(id, 0, atEntries(id, (sequence, line) -> replay.entry(line, lineNumber(sequence))));
    try {
      return replay.verified(2);
    } catch (DocumentException e) { // the place of a kept head the record does not reach: an entry too
      throw DocumentException.atEntry(source(id), e.line(), e.path(), e.problem());
    }
  }

  static Fold fold(ProgramStore store, ProgramId id, Fold.Visitor visitor) {
    ProgramCharter charter = store.charter(id).orElseThrow(() -> new UnknownProgram(id, store.toString()));
    Fold fold = Fold.start(charter, store.ruleBook(), source(id), visitor);
    store.readLines(id, 0, atEntries(id, (sequence, line) -> fold.entry(line, lineNumber(sequence))));
    return fold;
  }

  static StoredProgram catchUp(ProgramStore store, StoredProgram stored) {
    Replay replay = Replay.resume(stored.program(), stored.head(), source(stored.id()));
    store.readLines(stored.id(), stored.head().entries(),
        atEntries(stored.id(), (sequence, line) -> replay.entry(line, lineNumber(sequence))));
    return new StoredProgram(stored.id(), replay.program(), replay.head(), stored.fromSnapshot());
  }

  /**
   * A reader whose errors name the entry they met, not a line: a store keeps entries (a file's blank
   * lines are passed over, a table has rows), so "program p1, entry 7: $.hash: ..." and not
   * "program p1:7:1: ...", which reads as the seventh line of a file.
   */
  private static ProgramStore.LineReader atEntries(ProgramId id, ProgramStore.LineReader reader) {
    return (sequence, line) -> {
      try {
        reader.read(sequence, line);
      } catch (DocumentException e) {
        throw DocumentException.atEntry(source(id), sequence, e.path(), e.problem());
      }
    };
  }

  /** How errors name a program's record: its key. */
  static String source(ProgramId id) {
    return "program " + id;
  }

  /** An entry's place as the line number of errors. */
  static int lineNumber(long sequence) {
    return (int) Math.min(sequence, Integer.MAX_VALUE);
  }
}
