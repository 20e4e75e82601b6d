package dev.dmz.cli;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.value.Text;
import dev.dmz.json.CommandFile;
import dev.dmz.json.Documents;
import dev.dmz.json.EventLog;
import dev.dmz.json.InputLimits;
import dev.dmz.json.LogLock;
import dev.dmz.json.Verification;
import dev.dmz.json.VersionConflict;
import dev.dmz.json.store.DecisionRecorder;
import dev.dmz.json.store.StoredProgram;
import dev.dmz.rules.Command;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Program;
import dev.dmz.rules.RuleBook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Parameters;

/** {@code dmz apply CHARTER LOG COMMANDS}: decides commands in order and appends to the log. */
@picocli.CommandLine.Command(name = "apply", sortOptions = false, mixinStandardHelpOptions = true,
    header = "Decides commands in order and records each decision in the log.",
    description = {
        "Replays the event log on the charter (re-checking every line against the rules), then "
            + "decides each command of COMMANDS in order under the rule book. Each decision is recorded "
            + "in the log: an accepted command with its events, a refused one with its reasons (it "
            + "changes nothing else); refusals are printed with their reasons.",
        "",
        "The log is written once, atomically, after every command is decided and the results are "
            + "printed: a bad line in COMMANDS or LOG, an output that cannot be written, or a crash, "
            + "leaves the log exactly as it was. Two applies to one log, by any of its names, take "
            + "turns: each holds a lock on the file LOG.lock beside the log's real file (symbolic links "
            + "followed) while it reads, decides and writes. A LOG that is a symbolic link to nothing "
            + "is refused, not created.",
        "",
        "With a database as LOG (jdbc:postgresql://... and --program ID), the tables and the program "
            + "are created when absent, the record is verified whole, and the decisions are appended "
            + "at its head (decided again if another writer appended first) before they are printed: "
            + "there, an output that cannot be written comes after the record has them."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every command was accepted", "1:at least one command was refused",
        "2:an input cannot be read, or the output cannot be written; a log file was not changed (a "
            + "database has the decisions once they are printed or not)"})
final class ApplyCommand extends CharterCommand {

  @Parameters(index = "1", paramLabel = "LOG",
      description = "The event log, JSON Lines, one entry a line (created when it does not exist); or a "
          + "PostgreSQL database, jdbc:postgresql://host/database?user=..., with --program ID.")
  String logName;

  private Path log;

  @Parameters(index = "2", paramLabel = "COMMANDS", description = "The commands, JSON Lines, one a line.")
  Path commands;

  @Override
  public Integer call() {
    Optional<StoredRecord> database = database(logName);
    ProgramCharter read = charter();
    List<Command> queue = CommandFile.read(commands, limit(InputLimits.commandFile()));
    if (database.isPresent()) {
      return apply(database.get(), read, queue);
    }
    log = Path.of(logName);
    return LogLock.holding(log, () -> apply(read, queue));
  }

  /**
   * Decides the commands on the program as the database holds it and appends the decisions at its
   * head; when another writer appended first, reads what they appended and decides again. The
   * decisions are printed once they are recorded.
   */
  private int apply(StoredRecord record, ProgramCharter read, List<Command> queue) {
    record.store().createSchema();
    record.store().create(record.id(), read);
    // verified whole, not loaded from a snapshot: the command line trusts no writer's cache
    Verification verified = record.store().verify(record.id(), Optional.empty());
    StoredProgram stored = new StoredProgram(record.id(), verified.program(), verified.head(), 0);
    for (int attempt = 1; ; attempt++) {
      Program program = stored.program();
      List<Decision> decisions = new ArrayList<>();
      for (Command command : queue) {
        program = program.apply(command);
        decisions.add(program.lastDecision().orElseThrow());
      }
      try {
        record.store().append(record.id(), stored.head(), decisions);
        print(decisions, program.history().size() - stored.program().history().size(), record.name());
        flush();
        return decisions.stream().allMatch(Decision::isAccepted) ? Dmz.OK : Dmz.FINDINGS;
      } catch (VersionConflict conflict) {
        if (attempt == DecisionRecorder.DEFAULT_TRIES) {
          throw conflict;
        }
        stored = record.store().catchUp(stored);
      }
    }
  }

  /** Replays, decides, prints and appends, while this apply alone may write the log. */
  private int apply(ProgramCharter read, List<Command> queue) {
    Program program = EventLog.replay(log, read, RuleBook.standard(), limit(InputLimits.eventLog()));
    int before = program.history().size();
    List<Decision> decisions = new ArrayList<>();
    for (Command command : queue) {
      program = program.apply(command);
      decisions.add(program.lastDecision().orElseThrow());
    }
    print(decisions, program.history().size() - before, Text.oneLine(log.toString()));
    flush(); // an output that cannot be written leaves the log as it was
    EventLog.append(log, decisions);
    return decisions.stream().allMatch(Decision::isAccepted) ? Dmz.OK : Dmz.FINDINGS;
  }

  private void print(List<Decision> decisions, int events, String record) {
    PrintWriter out = out();
    if (output.json) {
      decisions.forEach(d -> out.println(Documents.DECISION.writeLine(d)));
      return;
    }
    Table table = Table.of("#", "COMMAND", "DATE", "BY", "DECISION").wrapAt(4, 35, 10, 19, 24);
    List<Integer> refused = new ArrayList<>();
    for (int i = 0; i < decisions.size(); i++) {
      Decision decision = decisions.get(i);
      Command command = decision.command();
      table.row(i + 1, CommandWords.of(command), command.date(), command.actor(),
          decision.isAccepted() ? "accepted" : "refused: " + String.join(", ",
              decision.ruleIds().stream().map(Object::toString).toList()));
      if (!decision.isAccepted()) {
        refused.add(i);
      }
    }
    out.print(table.render());
    out.println();
    out.println((decisions.size() - refused.size()) + " accepted, " + refused.size() + " refused; "
        + events + (events == 1 ? " event" : " events") + " appended to " + record + ".");
    for (int i : refused) {
      out.println();
      out.println("Refused #" + (i + 1) + ", " + CommandWords.of(decisions.get(i).command()) + ":");
      out.print(CheckCommand.table(decisions.get(i).findings()));
    }
  }
}
