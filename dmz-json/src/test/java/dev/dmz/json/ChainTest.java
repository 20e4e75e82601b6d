package dev.dmz.json;

import static dev.dmz.testkit.program.SampleProgram.LEAD;
import static dev.dmz.testkit.program.SampleProgram.LENA;
import static dev.dmz.testkit.program.SampleProgram.OMAR;
import static dev.dmz.testkit.program.SampleProgram.SUP_A;
import static dev.dmz.testkit.program.SampleProgram.day;
import static dev.dmz.testkit.program.SampleProgram.eur;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.value.InvalidValueException;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The record's chain: every entry names the hash of the one before and carries its own")
class ChainTest {
  private static final ProgramCharter CHARTER = SampleProgram.charter();
  private static final RuleBook BOOK = RuleBook.standard();
  private static final Actor SUPPLIER_A = Actor.parent(SUP_A);

  @TempDir
  Path folder;

  /** Accepted and refused decisions, with several events and findings. */
  private static List<Decision> decisions() {
    return Program.start(CHARTER).applyAll(List.of(
        Nominate.of(SUPPLIER_A, LENA, day(0)),
        Admit.of(LEAD, LENA.id(), day(1)),
        Admit.of(SUPPLIER_A, OMAR.id(), day(1)),
        ContributeToPool.of(SUPPLIER_A, eur(1000), day(2)),
        DrawOnPool.of(LEAD, eur(400), "Supplier recall: re-test of the battery pack", day(3))))
        .decisions().asJava();
  }

  private static List<Decision> decided(Command... commands) {
    return Program.start(CHARTER).applyAll(List.of(commands)).decisions().asJava();
  }

  private static Verification verify(String text, Optional<Head> since) {
    return EventLog.verify(text, "log.jsonl", CHARTER, BOOK, since);
  }

  private static String refusal(String text, Optional<Head> since) {
    return assertThrows(DocumentException.class, () -> verify(text, since)).getMessage();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Nested
  @DisplayName("the entries")
  class Entries {
    @Test
    @DisplayName("an entry's hash is the SHA-256 of its line without the hash field; the first names 64 zeros")
    void canonicalForm() {
      List<Decision> decisions = decisions();
      List<String> lines = EventLog.write(decisions).lines().toList();
      String previous = "0".repeat(64);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        assertTrue(line.startsWith("{\"format\":\"dmz.entry/1\",\"sequence\":" + (i + 1) + ",\"previous\":\""
            + previous + "\","), line);
        String hash = line.substring(line.length() - 66, line.length() - 2);
        assertEquals(sha256(line.substring(0, line.length() - 75) + "}"), hash);
        assertTrue(line.endsWith(",\"hash\":\"" + hash + "\"}"));
        previous = hash;
      }
    }

    @Test
    @DisplayName("the document writes the line the chain hashed, and reads it back equal")
    void documentRoundTrip() {
      Entry first = Entry.after(Head.EMPTY, decisions().get(0));
      Entry second = Entry.after(first.head(), decisions().get(1));
      assertEquals(second.line(), Documents.ENTRY.writeLine(second));
      assertEquals(second, Documents.ENTRY.readLine(second.line(), "log.jsonl", 2));
      assertEquals(new Head(2, second.hash()), second.head());
      assertEquals(first.hash(), second.previous());
    }

    @Test
    @DisplayName("a head is written ENTRIES:HASH and read back; a malformed head is refused naming the value")
    void heads() {
      Head head = verify(EventLog.write(decisions()), Optional.empty()).head();
      assertEquals(5, head.entries());
      assertEquals(head, Head.parse(head.toString()));
      assertEquals("0:" + "0".repeat(64), Head.EMPTY.toString());
      assertTrue(assertThrows(InvalidValueException.class, () -> Head.parse("5")).getMessage()
          .endsWith("was \"5\""));
      assertTrue(assertThrows(InvalidValueException.class, () -> Head.parse("x:" + head.hash()))
          .getMessage().startsWith("Head must be written ENTRIES:HASH"));
      assertTrue(assertThrows(InvalidValueException.class, () -> Head.parse("5:" + "A".repeat(64)))
          .getMessage().startsWith("Hash must be 64 lower-case hexadecimal digits"));
      assertTrue(assertThrows(InvalidValueException.class, () -> new Head(0, head.hash())).getMessage()
          .startsWith("Head.hash must be 64 zeros for a record with no entry"));
      assertTrue(assertThrows(InvalidValueException.class, () -> new Head(3, Hash.NONE)).getMessage()
          .startsWith("Head.hash must not be 64 zeros"));
      assertTrue(assertThrows(InvalidValueException.class, () -> new Head(-1, Hash.NONE)).getMessage()
          .startsWith("Head.entries must not be negative"));
    }

    @Test
    @DisplayName("an empty record verifies with the empty head")
    void empty() {
      Verification verified = verify("", Optional.of(Head.EMPTY));
      assertEquals(Head.EMPTY, verified.head());
      assertTrue(verified.chained());
      assertEquals(0, verified.program().decisions().size());
    }
  }

  @Nested
  @DisplayName("tampering")
  class Tampering {
    @Test
    @DisplayName("a change of any single byte anywhere in a log is caught")
    void anyByte() {
      byte[] log = EventLog.write(decisions()).getBytes(StandardCharsets.UTF_8);
      Head head = verify(new String(log, StandardCharsets.UTF_8), Optional.empty()).head();
      for (int i = 0; i < log.length; i++) {
        for (int flip : new int[] {0x01, 0x20, 0x80}) {
          byte[] changed = log.clone();
          changed[i] = (byte) (changed[i] ^ flip);
          String text = new String(changed, StandardCharsets.UTF_8);
          try {
            Verification verified = verify(text, Optional.of(head));
            fail("byte " + i + " changed (^" + flip + ") was not caught: " + verified.head());
          } catch (DocumentException expected) {
            assertFalse(expected.getMessage().isBlank());
          }
        }
      }
    }

    @Test
    @DisplayName("a carriage return put before a line break is a changed byte, caught at its line and named")
    void carriageReturn() {
      String log = EventLog.write(decisions());
      String crlf = "$.hash: is followed by a carriage return: the line ends with a Windows line break (CRLF)";
      String last = log.substring(0, log.length() - 1) + "\r\n";
      assertTrue(refusal(last, Optional.empty()).startsWith("log.jsonl:5:1: " + crlf), refusal(last, Optional.empty()));
      String second = log.replaceFirst("\n", "\r\n");
      assertTrue(refusal(second, Optional.empty()).startsWith("log.jsonl:1:1: " + crlf));
      String converted = log.replace("\n", "\r\n");
      assertTrue(refusal(converted, Optional.empty()).endsWith("convert the log's line breaks back to LF (dos2unix, say)"));
      assertEquals(verify(log, Optional.empty()).head(), verify(converted.replace("\r\n", "\n"), Optional.empty()).head());
      String inside = log.replaceFirst("\"date\":", "\"date\":\r");
      assertTrue(refusal(inside, Optional.empty()).startsWith("log.jsonl:1:1: $.hash: is "), refusal(inside, Optional.empty()));
    }

    @Test
    @DisplayName("a line changed and its hash recomputed breaks the chain at the next line")
    void rehashedLine() {
      List<String> lines = new ArrayList<>(EventLog.write(decisions()).lines().toList());
      String second = lines.get(1).replace("\"2027-03-02\"", "\"2027-03-03\"");
      String body = second.substring(0, second.length() - 75) + "}";
      lines.set(1, body.substring(0, body.length() - 1) + ",\"hash\":\"" + sha256(body) + "\"}");
      String message = refusal(String.join("\n", lines) + "\n", Optional.empty());
      assertTrue(message.startsWith("log.jsonl:3:1: $.previous: is "), message);
      assertTrue(message.endsWith("the chain is broken here"), message);
    }

    @Test
    @DisplayName("a line removed, repeated or moved is caught at its place")
    void removedRepeatedMoved() {
      List<String> lines = EventLog.write(decisions()).lines().toList();
      List<String> removed = new ArrayList<>(lines);
      removed.remove(2);
      assertEquals("log.jsonl:3:1: $.sequence: is 4, but entry 3 comes next: an entry was removed here",
          refusal(String.join("\n", removed) + "\n", Optional.empty()));
      List<String> repeated = new ArrayList<>(lines);
      repeated.add(3, lines.get(2));
      assertEquals("log.jsonl:4:1: $.sequence: is 3, but entry 4 comes next: an entry was repeated or moved here",
          refusal(String.join("\n", repeated) + "\n", Optional.empty()));
      List<String> moved = new ArrayList<>(lines);
      moved.set(1, lines.get(2));
      moved.set(2, lines.get(1));
      assertEquals("log.jsonl:2:1: $.sequence: is 3, but entry 2 comes next: an entry was removed here",
          refusal(String.join("\n", moved) + "\n", Optional.empty()));
    }

    @Test
    @DisplayName("a log cut short is caught against a kept head, naming how many entries it has")
    void cutShort() {
      String whole = EventLog.write(decisions());
      Head kept = verify(whole, Optional.empty()).head();
      String cut = String.join("\n", whole.lines().limit(3).toList()) + "\n";
      assertEquals(3, verify(cut, Optional.empty()).head().entries(), "alone, a shorter log is a valid record");
      assertEquals("log.jsonl:4:1: $: the record ends after 3 entries, but the head you kept is entry 5: it was "
          + "cut short", refusal(cut, Optional.of(kept)));
      assertEquals("log.jsonl:1:1: $: the record ends after 0 entries, but the head you kept is entry 5: it was "
          + "cut short", refusal("", Optional.of(kept)));
    }

    @Test
    @DisplayName("a log rewritten from some entry on, with a valid chain, parts from the kept head")
    void rewritten() {
      List<Decision> original = decisions();
      Head kept = verify(EventLog.write(original), Optional.empty()).head();
      List<Decision> other = new ArrayList<>(original.subList(0, 3));
      other.addAll(decided(Nominate.of(SUPPLIER_A, LENA, day(0)), Admit.of(LEAD, LENA.id(), day(1)),
          Admit.of(SUPPLIER_A, OMAR.id(), day(1)), ContributeToPool.of(SUPPLIER_A, eur(2000), day(2)),
          DrawOnPool.of(LEAD, eur(400), "Supplier recall: re-test of the battery pack", day(3))).subList(3, 5));
      String rewritten = EventLog.write(other);
      String message = refusal(rewritten, Optional.of(kept));
      assertTrue(message.startsWith("log.jsonl:5:1: $.hash: is "), message);
      assertTrue(message.endsWith("the record parts from the one you kept at entry 5 or before"), message);
    }

    @Test
    @DisplayName("a log that extends the kept head verifies, with its own head")
    void extendsKept() {
      List<Decision> decisions = decisions();
      Head kept = verify(EventLog.write(decisions.subList(0, 2)), Optional.empty()).head();
      Verification verified = verify(EventLog.write(decisions), Optional.of(kept));
      assertEquals(5, verified.head().entries());
      assertEquals(verified.head(), verify(EventLog.write(decisions), Optional.of(verified.head())).head());
    }

    @Test
    @DisplayName("appending refuses a log whose last line is not its own hash, and appends nothing")
    void appendChecksTheLastLine() throws IOException {
      Path log = folder.resolve("log.jsonl");
      List<Decision> decisions = decisions();
      EventLog.append(log, decisions.subList(0, 2));
      String text = Files.readString(log, StandardCharsets.UTF_8).replace("\"2027-03-02\"", "\"2027-03-04\"");
      Files.writeString(log, text, StandardCharsets.UTF_8);
      byte[] before = Files.readAllBytes(log);
      DocumentException refused = assertThrows(DocumentException.class, () -> EventLog.append(log,
          decisions.subList(2, 3)));
      assertTrue(refused.getMessage().startsWith(log + ":2:1: $.hash: is "), refused.getMessage());
      assertTrue(refused.getMessage().endsWith("the line was changed after it was written; nothing was appended"),
          refused.getMessage());
      assertArrayEquals(before, Files.readAllBytes(log));
    }

    @Test
    @DisplayName("appending chains to the last entry: appended in parts or at once, the log is the same")
    void appendChains() throws IOException {
      Path log = folder.resolve("log.jsonl");
      List<Decision> decisions = decisions();
      assertEquals(2, EventLog.append(log, decisions.subList(0, 2)).entries());
      Head head = EventLog.append(log, decisions.subList(2, 5));
      assertEquals(EventLog.write(decisions), Files.readString(log, StandardCharsets.UTF_8));
      assertEquals(head, EventLog.verify(log, CHARTER, BOOK, Optional.empty()).head());
      assertEquals(head, EventLog.append(log, List.of()), "appending nothing keeps the head");
    }
  }

  @Nested
  @DisplayName("format 1, without a chain")
  class FormatOne {
    /** A log as dmz 0.2 wrote it: one dmz.decision/1 document a line. */
    private String formatOne(List<Decision> decisions) {
      StringBuilder text = new StringBuilder();
      decisions.forEach(d -> text.append(Documents.DECISION.writeLine(d)).append('\n'));
      return text.toString();
    }

    @Test
    @DisplayName("is read and re-checked against the rules, but proves nothing of its history")
    void read() {
      List<Decision> decisions = decisions();
      Verification verified = verify(formatOne(decisions), Optional.empty());
      assertFalse(verified.chained());
      assertEquals(1, verified.logFormat());
      assertEquals(decisions, verified.program().decisions().asJava());
      assertEquals(decisions, EventLog.parse(formatOne(decisions), "log.jsonl"));
    }

    @Test
    @DisplayName("is refused when a line breaks the rules, as before")
    void rechecked() {
      List<Decision> decisions = new ArrayList<>(decisions());
      decisions.remove(0);
      String message = refusal(formatOne(decisions), Optional.empty());
      assertTrue(message.startsWith("log.jsonl:1:1: $.accepted: records the command as accepted, but the rule book "
          + "refuses it"), message);
    }

    @Test
    @DisplayName("is not appended to: the message says to migrate it")
    void notAppended() throws IOException {
      Path log = folder.resolve("old.jsonl");
      List<Decision> decisions = decisions();
      Files.writeString(log, formatOne(decisions.subList(0, 2)), StandardCharsets.UTF_8);
      byte[] before = Files.readAllBytes(log);
      DocumentException refused = assertThrows(DocumentException.class, () -> EventLog.append(log,
          decisions.subList(2, 3)));
      assertEquals(log + ":2:11: $.format: is \"dmz.decision/1\": a log of format 1, without a chain, which cannot "
          + "be appended to; write it anew with `dmz migrate` (EventLog.migrate) and append to the new log",
          refused.getMessage());
      assertArrayEquals(before, Files.readAllBytes(log));
    }

    @Test
    @DisplayName("is migrated to a chained log of the same decisions, whose head verifying it announced")
    void migrated() throws IOException {
      Path old = folder.resolve("old.jsonl");
      Path migrated = folder.resolve("new.jsonl");
      List<Decision> decisions = decisions();
      Files.writeString(old, formatOne(decisions), StandardCharsets.UTF_8);
      byte[] before = Files.readAllBytes(old);
      Head announced = EventLog.verify(old, CHARTER, BOOK, Optional.empty()).head();

      Head head = EventLog.migrate(old, migrated, CHARTER, BOOK);

      assertEquals(announced, head);
      assertEquals(EventLog.write(decisions), Files.readString(migrated, StandardCharsets.UTF_8));
      Verification verified = EventLog.verify(migrated, CHARTER, BOOK, Optional.of(head));
      assertTrue(verified.chained());
      assertEquals(Program.start(CHARTER).applyAll(decisions.stream().map(Decision::command).toList()).state(),
          verified.program().state());
      assertArrayEquals(before, Files.readAllBytes(old), "the old log is left as it was");
      UncheckedIOException again = assertThrows(UncheckedIOException.class,
          () -> EventLog.migrate(old, migrated, CHARTER, BOOK));
      assertEquals(migrated + ": exists already; the migrated log is written to a new file", again.getMessage());
    }
  }
}
