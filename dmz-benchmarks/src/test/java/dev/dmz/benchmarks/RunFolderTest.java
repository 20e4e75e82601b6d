package dev.dmz.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A run's folder: each set of files written once, by the first fork that needs it")
class RunFolderTest {
  @TempDir
  Path run;

  private final AtomicInteger writes = new AtomicInteger();

  @AfterEach
  void noRun() {
    System.clearProperty(RunFolder.PROPERTY);
  }

  private void write(Path folder) throws IOException {
    writes.incrementAndGet();
    Files.writeString(folder.resolve("record.jsonl"), "line " + writes.get() + "\n", StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("in a run, a set is written once, kept for the next forks, and named apart from the others")
  void shared() throws IOException {
    System.setProperty(RunFolder.PROPERTY, run.toString());
    Path first = RunFolder.written("growing-100000", this::write);
    RunFolder.release(first);
    Path second = RunFolder.written("growing-100000", this::write);
    Path other = RunFolder.written("steady-100000", this::write);

    assertEquals(run.resolve("growing-100000"), first);
    assertEquals(first, second);
    assertEquals("line 1\n", Files.readString(second.resolve("record.jsonl"), StandardCharsets.UTF_8),
        "the second fork reads what the first wrote");
    assertEquals(run.resolve("steady-100000"), other);
    assertEquals(2, writes.get());
    try (Stream<Path> sets = Files.list(run)) {
      assertEquals(List.of("growing-100000", "steady-100000"),
          sets.map(p -> p.getFileName().toString()).sorted().toList(), "no partial folder is left");
    }
  }

  @Test
  @DisplayName("a set whose writing fails is not taken for written: the next fork writes it again")
  void failedWrite() throws IOException {
    System.setProperty(RunFolder.PROPERTY, run.toString());
    assertThrows(IOException.class, () -> RunFolder.written("report-1000000", folder -> {
      Files.writeString(folder.resolve("log.jsonl"), "half a log", StandardCharsets.UTF_8);
      throw new IOException("disk full");
    }));
    try (Stream<Path> sets = Files.list(run)) {
      assertEquals(List.of(), sets.toList(), "neither the set nor what was half written of it");
    }
    Path again = RunFolder.written("report-1000000", this::write);
    assertEquals("line 1\n", Files.readString(again.resolve("record.jsonl"), StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("without a run, each fork writes its own set and removes it at its end")
  void ownFolder() throws IOException {
    Path own = RunFolder.written("growing-100000", this::write);
    Path another = RunFolder.written("growing-100000", this::write);
    assertTrue(Files.exists(own.resolve("record.jsonl")));
    assertFalse(own.equals(another));
    assertEquals(2, writes.get());
    RunFolder.release(own);
    RunFolder.release(another);
    assertFalse(Files.exists(own));
    assertFalse(Files.exists(another));
  }
}
