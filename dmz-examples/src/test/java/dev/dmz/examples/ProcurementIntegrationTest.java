package dev.dmz.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.json.DocumentException;
import dev.dmz.json.EventLog;
import dev.dmz.rules.Decision;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.Program;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Procurement integration")
class ProcurementIntegrationTest {

  private static ProcurementIntegration.Outcome play() {
    try (TemporaryFolder folder = TemporaryFolder.create("dmz-procurement-test")) {
      return ProcurementIntegration.play(folder.path().resolve("log.jsonl"));
    }
  }

  @Test
  @DisplayName("every message that can be read is decided: the lead's draw goes through, Voltaic's own is refused")
  void decisions() {
    List<ProcurementIntegration.Step> steps = play().steps();
    assertEquals(11, steps.size());
    List<Optional<Boolean>> accepted = steps.stream().map(s -> s.decision().map(Decision::isAccepted))
        .collect(Collectors.toList());
    Optional<Boolean> yes = Optional.of(true);
    assertEquals(List.of(yes, yes, yes, yes, yes, yes, Optional.empty(), yes, Optional.of(false), yes, yes),
        accepted);
    assertEquals(Set.of(DmzRuleId.RISK_POOL_DRAW.id()), steps.get(8).decision().orElseThrow().ruleIds());
  }

  @Test
  @DisplayName("a message that cannot be read is refused with the queue, the message, the column and the path,"
      + " and leaves the log as it was")
  void unreadable() {
    ProcurementIntegration.Step seventh = play().steps().get(6);
    DocumentException reason = seventh.unreadable().orElseThrow();
    assertEquals(ProcurementIntegration.QUEUE, reason.source());
    assertEquals(7, reason.line());
    assertEquals("$.amount", reason.path());
    assertTrue(reason.problem().contains("\"EUR 100.000,00\""), reason::getMessage);
    assertTrue(seventh.logUnchanged());
  }

  @Test
  @DisplayName("the log holds one event a line, and replays to the same history and state as before the restart")
  void restart() {
    ProcurementIntegration.Outcome outcome = play();
    Program before = outcome.beforeRestart();
    Program after = outcome.afterRestart();
    assertEquals(10, before.history().size());
    assertEquals(before.history().size(), outcome.log().size());
    assertEquals(before.history(), after.history());
    assertEquals(before.state(), after.state());
  }

  @Test
  @DisplayName("the log is the decisions as EventLog writes them, and the folder is gone afterwards")
  void logFormat() throws IOException {
    Path folder;
    ProcurementIntegration.Outcome outcome;
    try (TemporaryFolder temporary = TemporaryFolder.create("dmz-procurement-test")) {
      folder = temporary.path();
      Path log = folder.resolve("log.jsonl");
      outcome = ProcurementIntegration.play(log);
      assertArrayEquals(EventLog.write(outcome.beforeRestart().decisions().asJava()).getBytes(
          java.nio.charset.StandardCharsets.UTF_8), Files.readAllBytes(log));
      assertEquals(List.of(log, folder.resolve("log.jsonl.lock")), Files.list(folder).sorted()
          .collect(Collectors.toList()), "no temporary file is left, only the log and its lock file");
    }
    assertFalse(Files.exists(folder));
  }

  @Test
  @DisplayName("tells the queue, the log, the unreadable message and the restart, without a temporary path")
  void tells() {
    assertEquals(TALE, Printed.tale(new ProcurementIntegration()));
  }

  private static final String TALE = """
      Nordwerk's procurement system feeds the battery program from a message queue: the parents'
      nominations, the lead's admissions, payments into the risk pool and draws on it, milestones
      accepted. Each message is one command, a dmz.command/1 document on one line of JSON. The system
      decides it with the program and appends the decision (the command with its events, or with the
      reasons it was refused) to the program's log, log.jsonl, before it takes the next message.

      The queue
        #   Message                                                        Decision
        --  -------------------------------------------------------------  -----------------------------
        1   Voltaic Systems GmbH nominates Jonas Brandt                    accepted
        2   Voltaic Systems GmbH nominates Lea Sommer                      accepted
        3   Nordwerk Automotive AG nominates Tobias Reiner                 accepted
        4   Mira Okafor admits Jonas Brandt                                accepted
        5   Mira Okafor admits Tobias Reiner                               accepted
        6   Nordwerk Automotive AG pays EUR 400,000.00 into the risk pool  accepted
        7   (cannot be read: see below)                                    refused, not read
        8   Voltaic Systems GmbH pays EUR 100,000.00 into the risk pool    accepted
        9   Voltaic Systems GmbH draws EUR 12,500.00 from the risk pool    refused by DMZ-RISK-POOL-DRAW
              for: Cell supplier changed the separator material
        10  Mira Okafor draws EUR 12,500.00 from the risk pool for: Cell   accepted
              supplier changed the separator material
        11  Mira Okafor accepts milestone M1                               accepted

      10 decisions in the log, one a line, the refusal included, each naming the hash of the one before
      it. The lead's first admission, and the refusal, cut short here (in the log it is one line of 629
      characters, with the command, each finding and the line's own hash):

        {"format":"dmz.entry/1","sequence":4,"previous":"8a399b89…","accepted":true,"command":{"type": ...
        {"format":"dmz.entry/1","sequence":8,"previous":"547c80f6…","accepted":false,"command":{"type" ...

      Message 7 cannot be read
      Voltaic's payment arrived with its amount typed the German way. The reader refuses the message as it
      stands, with one line naming the queue, the message, the column and the field:

        procurement-queue:7:62: $.amount: must be an amount written as currency and number, like "EUR
          1200.00", was "EUR 100.000,00"

      The log is byte for byte as it was, and the program has not seen the message. Voltaic sends the
      payment again, with the amount written EUR 100000.00: message 8.

      The system restarts
      It reads the log back and replays it on the charter (EventLog.replay), deciding every recorded
      command again. Replayed 10 decisions and 10 events from the log: the same roster, pool balance and
      settlement as before the restart. The history is the same, event for event, and so is the whole
      state.

      What each supplier is owed for 2027-02-01 to 2027-06-30, as the restarted system tells it:
        Supplier              For                                                     Amount
        --------------------  ----------------------------------------------  --------------
        Voltaic Systems GmbH  milestone M1, accepted 2027-06-28               EUR 250,000.00
        Voltaic Systems GmbH  Jonas Brandt's premium, 2027-02: 28 of 28 days    EUR 6,000.00
        Voltaic Systems GmbH  Jonas Brandt's premium, 2027-03: 31 of 31 days    EUR 6,000.00
        Voltaic Systems GmbH  Jonas Brandt's premium, 2027-04: 30 of 30 days    EUR 6,000.00
        Voltaic Systems GmbH  Jonas Brandt's premium, 2027-05: 31 of 31 days    EUR 6,000.00
        Voltaic Systems GmbH  Jonas Brandt's premium, 2027-06: 30 of 30 days    EUR 6,000.00
        Voltaic Systems GmbH  total                                           EUR 280,000.00
      The risk pool holds EUR 487,500.00.
      """;
}
