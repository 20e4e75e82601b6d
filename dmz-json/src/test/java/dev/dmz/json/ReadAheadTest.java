package dev.dmz.json;

import static dev.dmz.testkit.program.SampleProgram.LEAD;
import static dev.dmz.testkit.program.SampleProgram.LENA;
import static dev.dmz.testkit.program.SampleProgram.OMAR;
import static dev.dmz.testkit.program.SampleProgram.SUP_A;
import static dev.dmz.testkit.program.SampleProgram.day;
import static dev.dmz.testkit.program.SampleProgram.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Program;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.commercial.CommercialCommand.ContributeToPool;
import dev.dmz.rules.commercial.CommercialCommand.DrawOnPool;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.testkit.program.SampleProgram;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verifying a log file reads it ahead on a second thread ({@link ReadAhead}): it must find what
 * reading it on one thread finds, the same program and head or the same first error, wherever the
 * errors are and whichever thread meets them; and leave no thread behind. The reference is the
 * reading on one thread that {@code EventLog.verify} did before the reading ahead ({@link #oneThread}).
 */
@DisplayName("Verifying a log file while a second thread reads ahead")
class ReadAheadTest {
  private static final ProgramCharter CHARTER = SampleProgram.charter();
  private static final RuleBook BOOK = RuleBook.standard();
  private static final Actor SUPPLIER_A = Actor.parent(SUP_A);

  /** More lines than three batches hold, so that the reading runs ahead and waits on a full queue. */
  private static final int LINES = 3 * ReadAhead.BATCH_LINES + 45;

  /** A line the rule book refuses: admitting Lena a second time, recorded as accepted and chained. */
  private static final int RULE_BROKEN = 10;

  @TempDir
  Path folder;

  @AfterEach
  void noThreadLeft() {
    assertEquals(List.of(), readers(), "a reading thread was left running");
  }

  private static List<String> readers() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("dmz-read-ahead"))
        .filter(Thread::isAlive).map(Thread::toString).toList();
  }

  /** A nomination, two admissions (the second refused), contributions and draws: {@value #LINES} decisions. */
  private static List<Decision> decisions() {
    return decisions(LINES);
  }

  private static List<Decision> decisions(int count) {
    List<Command> commands = new ArrayList<>(List.of(Nominate.of(SUPPLIER_A, LENA, day(0)),
        Admit.of(LEAD, LENA.id(), day(1)), Admit.of(SUPPLIER_A, OMAR.id(), day(1))));
    for (int i = 0; commands.size() < count; i++) {
      commands.add(i % 2 == 0 ? ContributeToPool.of(SUPPLIER_A, eur(1000 + i), day(2 + i / 1000))
          : DrawOnPool.of(LEAD, eur(10), "Supplier recall " + i + ": re-test of the battery pack", day(2 + i / 1000)));
    }
    return Program.start(CHARTER).applyAll(commands).decisions().asJava();
  }

  /** The lines of a log whose entry at a line (from 1) repeats Lena's admission: chained, but refused by the rules. */
  private static List<String> ruleBrokenAt(int line) {
    List<Decision> decisions = new ArrayList<>(decisions());
    decisions.set(line - 1, decisions.get(1));
    return lines(EventLog.write(decisions));
  }

  private static List<String> lines(String text) {
    return new ArrayList<>(text.lines().toList());
  }

  private static String text(List<String> lines) {
    return String.join("\n", lines) + "\n";
  }

  private Path log(byte[] bytes) {
    Path log = folder.resolve("log.jsonl");
    try {
      Files.write(log, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return log;
  }

  private Path log(String text) {
    return log(text.getBytes(StandardCharsets.UTF_8));
  }

  /** What {@code EventLog.verify} of a file did before it read ahead: every line read, parsed and replayed on this thread. */
  private static Verification oneThread(Path file, Optional<Head> since) {
    String source = file.toString();
    Replay replay = Replay.start(CHARTER, BOOK, source).extending(since);
    AtomicReference<Document<?>> format = new AtomicReference<>();
    try {
      LogLines.read(file, 0, 1, (line, number, start, terminated) -> {
        if (format.get() == null) {
          format.set(EventLog.format(line, source));
        }
        try {
          if (format.get() == Documents.ENTRY) {
            replay.entry(line, number);
          } else {
            replay.unchained(Documents.DECISION.readLine(line, source, number), number);
          }
        } catch (DocumentException e) {
          if (!terminated) {
            JsonLines.checkUnterminated(line, number, source, format.get());
          }
          throw e;
        }
      });
    } catch (DocumentException e) {
      throw EventLog.formerFormat(e, source);
    }
    return replay.verified(format.get() == Documents.DECISION ? 1 : 2);
  }

  private static Verification ahead(Path file, Optional<Head> since) {
    return EventLog.verify(file, CHARTER, BOOK, since, Long.MAX_VALUE, bytes -> { });
  }

  /** What a verification found, comparable: the head, the format and the decisions' hash, or the error's kind and words. */
  private static String outcome(Supplier<Verification> verification) {
    try {
      Verification found = verification.get();
      List<Decision> decisions = found.program().decisions().asJava();
      return found.head() + " format " + found.logFormat() + ", " + decisions.size() + " decisions "
          + decisions.hashCode();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** Verifies a file both ways, and returns what both found. */
  private String same(Path file, Optional<Head> since) {
    String expected = outcome(() -> oneThread(file, since));
    assertEquals(expected, outcome(() -> ahead(file, since)));
    return expected;
  }

  private String same(String text) {
    return same(log(text), Optional.empty());
  }

  @Test
  @DisplayName("a valid log gives the program, the head and the format that one thread gives, and the text's")
  void valid() {
    String text = EventLog.write(decisions());
    Path file = log(text);
    Verification verified = ahead(file, Optional.empty());
    assertEquals(LINES, verified.head().entries());
    assertEquals(verified.head(), EventLog.verify(text, "log.jsonl", CHARTER, BOOK, Optional.empty()).head());
    assertEquals(decisions(), verified.program().decisions().asJava());
    same(file, Optional.empty());
    same(file, Optional.of(verified.head()));
    assertEquals(same(file, Optional.empty()), same(text.replace("\n", "\n\n  \n"))); // blank lines passed over
    assertTrue(same("").startsWith(Head.EMPTY + " "), "an empty log is the empty record");
    assertEquals(Head.EMPTY, ahead(folder.resolve("absent.jsonl"), Optional.empty()).head());
  }

  @Test
  @DisplayName("an error anywhere, found by the reading thread or the verifying one, is the error one thread finds")
  void errorsAnywhere() {
    List<String> lines = lines(EventLog.write(decisions()));
    int batch = ReadAhead.BATCH_LINES;
    for (int at : new int[] {1, 2, batch - 1, batch, batch + 1, 2 * batch + 7, LINES - 1, LINES}) {
      int i = at - 1;
      List<String> changed = new ArrayList<>(lines); // a byte changed: the line's hash, read ahead
      changed.set(i, lines.get(i).replace("\"sequence\":", "\"sequence\": "));
      assertTrue(same(text(changed)).contains(":" + at + ":1: $.hash: "), "line " + at);
      List<String> broken = new ArrayList<>(lines); // not JSON: read ahead
      broken.set(i, lines.get(i).substring(0, 40));
      assertTrue(same(text(broken)).contains("log.jsonl:" + at + ":"), "line " + at);
      List<String> removed = new ArrayList<>(lines); // the chain: on the verifying thread
      removed.remove(i);
      String message = same(text(removed));
      if (at < LINES) {
        assertTrue(message.contains(":" + at + ":1: $.sequence: is " + (at + 1)), message);
      }
      assertTrue(same(text(ruleBrokenAt(Math.max(at, 4)))).contains(":" + Math.max(at, 4) + ":1: $.accepted: "),
          "line " + at);
    }
  }

  @Test
  @DisplayName("errors are reported in the order of the lines: a rule broken before a line found bad ahead")
  void inLineOrder() {
    List<String> lines = ruleBrokenAt(RULE_BROKEN);
    String ruleBroken = same(text(lines));
    assertTrue(ruleBroken.contains(":" + RULE_BROKEN + ":1: $.accepted: "), ruleBroken);
    List<String> later = new ArrayList<>(lines);
    later.set(RULE_BROKEN + 1, lines.get(RULE_BROKEN + 1).replace("\"sequence\":", "\"sequence\": "));
    later.set(500, "{\"format\":");
    later.set(600, "not json");
    assertEquals(ruleBroken, same(text(later)));
    assertEquals(ruleBroken, same(text(later).substring(0, text(later).length() - 30)));
    byte[] notUtf8 = text(later).getBytes(StandardCharsets.UTF_8);
    notUtf8[notUtf8.length - 100] = (byte) 0xC3;
    notUtf8[notUtf8.length - 99] = (byte) 0x28;
    assertEquals(ruleBroken, outcome(() -> ahead(log(notUtf8), Optional.empty())));
  }

  @Test
  @DisplayName("a line that is not UTF-8 is reported at its line, once the lines before it are verified")
  void notUtf8() {
    List<String> lines = lines(EventLog.write(decisions()));
    byte[] bytes = text(lines).getBytes(StandardCharsets.UTF_8);
    int at = text(lines.subList(0, 299)).length() + 20; // in line 300
    bytes[at] = (byte) 0xFF;
    Path file = log(bytes);
    assertEquals(DocumentException.class.getName() + ": " + file + ":300:1: $: is not UTF-8 text", same(file,
        Optional.empty()));
  }

  @Test
  @DisplayName("a log that ends mid-line is reported cut short at its last line, as one thread reports it")
  void endsMidLine() {
    String text = EventLog.write(decisions());
    assertTrue(same(text.substring(0, text.length() - 1)).startsWith(LINES + ":"), "a whole last line, unended");
    for (int cut : new int[] {2, 30, 200}) {
      String message = same(text.substring(0, text.length() - cut));
      assertTrue(message.contains(":" + LINES + ":") && message.contains("the last line is cut short"), message);
    }
    Head kept = ahead(log(text), Optional.empty()).head();
    assertTrue(same(log(text.substring(0, text.length() - 200)), Optional.of(kept)).contains("cut short"));
    assertTrue(same(log(text(lines(text).subList(0, 300))), Optional.of(kept)).contains(
        "the record ends after 300 entries"));
  }

  @Test
  @DisplayName("a log of format 1 is read ahead too, and an error in it found as on one thread")
  void formatOne() {
    List<Decision> decisions = decisions();
    String text = JsonLines.write(decisions, Documents.DECISION);
    Verification verified = ahead(log(text), Optional.empty());
    assertEquals(1, verified.logFormat());
    assertEquals(decisions, verified.program().decisions().asJava());
    same(text);
    List<Decision> broken = new ArrayList<>(decisions);
    broken.set(RULE_BROKEN - 1, decisions.get(1));
    List<String> lines = lines(JsonLines.write(broken, Documents.DECISION));
    lines.set(400, "{\"format\":\"dmz.decision/1\"}");
    assertTrue(same(text(lines)).contains(":" + RULE_BROKEN + ":1: "));
    String yes = same(text.replace("\"accepted\":true", "\"accepted\":\"yes\""));
    assertTrue(yes.contains("log.jsonl:1:") && yes.contains("$.accepted"), yes);
  }

  @Test
  @DisplayName("the reading thread is ended when the verifying one fails early, while the queue is full")
  void endedOnFailure() throws InterruptedException {
    Path file = log(text(ruleBrokenAt(4)));
    for (int i = 0; i < 20; i++) {
      assertThrows(DocumentException.class, () -> ahead(file, Optional.empty()));
      assertEquals(List.of(), readers());
    }
    RuntimeException told = new IllegalStateException("the progress bar failed");
    assertSame(told, assertThrows(IllegalStateException.class, () -> EventLog.verify(log(EventLog.write(
        decisions())), CHARTER, BOOK, Optional.empty(), Long.MAX_VALUE, bytes -> {
          throw told;
        })));
  }

  @Test
  @DisplayName("an interrupted verification stops, keeps the interrupt and leaves no thread running")
  void interrupted() {
    Path file = log(EventLog.write(decisions()));
    Thread.currentThread().interrupt();
    UncheckedIOException stopped = assertThrows(UncheckedIOException.class, () -> ahead(file, Optional.empty()));
    assertTrue(Thread.interrupted(), "the interrupt is kept");
    assertTrue(stopped.getMessage().endsWith("interrupted while reading"), stopped.getMessage());
    assertEquals(List.of(), readers());
    assertEquals(LINES, ahead(file, Optional.empty()).head().entries(), "and the next verification runs");
    assertFalse(Thread.currentThread().isInterrupted());
  }

  @Test
  @DisplayName("progress is told on the verifying thread, in order, ending with the log's size")
  void progress() throws IOException {
    Path file = log(EventLog.write(decisions(8 * LINES)));
    long size = Files.size(file);
    assertTrue(size > 2 << 20, "a log of several megabytes: " + size);
    List<Long> told = new ArrayList<>();
    Thread caller = Thread.currentThread();
    Verification verified = EventLog.verify(file, CHARTER, BOOK, Optional.empty(), Long.MAX_VALUE, bytes -> {
      assertSame(caller, Thread.currentThread());
      told.add(bytes);
    });
    assertEquals(8 * LINES, verified.head().entries());
    assertEquals(size, told.get(told.size() - 1));
    assertTrue(told.size() >= 3, told.toString());
    for (int i = 1; i < told.size(); i++) {
      assertTrue(told.get(i) - told.get(i - 1) >= 1 << 20 || i == told.size() - 1, told.toString());
    }
  }
}
