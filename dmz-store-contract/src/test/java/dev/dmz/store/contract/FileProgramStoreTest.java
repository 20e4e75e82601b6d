package dev.dmz.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
  @DisplayName("a snapshot file whose note of where its entry starts is wrong is ignored, not a false alarm")
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
      assertEquals(0, loaded.fromSnapshot(), "offset " + wrong);
      assertEquals(program.state(), loaded.program().state());
    }
  }

  @Test
  @DisplayName("a store in a folder that does not exist is refused")
  void missingFolder() {
    UncheckedIOException refused = assertThrows(UncheckedIOException.class,
        () -> FileProgramStore.in(folder.resolve("nowhere")));
    assertEquals(folder.resolve("nowhere") + ": is not a folder", refused.getMessage());
  }
}
