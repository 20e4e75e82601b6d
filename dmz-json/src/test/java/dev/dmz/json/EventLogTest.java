package dev.dmz.json;

import static dev.dmz.testkit.program.SampleProgram.LEAD;
import static dev.dmz.testkit.program.SampleProgram.LENA;
import static dev.dmz.testkit.program.SampleProgram.OEM;
import static dev.dmz.testkit.program.SampleProgram.OMAR;
import static dev.dmz.testkit.program.SampleProgram.PROTOTYPE;
import static dev.dmz.testkit.program.SampleProgram.SUP_A;
import static dev.dmz.testkit.program.SampleProgram.SUP_B;
import static dev.dmz.testkit.program.SampleProgram.day;
import static dev.dmz.testkit.program.SampleProgram.eur;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.agreement.WallKind;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Event;
import dev.dmz.rules.Program;
import dev.dmz.rules.commercial.CommercialCommand.AcceptMilestone;
import dev.dmz.rules.commercial.CommercialCommand.ContributeToPool;
import dev.dmz.rules.commercial.CommercialCommand.DrawOnPool;
import dev.dmz.rules.commercial.CommercialEvent.PoolContributed;
import dev.dmz.rules.commercial.CommercialEvent.PoolDrawn;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingEvent.Admitted;
import dev.dmz.rules.staffing.StaffingEvent.Nominated;
import dev.dmz.testkit.program.SampleProgram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The event log: one decision a line, re-checked when read")
class EventLogTest {
  /** What a line the rule book decides otherwise is told, after the difference. */
  private static final String IMPOSSIBLE = ": this line could not have happened under the rules of this dmz (a "
      + "record decided by an earlier dmz, or by other rules, reads so too)";

  private static final ProgramCharter CHARTER = SampleProgram.charter();
  private static final Actor SUPPLIER_A = Actor.parent(SUP_A);
  private static final String SURPRISE = "Supplier recall: re-test of the battery pack";

  @TempDir
  Path folder;

  /** The decisions the rule book takes on the commands, in order, from a fresh program. */
  private static List<Decision> decided(Command... commands) {
    return Program.start(CHARTER).applyAll(List.of(commands)).decisions().asJava();
  }

  private Path log(List<Decision> decisions) {
    Path log = folder.resolve("log.jsonl");
    try {
      Files.deleteIfExists(log);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    EventLog.append(log, decisions);
    return log;
  }

  private String refusal(List<Decision> decisions) {
    Path log = log(decisions);
    return assertThrows(DocumentException.class, () -> EventLog.replay(log, CHARTER)).getMessage();
  }

  private static List<Decision> with(List<Decision> decisions, Decision more) {
    List<Decision> all = new ArrayList<>(decisions);
    all.add(more);
    return all;
  }

  /** A decision as a forger writes it: accepted, with the events they claim. */
  private static Decision forged(Command command, Event... events) {
    return Decision.recorded(command, List.of(events), List.of());
  }

  @Nested
  @DisplayName("writing and reading")
  class WritingAndReading {
    @Test
    @DisplayName("a log replays to the program that wrote it, history and decisions alike")
    void replaysToTheProgram() {
      Program program = Program.start(CHARTER).applyAll(List.of(Nominate.of(SUPPLIER_A, LENA, day(0)),
          Admit.of(LEAD, LENA.id(), day(1)), Admit.of(SUPPLIER_A, OMAR.id(), day(1))));
      Program replayed = EventLog.replay(log(program.decisions().asJava()), CHARTER);
      assertEquals(program.state(), replayed.state());
      assertEquals(program.history(), replayed.history());
      assertEquals(program.decisions(), replayed.decisions());
    }

    @Test
    @DisplayName("appending keeps the old lines and adds whole new ones, leaving no temporary file")
    void appending() throws IOException {
      List<Decision> decisions = decided(Nominate.of(SUPPLIER_A, LENA, day(0)), Admit.of(LEAD, LENA.id(), day(1)));
      Path log = log(decisions.subList(0, 1));
      byte[] before = Files.readAllBytes(log);

      Head head = EventLog.append(log, decisions.subList(1, 2));

      Entry first = Entry.after(Head.EMPTY, decisions.get(0));
      Entry second = Entry.after(first.head(), decisions.get(1));
      assertEquals(new String(before, StandardCharsets.UTF_8) + second.line() + "\n",
          Files.readString(log, StandardCharsets.UTF_8));
      assertEquals(second.head(), head);
      assertEquals(decisions, EventLog.read(log));
      assertEquals(List.of("log.jsonl", "log.jsonl.lock"), Files.list(folder).map(f -> f.getFileName().toString())
          .sorted().toList(), "no temporary file is left behind");
    }

    @Test
    @DisplayName("a log cut short is refused and not appended to")
    void cutShort() throws IOException {
      List<Decision> decisions = decided(Nominate.of(SUPPLIER_A, LENA, day(0)), Admit.of(LEAD, LENA.id(), day(1)));
      Path log = folder.resolve("log.jsonl");
      Entry first = Entry.after(Head.EMPTY, decisions.get(0));
      Files.writeString(log, first.line() + "\n" + Entry.after(first.head(), decisions.get(1)).line().substring(0, 30),
          StandardCharsets.UTF_8);
      byte[] before = Files.readAllBytes(log);

      DocumentException read = assertThrows(DocumentException.class, () -> EventLog.read(log));
      DocumentException append = assertThrows(DocumentException.class,
          () -> EventLog.append(log, decisions.subList(1, 2)));

      assertEquals(2, read.line());
      assertTrue(read.problem().startsWith("the last line is cut short"), read.problem());
      assertEquals(read.getMessage(), append.getMessage());
      assertArrayEquals(before, Files.readAllBytes(log));
    }

    @Test
    @DisplayName("a whole last line without a line break gets one before the next")
    void lastLineWithoutBreak() throws IOException {
      List<Decision> decisions = decided(Nominate.of(SUPPLIER_A, LENA, day(0)), Admit.of(LEAD, LENA.id(), day(1)));
      Path log = folder.resolve("log.jsonl");
      Files.writeString(log, Entry.after(Head.EMPTY, decisions.get(0)).line(), StandardCharsets.UTF_8);

      EventLog.append(log, decisions.subList(1, 2));

      assertEquals(decisions, EventLog.read(log));
      assertEquals(EventLog.write(decisions), Files.readString(log, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("a missing log is a program that has not begun")
    void missing() {
      assertEquals(List.of(), EventLog.read(folder.resolve("none.jsonl")));
      assertEquals(0, EventLog.replay(folder.resolve("none.jsonl"), CHARTER).history().size());
    }

    @Test
    @DisplayName("a log of dmz 0.1 (events without commands) is refused, saying why")
    void oldEventLog() throws IOException {
      Path log = folder.resolve("log.jsonl");
      Files.writeString(log, Documents.EVENT.writeLine(Nominated.of(LENA, SUP_A, day(0))) + "\n",
          StandardCharsets.UTF_8);
      assertEquals(log + ":1:11: $.format: is \"dmz.event/1\": a log of dmz 0.1, which recorded events without "
          + "their commands, so it cannot be re-checked against the rules; apply the program's commands again to "
          + "a new log", assertThrows(DocumentException.class, () -> EventLog.replay(log, CHARTER)).getMessage());
    }
  }

  @Nested
  @DisplayName("a line the rule book could not have produced is refused, naming the line and the rule")
  class Forgeries {
    @Test
    @DisplayName("a second acceptance of one milestone (paid twice)")
    void milestoneTwice() {
      List<Decision> once = decided(AcceptMilestone.of(LEAD, PROTOTYPE, day(5)));
      Decision again = forged(AcceptMilestone.of(LEAD, PROTOTYPE, day(6)), once.get(0).events().get(0));
      String message = refusal(with(once, again));
      assertTrue(message.startsWith(folder.resolve("log.jsonl") + ":2:1: $.accepted: records the command as "
          + "accepted, but the rule book refuses it: DMZ-MILESTONE-PAYMENT ("), message);
      assertTrue(message.endsWith(")" + IMPOSSIBLE), message);
    }

    @Test
    @DisplayName("a draw that takes the pool below zero")
    void drawBelowZero() {
      List<Decision> paidIn = decided(ContributeToPool.of(SUPPLIER_A, eur(1_000), day(1)));
      Decision draw = forged(DrawOnPool.of(LEAD, eur(5_000), SURPRISE, day(2)), PoolDrawn.of(eur(5_000), SURPRISE,
          day(2)));
      String message = refusal(with(paidIn, draw));
      assertTrue(message.startsWith(folder.resolve("log.jsonl") + ":2:1: $.accepted: records the command as "
          + "accepted, but the rule book refuses it: DMZ-RISK-POOL-DRAW ("), message);
    }

    @Test
    @DisplayName("a duplicate nomination")
    void duplicateNomination() {
      List<Decision> nominated = decided(Nominate.of(SUPPLIER_A, LENA, day(0)));
      String message = refusal(with(nominated, forged(Nominate.of(SUPPLIER_A, LENA, day(1)),
          Nominated.of(LENA, SUP_A, day(1)))));
      assertTrue(message.startsWith(folder.resolve("log.jsonl") + ":2:1: $.accepted: records the command as "
          + "accepted, but the rule book refuses it: DMZ-LEAD-ADMITS ("), message);
    }

    @Test
    @DisplayName("an admission before the walls are signed")
    void admissionBeforeTheWalls() {
      ProgramCharter unsigned = CHARTER.withWalls(CHARTER.walls().stream()
          .filter(wall -> wall.kind() != WallKind.NON_POACHING).toList());
      List<Decision> nominated = Program.start(unsigned).apply(Nominate.of(SUPPLIER_A, LENA, day(0)))
          .decisions().asJava();
      Path log = log(with(nominated, forged(Admit.of(LEAD, LENA.id(), day(1)),
          Admitted.of(LENA.id(), Optional.empty(), day(1)))));
      String message = assertThrows(DocumentException.class, () -> EventLog.replay(log, unsigned)).getMessage();
      assertTrue(message.startsWith(log + ":2:1: $.accepted: records the command as accepted, but the rule book "
          + "refuses it: DMZ-WALLS-BEFORE-ENTRY ("), message);
    }

    @Test
    @DisplayName("a nomination by the wrong parent")
    void nominationByTheWrongParent() {
      String message = refusal(List.of(forged(Nominate.of(Actor.parent(SUP_B), LENA, day(0)),
          Nominated.of(LENA, SUP_B, day(0)))));
      assertTrue(message.startsWith(folder.resolve("log.jsonl") + ":1:1: $.accepted: records the command as "
          + "accepted, but the rule book refuses it: DMZ-LEAD-ADMITS ("), message);
    }

    @Test
    @DisplayName("a changed amount: the command's amount is not the event's")
    void changedAmount() {
      List<Decision> paidIn = decided(ContributeToPool.of(SUPPLIER_A, eur(1_000), day(1)));
      Decision changed = forged(paidIn.get(0).command(), PoolContributed.of(SUP_A, eur(9_000), day(1)));
      assertEquals(folder.resolve("log.jsonl") + ":1:1: $.events[0]: is " + PoolContributed.of(SUP_A, eur(9_000),
          day(1)) + ", but the command produces " + paidIn.get(0).events().get(0) + " under the rule book" + IMPOSSIBLE,
          refusal(List.of(changed)));
    }

    @Test
    @DisplayName("reordered lines: an admission before its nomination")
    void reordered() {
      List<Decision> decisions = decided(Nominate.of(SUPPLIER_A, LENA, day(0)), Admit.of(LEAD, LENA.id(), day(0)));
      String message = refusal(List.of(decisions.get(1), decisions.get(0)));
      assertTrue(message.startsWith(folder.resolve("log.jsonl") + ":1:1: $.accepted: records the command as "
          + "accepted, but the rule book refuses it: DMZ-LEAD-ADMITS ("), message);
    }

    @Test
    @DisplayName("a line removed in the middle: the admission of someone never nominated")
    void removedLine() {
      List<Decision> decisions = decided(Nominate.of(SUPPLIER_A, LENA, day(0)), Nominate.of(SUPPLIER_A, OMAR, day(0)),
          Admit.of(LEAD, LENA.id(), day(1)), Admit.of(LEAD, OMAR.id(), day(1)));
      String message = refusal(List.of(decisions.get(0), decisions.get(2), decisions.get(3)));
      assertTrue(message.startsWith(folder.resolve("log.jsonl") + ":3:1: $.accepted: records the command as "
          + "accepted, but the rule book refuses it: DMZ-LEAD-ADMITS ("), message);
    }

    @Test
    @DisplayName("a refusal recorded for other reasons than the rule book's, or of a command it accepts")
    void refusals() {
      Decision refused = decided(Admit.of(SUPPLIER_A, LENA.id(), day(1))).get(0);
      Decision otherReason = Decision.recorded(refused.command(), List.of(), decided(
          AcceptMilestone.of(Actor.parent(OEM), PROTOTYPE, day(1))).get(0).findings());
      String message = refusal(List.of(otherReason));
      assertTrue(message.startsWith(folder.resolve("log.jsonl") + ":1:1: $.findings: records reasons of "
          + "[DMZ-MILESTONE-PAYMENT], but the rule book gives "), message);

      Decision nominate = decided(Nominate.of(SUPPLIER_A, LENA, day(0))).get(0);
      Decision refusedForNothing = Decision.recorded(nominate.command(), List.of(), refused.findings());
      assertEquals(folder.resolve("log.jsonl") + ":1:1: $.accepted: records the command as refused by "
          + refused.ruleIds().stream().map(id -> id.value()).toList()
          + ", but the rule book accepts it" + IMPOSSIBLE, refusal(List.of(refusedForNothing)));
    }

    @Test
    @DisplayName("an event left out of an accepted command")
    void missingEvent() {
      Decision nominate = decided(Nominate.of(SUPPLIER_A, LENA, day(0))).get(0);
      assertEquals(folder.resolve("log.jsonl") + ":1:1: $.events: records 0 event(s), but the command produces 1 "
          + "under the rule book (" + nominate.events() + ")" + IMPOSSIBLE,
          refusal(List.of(forged(nominate.command()))));
    }
  }
}
