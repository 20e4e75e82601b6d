package dev.dmz.examples;

import static dev.dmz.examples.BatteryProgram.FIRST_DAY;
import static dev.dmz.examples.BatteryProgram.JONAS;
import static dev.dmz.examples.BatteryProgram.LEA;
import static dev.dmz.examples.BatteryProgram.LEAD;
import static dev.dmz.examples.BatteryProgram.NOMINATION_DAY;
import static dev.dmz.examples.BatteryProgram.NORDWERK;
import static dev.dmz.examples.BatteryProgram.TOBIAS;
import static dev.dmz.examples.BatteryProgram.VOLTAIC;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.json.DocumentException;
import dev.dmz.json.Documents;
import dev.dmz.json.EventLog;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Program;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.commercial.CommercialCommand.AcceptMilestone;
import dev.dmz.rules.commercial.CommercialCommand.ContributeToPool;
import dev.dmz.rules.commercial.CommercialCommand.DrawOnPool;
import dev.dmz.rules.commercial.Settlement;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Procurement integration: Nordwerk's procurement system feeds the battery program from a message
 * queue, one command a message, each a {@code dmz.command/1} document on one line of JSON. It decides
 * each with the program and appends the decision to the program's event log (JSON Lines, through {@link
 * EventLog#append}) before it takes the next message. A message that cannot be read is refused as it
 * stands, with the reader's one-line reason, and changes nothing. Then the system restarts: it replays
 * the log on the charter ({@link EventLog#replay}) and holds the same program as before.
 */
public final class ProcurementIntegration implements Scenario {
  /** What the queue is called in the reasons of a message that cannot be read. */
  static final String QUEUE = "procurement-queue";
  /** The day Voltaic, and then the lead, ask to draw on the risk pool. */
  static final LocalDate DRAW_DAY = LocalDate.of(2027, 3, 9);
  /** The surprise the draw pays for. */
  static final String SURPRISE = "Cell supplier changed the separator material";
  /** The day the lead accepts milestone M1, two days before it is due. */
  static final LocalDate M1_ACCEPTED = LocalDate.of(2027, 6, 28);
  /** The last day of the statement the restarted system prints. */
  static final LocalDate STATEMENT_TO = LocalDate.of(2027, 6, 30);
  /** Voltaic's payment into the risk pool as it first arrives: the amount typed the German way. */
  static final String UNREADABLE = "{\"format\":\"dmz.command/1\",\"type\":\"ContributeToPool\","
      + "\"amount\":\"EUR 100.000,00\",\"actor\":{\"kind\":\"PARENT\",\"id\":\"voltaic\"},\"date\":\"2027-02-01\"}";
  /** How many characters of a log line the scenario shows. */
  private static final int SHOWN = 98;

  /**
   * Prints this scenario alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Tour.runAlone(new ProcurementIntegration(), System.out);
  }

  @Override
  public String title() {
    return "Procurement integration";
  }

  /**
   * The queue's messages, in order: the parents' nominations, the lead's admissions, payments into the
   * risk pool (Voltaic's twice: unreadable, then resent), draws on it and a milestone accepted.
   *
   * @return one JSON document a message
   */
  static List<String> messages() {
    CurrencyUnit eur = CurrencyUnit.EUR;
    List<Command> commands = List.of(
        Nominate.of(Actor.parent(VOLTAIC), JONAS, NOMINATION_DAY),
        Nominate.of(Actor.parent(VOLTAIC), LEA, NOMINATION_DAY),
        Nominate.of(Actor.parent(NORDWERK), TOBIAS, NOMINATION_DAY),
        Admit.of(LEAD, JONAS.id(), FIRST_DAY),
        Admit.of(LEAD, TOBIAS.id(), FIRST_DAY),
        ContributeToPool.of(Actor.parent(NORDWERK), Money.ofMajor(eur, 400_000), FIRST_DAY),
        ContributeToPool.of(Actor.parent(VOLTAIC), Money.ofMajor(eur, 100_000), FIRST_DAY),
        DrawOnPool.of(Actor.parent(VOLTAIC), Money.ofMajor(eur, 12_500), SURPRISE, DRAW_DAY),
        DrawOnPool.of(LEAD, Money.ofMajor(eur, 12_500), SURPRISE, DRAW_DAY),
        AcceptMilestone.of(LEAD, MilestoneId.of("M1"), M1_ACCEPTED));
    List<String> messages = commands.stream().map(c -> Documents.COMMAND.writeLine(c).strip())
        .collect(Collectors.toCollection(ArrayList::new));
    messages.add(6, UNREADABLE);
    return messages;
  }

  /**
   * What became of one message.
   *
   * @param number the message's place in the queue, from 1
   * @param decision the program's decision on the message's command, if it could be read
   * @param unreadable the reader's reason, if it could not
   * @param logUnchanged whether the log was byte for byte the same after an unreadable message
   */
  record Step(int number, Optional<Decision> decision, Optional<DocumentException> unreadable,
      boolean logUnchanged) {}

  /**
   * What the procurement system did, and what it found after its restart.
   *
   * @param steps what became of each message, in the queue's order
   * @param beforeRestart the program as the system held it when the queue was empty
   * @param afterRestart the program replayed from the log
   * @param log the log's lines
   */
  record Outcome(List<Step> steps, Program beforeRestart, Program afterRestart, List<String> log) {}

  /**
   * Plays the scenario: takes every message from the queue, decides it and appends its events to the
   * log; then replays the log, as the system does when it starts again.
   *
   * @param log the event log (created when absent)
   * @return what happened
   */
  static Outcome play(Path log) {
    ProgramCharter charter = BatteryProgram.charter();
    Program program = Program.start(charter);
    Deque<String> queue = new ArrayDeque<>(messages());
    List<Step> steps = new ArrayList<>();
    while (!queue.isEmpty()) {
      String message = queue.removeFirst();
      int number = steps.size() + 1;
      byte[] logBefore = bytes(log);
      try {
        Command command = Documents.COMMAND.readLine(message, QUEUE, number);
        program = program.apply(command);
        EventLog.append(log, List.of(program.lastDecision().orElseThrow()));   // before the next message
        steps.add(new Step(number, program.lastDecision(), Optional.empty(), false));
      } catch (DocumentException unreadable) {
        steps.add(new Step(number, Optional.empty(), Optional.of(unreadable),
            Arrays.equals(logBefore, bytes(log))));
      }
    }
    Program restarted = EventLog.replay(log, charter);
    return new Outcome(steps, program, restarted, lines(log));
  }

  @Override
  public void tell(Report report) {
    Outcome outcome;
    try (TemporaryFolder folder = TemporaryFolder.create("dmz-procurement")) {
      outcome = play(folder.path().resolve("log.jsonl"));
    }
    Program before = outcome.beforeRestart();
    report.say("Nordwerk's procurement system feeds the battery program from a message queue: the parents'"
        + " nominations, the lead's admissions, payments into the risk pool and draws on it, milestones"
        + " accepted. Each message is one command, a dmz.command/1 document on one line of JSON. The"
        + " system decides it with the program and appends the decision (the command with its events,"
        + " or with the reasons it was refused) to the program's log, log.jsonl, before it takes the next"
        + " message.");

    report.section("The queue");
    ProgramLog sentences = ProgramLog.in(before.state());
    TextTable queue = TextTable.withHeader("#", "Message", "Decision").wrapAt(1, 62);
    for (Step step : outcome.steps()) {
      queue.row(step.number(), step.decision().map(d -> sentences.describe(d.command())).orElse("(cannot be read: see below)"),
          step.decision().map(ProcurementIntegration::verdict).orElse("refused, not read"));
    }
    report.table(queue);
    String admission = outcome.log().stream().filter(line -> line.contains("\"Admitted\"")).findFirst()
        .orElseThrow();
    String refusal = outcome.log().stream().filter(line -> line.contains("\"accepted\":false")).findFirst()
        .orElseThrow();
    report.blank();
    report.say(outcome.log().size() + " decisions in the log, one a line, the refusal included, each naming"
        + " the hash of the one before it. The lead's first admission, and the refusal, cut short here (in the"
        + " log it is one line of " + refusal.length() + " characters, with the command, each finding and the"
        + " line's own hash):");
    report.blank();
    report.note(shortened(withShortHashes(admission)));
    report.note(shortened(withShortHashes(refusal)));

    for (Step step : outcome.steps()) {
      step.unreadable().ifPresent(reason -> {
        report.section("Message " + step.number() + " cannot be read");
        report.say("Voltaic's payment arrived with its amount typed the German way. The reader refuses the"
            + " message as it stands, with one line naming the queue, the message, the column and the field:");
        report.blank();
        report.note(reason.getMessage());
        report.blank();
        report.say(step.logUnchanged()
            ? "The log is byte for byte as it was, and the program has not seen the message. Voltaic sends"
                + " the payment again, with the amount written EUR 100000.00: message " + (step.number() + 1)
                + "."
            : "The log changed: a message that cannot be read must not change it.");
      });
    }

    report.section("The system restarts");
    Program after = outcome.afterRestart();
    ProgramState was = before.state();
    ProgramState is = after.state();
    boolean sameRoster = was.staffing().roster().equals(is.staffing().roster());
    boolean samePool = was.commercial().poolBalance().equals(is.commercial().poolBalance());
    boolean sameSettlement = Settlement.owed(was, FIRST_DAY, STATEMENT_TO).statements()
        .equals(Settlement.owed(is, FIRST_DAY, STATEMENT_TO).statements());
    report.say("It reads the log back and replays it on the charter (EventLog.replay), deciding every "
        + "recorded command again. Replayed " + after.decisions().size() + " decisions and "
        + after.history().size() + " events from the log: "
        + (sameRoster && samePool && sameSettlement
            ? "the same roster, pool balance and settlement as before the restart."
            : "NOT the same roster, pool balance and settlement as before the restart.")
        + (after.history().equals(before.history())
            ? " The history is the same, event for event,"
            : " The history differs,")
        + (is.equals(was) ? " and so is the whole state." : " and the state differs."));
    report.blank();
    report.say("What each supplier is owed for " + FIRST_DAY + " to " + STATEMENT_TO + ", as the restarted"
        + " system tells it:");
    report.table(SettlementReport.table(is, FIRST_DAY, STATEMENT_TO));
    report.say("The risk pool holds " + Report.money(is.commercial().poolBalance().orElseThrow()) + ".");
  }

  private static String verdict(Decision decision) {
    return decision.isAccepted() ? "accepted" : "refused by " + decision.ruleIds().stream()
        .map(RuleId::value).sorted().collect(Collectors.joining(", "));
  }

  /** A line with the hash of the entry before it cut to its first eight digits. */
  private static String withShortHashes(String line) {
    return line.replaceFirst("\"previous\":\"([0-9a-f]{8})[0-9a-f]{56}\"", "\"previous\":\"$1…\"");
  }

  private static String shortened(String line) {
    return line.length() <= SHOWN ? line : line.substring(0, SHOWN - 4) + " ...";
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
