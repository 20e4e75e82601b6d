package dev.dmz.json.store;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.json.DocumentException;
import dev.dmz.json.Entry;
import dev.dmz.json.Head;
import dev.dmz.json.Replay;
import java.util.ArrayList;
import java.util.List;

/** What every store does the same way on top of its lines: checking entries and loading programs. */
final class Loading {
  private Loading() {}

  static List<Entry> entries(ProgramStore store, ProgramId id, long after) {
    String source = source(id);
    List<Entry> entries = new ArrayList<>();
    Head[] head = {after == 0 ? Head.EMPTY : null};
    store.readLines(id, after, (sequence, line) -> {
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
    });
    return entries;
  }

  static StoredProgram load(ProgramStore store, ProgramId id) {
    ProgramCharter charter = store.charter(id).orElseThrow(() -> new UnknownProgram(id, "the store"));
    Replay replay = Replay.start(charter, store.ruleBook(), source(id));
    store.readLines(id, 0, (sequence, line) -> replay.entry(line, lineNumber(sequence)));
    return new StoredProgram(id, replay.program(), replay.head(), 0);
  }

  static StoredProgram catchUp(ProgramStore store, StoredProgram stored) {
    Replay replay = Replay.resume(stored.program(), stored.head(), source(stored.id()));
    store.readLines(stored.id(), stored.head().entries(), (sequence, line) -> replay.entry(line, lineNumber(sequence)));
    return new StoredProgram(stored.id(), replay.program(), replay.head(), stored.fromSnapshot());
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
