package dev.dmz.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.json.DocumentException;
import dev.dmz.json.store.FileProgramStore;
import dev.dmz.json.store.ProgramId;
import dev.dmz.json.store.ProgramStore;
import dev.dmz.json.store.Snapshot;
import dev.dmz.json.store.StoredProgram;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The file store: a folder of JSON Lines logs")
class FileProgramStoreTest extends ProgramStoreContract {
  @TempDir
  static Path folder;

  private static FileProgramStore store;

  @Override
  protected ProgramStore store() {
    if (store == null) {
      store = FileProgramStore.in(folder);
    }
    return store;
  }

  @Override
  protected void tamper(ProgramId id, long sequence, UnaryOperator<String> change) {
    Path log = ((FileProgramStore) store()).log(id);
    try {
      List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
      lines.set((int) sequence - 1, change.apply(lines.get((int) sequence - 1)));
      Files.writeString(log, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("a program's files are named by its key: its log is one that dmz verify reads")
  void files() {
    ProgramId id = created();
    store().append(id, dev.dmz.json.Head.EMPTY, decisions(commands()));
    Path log = ((FileProgramStore) store()).log(id);
    assertEquals(id + ".jsonl", log.getFileName().toString());
    assertEquals(store().head(id), dev.dmz.json.EventLog.verify(log, CHARTER, store().ruleBook(),
        java.util.Optional.empty()).head());
  }

  @Test
  @DisplayName("an error in a log with blank lines names the entry, and dmz verify of the same file its line")
  void entryNotLine() throws IOException {
    ProgramId id = created();
    store().append(id, dev.dmz.json.Head.EMPTY, decisions(commands()));
    Path log = ((FileProgramStore) store()).log(id);
    List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
    lines.set(3, lines.get(3).replace("\"EUR 1000.00\"", "\"EUR 9000.00\""));
    lines.add(1, "");
    lines.add(1, "");
    Files.writeString(log, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);

    DocumentException loaded = assertThrows(DocumentException.class, () -> store().load(id));
    assertEquals("program " + id + ", entry 4", loaded.getMessage().substring(0, loaded.getMessage().indexOf(": ")));
    assertEquals(4, loaded.entry());
    DocumentException verified = assertThrows(DocumentException.class, () -> dev.dmz.json.EventLog.verify(log,
        CHARTER, store().ruleBook(), java.util.Optional.empty()));
    assertEquals(6, verified.line());
    assertEquals(0, verified.entry());
    assertTrue(verified.getMessage().startsWith(log + ":6:1: $.hash: is "), verified.getMessage());
  }

  @Test
  @DisplayName("a snapshot file whose note of where its entry starts is wrong is passed over: no false alarm, the snapshot still used")
  void wrongOffset() throws IOException {
    ProgramId id = created();
    dev.dmz.rules.Program program = dev.dmz.rules.Program.start(CHARTER).applyAll(commands());
    dev.dmz.json.Head head = store().append(id, dev.dmz.json.Head.EMPTY, program.decisions().asJava());
    store().saveSnapshot(id, Snapshot.of(head, program));
    Path file = folder.resolve(id + ".snapshot");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String note = text.substring(0, text.indexOf('\n'));
    long start = Long.parseLong(note.substring(note.indexOf(' ') + 1));
    assertEquals(5, store().load(id).fromSnapshot());
    for (long wrong : new long[] {start + 7, -1, start + 1_000_000}) {
      Files.writeString(file, head + " " + wrong + text.substring(text.indexOf('\n')), StandardCharsets.UTF_8);
      StoredProgram loaded = store().load(id);
      long used = wrong < 0 ? 0 : 5; // a note that does not parse is no snapshot
      assertEquals(used, loaded.fromSnapshot(), "offset " + wrong + ": the index's place of the append holds");
      assertEquals(program.state(), loaded.program().state());
      Files.delete(folder.resolve(id + ".index"));
      loaded = store().load(id);
      assertEquals(used, loaded.fromSnapshot(), "offset " + wrong + ", no index: the entry is found by a scan");
      assertEquals(program.state(), loaded.program().state());
      Files.writeString(folder.resolve(id + ".index"), head + " " + start + "\n", StandardCharsets.UTF_8);
    }
  }

  /** The lines the store gives after each place, as sequence and line. */
  private List<String> linesAfter(ProgramId id, long after) {
    List<String> lines = new ArrayList<>();
    store().readLines(id, after, (sequence, line) -> lines.add(sequence + " " + line));
    return lines;
  }

  /** The log's lines after a place, numbered, read plainly. */
  private List<String> logAfter(ProgramId id, long after) throws IOException {
    List<String> lines = Files.readAllLines(((FileProgramStore) store()).log(id), StandardCharsets.UTF_8);
    List<String> numbered = new ArrayList<>();
    for (int i = (int) after; i < lines.size(); i++) {
      numbered.add((i + 1) + " " + lines.get(i));
    }
    return numbered;
  }

  /** A program with its record appended in three parts: the index notes the last entry of each. */
  private ProgramId appendedInParts() {
    ProgramId id = created();
    List<dev.dmz.rules.Decision> decisions = decisions(commands());
    dev.dmz.json.Head head = dev.dmz.json.Head.EMPTY;
    for (List<dev.dmz.rules.Decision> part : List.of(decisions.subList(0, 2), decisions.subList(2, 4),
        decisions.subList(4, decisions.size()))) {
      head = store().append(id, head, part);
    }
    return id;
  }

  @Test
  @DisplayName("reading after a head an append left starts where the index says, not at the log's start")
  void readsFromTheIndex() throws IOException {
    ProgramId id = appendedInParts();
    Path log = ((FileProgramStore) store()).log(id);
    List<String> expected = logAfter(id, 3);
    String text = Files.readString(log, StandardCharsets.UTF_8);
    int quote = text.indexOf("\"command\"");
    // a line break in place of a byte of the first line: a scan from the start would count a line more
    Files.writeString(log, text.substring(0, quote) + "\n" + text.substring(quote + 1), StandardCharsets.UTF_8);

    assertEquals(expected, linesAfter(id, 3));
    assertEquals(expected.subList(1, expected.size()), linesAfter(id, 4));
    assertEquals(List.of("1 " + text.substring(0, quote)), linesAfter(id, 0).subList(0, 1),
        "from the start, the log as it is");
  }

  @Test
  @DisplayName("an index whose places do not hold is passed over: the lines are the log's, after every place")
  void wrongIndex() throws IOException {
    ProgramId id = appendedInParts();
    Path index = folder.resolve(id + ".index");
    String kept = Files.readString(index, StandardCharsets.UTF_8);
    List<String> places = kept.lines().toList();
    String first = places.get(0);
    String head = first.substring(0, first.indexOf(' '));
    long start = Long.parseLong(first.substring(first.indexOf(' ') + 1));
    String otherHash = places.get(1).substring(places.get(1).indexOf(':'), places.get(1).indexOf(' '));
    String entries = head.substring(0, head.indexOf(':'));
    for (String wrong : List.of(
        head + " " + (start + 1),                                   // inside a line
        head + " " + (start - 1),                                   // the end of the line before
        head + " 0",                                                // the first line, not this entry
        head + " 99999999",                                         // past the log's end
        entries + otherHash + " " + start,                          // another entry's hash
        "9:" + head.substring(head.indexOf(':') + 1) + " " + start, // another sequence
        "not a place at all",
        (first + "\n").repeat(2_000),                               // grown past what an index holds: none
        "")) {
      Files.writeString(index, wrong + "\n", StandardCharsets.UTF_8);
      for (long after = 0; after <= 6; after++) {
        assertEquals(logAfter(id, after), linesAfter(id, after), wrong + ", after " + after);
      }
    }
    Files.writeString(index, kept, StandardCharsets.UTF_8);
    for (long after = 0; after <= 6; after++) {
      assertEquals(logAfter(id, after), linesAfter(id, after), "the index as written, after " + after);
    }
  }

  @Test
  @DisplayName("a log replaced by another record: the index's places no longer hold, and the lines are the new log's")
  void replacedLog() throws IOException {
    ProgramId id = appendedInParts();
    ProgramId other = created();
    List<dev.dmz.rules.Decision> decisions = decisions(commands());
    store().append(other, dev.dmz.json.Head.EMPTY, decisions.subList(0, 3));
    Path log = ((FileProgramStore) store()).log(id);
    Files.copy(((FileProgramStore) store()).log(other), log, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    for (long after = 0; after <= 6; after++) {
      assertEquals(logAfter(id, after), linesAfter(id, after), "after " + after);
    }
    assertEquals(3, store().load(id).head().entries());
  }

  @Test
  @DisplayName("a kept snapshot of a log since replaced does not stop a snapshot of the new log from being saved")
  void snapshotOfReplacedLog() throws IOException {
    ProgramId id = created();
    List<dev.dmz.rules.Decision> decisions = decisions(commands());
    dev.dmz.json.Head five = store().append(id, dev.dmz.json.Head.EMPTY, decisions.subList(0, 5));
    store().saveSnapshot(id, Snapshot.of(five, dev.dmz.rules.Program.start(CHARTER)
        .applyAll(decisions.subList(0, 5).stream().map(dev.dmz.rules.Decision::command).toList())));
    ProgramId other = created();
    dev.dmz.json.Head one = store().append(other, dev.dmz.json.Head.EMPTY, decisions.subList(0, 1));
    Files.copy(((FileProgramStore) store()).log(other), ((FileProgramStore) store()).log(id),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    Snapshot ofNewLog = Snapshot.of(one, dev.dmz.rules.Program.start(CHARTER)
        .applyAll(List.of(decisions.get(0).command())));
    store().saveSnapshot(id, ofNewLog);
    assertEquals(ofNewLog, store().latestSnapshot(id).orElseThrow(), "the new log's snapshot is kept");
    store().saveSnapshot(id, Snapshot.of(one, dev.dmz.rules.Program.start(CHARTER)));
    assertEquals(ofNewLog, store().latestSnapshot(id).orElseThrow(),
        "a snapshot at a place the log holds is not replaced by one as early");
  }

  @Test
  @DisplayName("a store in a folder that does not exist is refused")
  void missingFolder() {
    UncheckedIOException refused = assertThrows(UncheckedIOException.class,
        () -> FileProgramStore.in(folder.resolve("nowhere")));
    assertEquals(folder.resolve("nowhere") + ": is not a folder", refused.getMessage());
  }
}
