package dev.dmz.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dmz.json.store.FileProgramStore;
import dev.dmz.json.store.ProgramId;
import dev.dmz.json.store.ProgramStore;
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
  @DisplayName("a store in a folder that does not exist is refused")
  void missingFolder() {
    UncheckedIOException refused = assertThrows(UncheckedIOException.class,
        () -> FileProgramStore.in(folder.resolve("nowhere")));
    assertEquals(folder.resolve("nowhere") + ": is not a folder", refused.getMessage());
  }
}
