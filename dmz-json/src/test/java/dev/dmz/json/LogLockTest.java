package dev.dmz.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("LogLock: one writer at a time for a log, by any of its names")
class LogLockTest {
  @TempDir
  Path folder;

  private ExecutorService threads;

  @BeforeEach
  void startThreads() {
    threads = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void stopThreads() throws InterruptedException {
    threads.shutdownNow();
    assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS), "the test's threads ended");
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  private List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private static String refusal(Runnable action) {
    return assertThrows(UncheckedIOException.class, action::run).getMessage();
  }

  @Nested
  @DisplayName("one lock a file")
  class OneLock {
    @Test
    @DisplayName("a second holder, by a symbolic link to the log, waits until the first lets go")
    void a_link_waits_for_the_real_name() throws Exception {
      Path log = file("log.jsonl", "");
      Path link = Files.createSymbolicLink(folder.resolve("link.jsonl"), log.getFileName());
      CountDownLatch held = new CountDownLatch(1);
      CountDownLatch letGo = new CountDownLatch(1);
      AtomicBoolean firstDone = new AtomicBoolean();

      Future<?> first = threads.submit(() -> LogLock.holding(log, () -> {
        held.countDown();
        await(letGo);
        firstDone.set(true);
        return null;
      }));
      assertTrue(held.await(10, TimeUnit.SECONDS));
      Future<Boolean> second = threads.submit(() -> LogLock.holding(link, firstDone::get));
      assertThrows(java.util.concurrent.TimeoutException.class, () -> second.get(200, TimeUnit.MILLISECONDS),
          "the second holder waits");
      letGo.countDown();

      first.get(10, TimeUnit.SECONDS);
      assertTrue(second.get(10, TimeUnit.SECONDS), "the second ran after the first had finished");
    }

    @Test
    @DisplayName("the lock file lies beside the real log, whatever name the log was given")
    void the_lock_file_lies_beside_the_real_log() throws IOException {
      Path real = Files.createDirectory(folder.resolve("real"));
      Path other = Files.createDirectory(folder.resolve("other"));
      Files.writeString(real.resolve("log.jsonl"), "", StandardCharsets.UTF_8);
      Path link = Files.createSymbolicLink(other.resolve("link.jsonl"), real.resolve("log.jsonl"));

      LogLock.holding(link, () -> null);

      assertEquals(List.of("log.jsonl", "log.jsonl.lock"), names(real));
      assertEquals(List.of("link.jsonl"), names(other));
    }

    @Test
    @DisplayName("a log not written yet is locked by the name it will have, through a linked folder too")
    void a_new_log_is_locked_by_its_real_folder() throws IOException {
      Path real = Files.createDirectory(folder.resolve("real"));
      Path linked = Files.createSymbolicLink(folder.resolve("linked"), real);

      LogLock.holding(linked.resolve("log.jsonl"), () -> null);

      assertEquals(List.of("log.jsonl.lock"), names(real));
    }

    @Test
    @DisplayName("the thread that holds a log's lock may take it again, by another name")
    void a_holder_may_take_its_lock_again() throws IOException {
      Path log = file("log.jsonl", "");
      Path link = Files.createSymbolicLink(folder.resolve("link.jsonl"), log.getFileName());

      String inner = LogLock.holding(log, () -> LogLock.holding(link, () -> "inner ran"));

      assertEquals("inner ran", inner);
    }

    @Test
    @DisplayName("what the action throws comes out, and the lock is free again")
    void a_failing_action_lets_go() throws IOException {
      Path log = file("log.jsonl", "");

      IllegalStateException thrown = assertThrows(IllegalStateException.class,
          () -> LogLock.holding(log, () -> {
            throw new IllegalStateException("no");
          }));

      assertEquals("no", thrown.getMessage());
      assertEquals("free", LogLock.holding(log, () -> "free"));
    }
  }

  @Nested
  @DisplayName("refused, and nothing created")
  class Refused {
    @Test
    @DisplayName("a symbolic link to nothing is refused, and stays a link to nothing")
    void a_dangling_link_is_refused() throws IOException {
      Path link = Files.createSymbolicLink(folder.resolve("log.jsonl"), Path.of("gone.jsonl"));

      assertEquals(link + ": is a symbolic link to gone.jsonl, which does not exist",
          refusal(() -> LogLock.holding(link, () -> null)));

      assertTrue(Files.isSymbolicLink(link));
      assertEquals(List.of("log.jsonl"), names(folder));
    }

    @Test
    @DisplayName("a directory is refused")
    void a_directory_is_refused() throws IOException {
      Path dir = Files.createDirectory(folder.resolve("log.jsonl"));

      assertEquals(dir + ": is a directory", refusal(() -> LogLock.holding(dir, () -> null)));
      assertEquals(List.of("log.jsonl"), names(folder));
    }

    @Test
    @DisplayName("a device is refused, and no lock file is made beside it")
    void a_device_is_refused() {
      Path device = Path.of("/dev/null");
      assumeTrue(Files.exists(device), "a system with /dev/null");

      assertEquals("/dev/null: is not a regular file", refusal(() -> LogLock.holding(device, () -> null)));
      assertFalse(Files.exists(Path.of("/dev/null.lock")));
    }

    @Test
    @DisplayName("a log in a folder that does not exist names the folder")
    void a_missing_folder_is_named() {
      Path log = folder.resolve("missing").resolve("log.jsonl");

      UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> LogLock.holding(log, () -> null));

      assertEquals(java.nio.file.NoSuchFileException.class, e.getCause().getClass());
      assertEquals(folder.resolve("missing").toString(), ((java.nio.file.NoSuchFileException) e.getCause()).getFile());
    }
  }

  @Nested
  @DisplayName("leftovers of a crash")
  class Leftovers {
    @Test
    @DisplayName("a temporary copy that a killed writer left is removed by the next holder")
    void a_crash_leftover_is_removed() throws IOException {
      Path log = file("log.jsonl", "");
      file(".log.jsonl.dmz-4711-1.tmp", "a whole copy");
      file(".log.jsonl.dmz-4711-2.tmp", "a part of a copy");

      LogLock.holding(log, () -> null);

      assertEquals(List.of("log.jsonl", "log.jsonl.lock"), names(folder));
    }

    @Test
    @DisplayName("files that only look like a copy, or are another log's, are kept")
    void look_alikes_are_kept() throws IOException {
      Path log = file("log.jsonl", "");
      List<String> kept = List.of(".log.jsonl.dmz-x-1.tmp", ".log.jsonl.tmp", ".other.jsonl.dmz-4711-1.tmp",
          "log.jsonl.dmz-4711-1.tmp", "log.jsonl.backup.tmp");
      for (String name : kept) {
        file(name, "mine");
      }

      LogLock.holding(log, () -> null);

      assertEquals(Stream.concat(kept.stream(), Stream.of("log.jsonl", "log.jsonl.lock")).sorted().toList(),
          names(folder));
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(10, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
