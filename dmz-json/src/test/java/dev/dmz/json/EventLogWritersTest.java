package dev.dmz.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Program;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingEvent.Nominated;
import dev.dmz.testkit.program.SampleProgram;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("EventLog.append: atomic, one writer at a time, nothing lost")
class EventLogWritersTest {
  private static final ProgramCharter CHARTER = SampleProgram.charter();
  private static final LocalDate DAY = CHARTER.period().start();
  private static final PartyId PARENT = CHARTER.parentIds().get(1);
  private static final int THREADS = 8;
  private static final int APPENDS = 25;

  @TempDir
  Path folder;

  /** The decision to nominate engineer number n: every one a different line. */
  private static Decision nominated(int n) {
    return nominated(NamedEngineer.of(EngineerId.of("e-" + n), "Engineer " + n, PARENT));
  }

  private static Decision nominated(NamedEngineer engineer) {
    return Decision.recorded(Nominate.of(Actor.parent(PARENT), engineer, DAY),
        List.of(Nominated.of(engineer, PARENT, DAY)), List.of());
  }

  private static int number(Decision decision) {
    return Integer.parseInt(((NamedEngineer) ((Nominate) decision.command()).line()).id().value().substring(2));
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  /** Runs tasks on threads of their own, started together, each with a time limit. */
  private static <T> List<T> together(List<Callable<T>> tasks) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(threads.submit(task));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      threads.shutdownNow();
      assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS), "the writers ended");
    }
  }

  @Nested
  @DisplayName("many writers")
  class ManyWriters {
    @Test
    @DisplayName("8 threads append 25 decisions each, by two names of one log: every one once, each "
        + "thread's in its order")
    void no_line_is_lost_or_doubled() throws Exception {
      Path log = folder.resolve("log.jsonl");
      Path link = Files.createSymbolicLink(folder.resolve("link.jsonl"), log.getFileName());
      Files.writeString(log, "", StandardCharsets.UTF_8);
      List<Callable<Void>> writers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        writers.add(() -> {
          for (int i = 0; i < APPENDS; i++) {
            EventLog.append(thread % 2 == 0 ? log : link, List.of(nominated(thread * APPENDS + i)));
          }
          return null;
        });
      }

      together(writers);

      List<Decision> decisions = EventLog.read(log);
      assertEquals(THREADS * APPENDS, decisions.size(), "no line lost");
      Set<Integer> numbers = new HashSet<>();
      decisions.forEach(d -> assertTrue(numbers.add(number(d)), "no line doubled: " + number(d)));
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        List<Integer> own = decisions.stream().map(EventLogWritersTest::number)
            .filter(n -> n / APPENDS == thread).toList();
        assertEquals(IntStream.range(thread * APPENDS, (thread + 1) * APPENDS).boxed().toList(), own);
      }
      assertEquals(List.of("link.jsonl", "log.jsonl", "log.jsonl.lock"), names(), "no copy left behind");
    }

    @Test
    @DisplayName("8 threads each read the log and append what follows from it, under its lock: no "
        + "decision on a log that has since changed")
    void a_holder_decides_on_the_log_as_it_is() throws Exception {
      Path log = folder.resolve("log.jsonl");
      Path link = Files.createSymbolicLink(folder.resolve("link.jsonl"), log.getFileName());
      Files.writeString(log, "", StandardCharsets.UTF_8);
      List<Callable<Void>> writers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Path name = t % 2 == 0 ? log : link;
        writers.add(() -> {
          for (int i = 0; i < APPENDS; i++) {
            LogLock.holding(name, () -> {
              int next = EventLog.read(name).size();
              EventLog.append(name, List.of(nominated(next)));
              return null;
            });
          }
          return null;
        });
      }

      together(writers);

      assertEquals(IntStream.range(0, THREADS * APPENDS).boxed().toList(),
          EventLog.read(log).stream().map(EventLogWritersTest::number).toList());
    }

    @Test
    @DisplayName("the example of LogLock's javadoc: replay, decide and append as one")
    void replay_decide_append() {
      Path log = folder.resolve("log.jsonl");
      Command command = nominated(1).command();
      ProgramCharter charter = CHARTER;

      Program decided = LogLock.holding(log, () -> {
        Program program = EventLog.replay(log, charter);   // the log as it is now, re-checked
        Program next = program.apply(command);
        EventLog.append(log, List.of(next.lastDecision().orElseThrow()));
        return next;
      });

      assertEquals(decided.decisions().asJava(), EventLog.read(log));
      assertEquals(decided.history(), EventLog.replay(log, charter).history());
    }
  }

  @Nested
  @DisplayName("the file")
  class TheFile {
    @Test
    @DisplayName("a new log gets the permissions of any new file in its folder (the umask decides)")
    void a_new_log_follows_the_umask() throws IOException {
      assumeTrue(Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null, "a POSIX file system");
      Path plain = Files.createFile(folder.resolve("plain"));
      Path log = folder.resolve("log.jsonl");

      EventLog.append(log, List.of(nominated(1)));

      assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
          PosixFilePermissions.toString(Files.getPosixFilePermissions(log)));
    }

    @Test
    @DisplayName("an existing log keeps its permissions, more open or more closed than the umask's")
    void an_existing_log_keeps_its_permissions() throws IOException {
      assumeTrue(Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null, "a POSIX file system");
      for (String permissions : List.of("rw-------", "rw-rw-rw-", "rw-r-----")) {
        Path log = folder.resolve("log-" + permissions.replace('-', '_') + ".jsonl");
        EventLog.append(log, List.of(nominated(1)));
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString(permissions));

        EventLog.append(log, List.of(nominated(2)));

        assertEquals(permissions, PosixFilePermissions.toString(Files.getPosixFilePermissions(log)));
        assertEquals(List.of(nominated(1), nominated(2)), EventLog.read(log));
      }
    }

    @Test
    @DisplayName("a log named by a symbolic link is appended through it: the link stays a link")
    void a_link_stays_a_link() throws IOException {
      Path log = folder.resolve("log.jsonl");
      EventLog.append(log, List.of(nominated(1)));
      Path link = Files.createSymbolicLink(folder.resolve("link.jsonl"), log.getFileName());

      EventLog.append(link, List.of(nominated(2)));

      assertTrue(Files.isSymbolicLink(link));
      assertEquals(List.of(nominated(1), nominated(2)), EventLog.read(log));
    }

    @Test
    @DisplayName("a symbolic link to nothing is neither read as an empty log nor replaced by one")
    void a_dangling_link_is_refused() throws IOException {
      Path link = Files.createSymbolicLink(folder.resolve("log.jsonl"), Path.of("gone.jsonl"));
      String message = link + ": is a symbolic link to gone.jsonl, which does not exist";

      assertEquals(message, assertThrows(UncheckedIOException.class,
          () -> EventLog.append(link, List.of(nominated(1)))).getMessage());
      assertEquals(message, assertThrows(UncheckedIOException.class, () -> EventLog.read(link)).getMessage());
      assertEquals(message, assertThrows(UncheckedIOException.class,
          () -> EventLog.replay(link, CHARTER)).getMessage());

      assertTrue(Files.isSymbolicLink(link));
      assertEquals(List.of("log.jsonl"), names());
    }

    @Test
    @DisplayName("a last line cut short after a long history is named with its number")
    void a_cut_line_after_a_long_history() throws IOException {
      Path log = folder.resolve("log.jsonl");
      List<Decision> many = IntStream.range(0, 2000).mapToObj(EventLogWritersTest::nominated).toList();
      EventLog.append(log, many);
      Files.writeString(log, "{\"format\":\"dmz.decision/1\",\"accepted\":tr", StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.APPEND);
      byte[] before = Files.readAllBytes(log);

      DocumentException e = assertThrows(DocumentException.class, () -> EventLog.append(log, List.of(nominated(1))));

      assertEquals(2001, e.line());
      assertTrue(e.getMessage().startsWith(log + ":2001:39: $.accepted: the last line is cut short: it ends without a "
          + "line break and is not a whole document (is not well-formed: "), e.getMessage());
      assertArrayEquals(before, Files.readAllBytes(log));
    }

    @Test
    @DisplayName("a last line without a line break longer than a read buffer is still a whole decision")
    void a_long_last_line_without_a_break() throws IOException {
      Path log = folder.resolve("log.jsonl");
      NamedEngineer longName = NamedEngineer.of(EngineerId.of("e-long"), "E".repeat(100_000), PARENT);
      Decision nominated = nominated(longName);
      Files.writeString(log, EventLog.write(List.of(nominated(1), nominated)).stripTrailing(), StandardCharsets.UTF_8);

      EventLog.append(log, List.of(nominated(2)));

      assertEquals(List.of(nominated(1), nominated, nominated(2)), EventLog.read(log));
      assertFalse(names().stream().anyMatch(n -> n.endsWith(".tmp")));
    }
  }
}
