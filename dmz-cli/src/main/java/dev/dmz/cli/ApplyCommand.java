package dev.dmz.cli;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.json.CommandFile;
import dev.dmz.json.Documents;
import dev.dmz.json.EventLog;
import dev.dmz.rules.program.Command;
import dev.dmz.rules.program.Decision;
import dev.dmz.rules.program.Program;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/** {@code dmz apply CHARTER LOG COMMANDS}: decides commands in order and appends to the log. */
@picocli.CommandLine.Command(name = "apply", sortOptions = false, mixinStandardHelpOptions = true,
    header = "Decides commands in order and appends their events to the log.",
    description = {
        "Replays the event log on the charter (re-checking every line against the rules), then "
            + "decides each command of COMMANDS in order under the rule book. Each decision is recorded "
            + "in the log: an accepted command with its events, a refused one with its reasons (it "
            + "changes nothing else); refusals are printed with their reasons.",
        "",
        "The log is written once, atomically, after every command is decided: a bad line in "
            + "COMMANDS or LOG, or a crash, leaves the log exactly as it was. Two applies to one log "
            + "take turns: each holds the file LOG.lock while it runs."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every command was accepted", "1:at least one command was refused",
        "2:an input cannot be read; the log was not changed"})
final class ApplyCommand extends CharterCommand {

  @Parameters(index = "1", paramLabel = "LOG",
      description = "The event log, JSON Lines, one decision a line (created when it does not exist).")
  Path log;

  @Parameters(index = "2", paramLabel = "COMMANDS", description = "The commands, JSON Lines, one a line.")
  Path commands;

  @Override
  public Integer call() throws IOException {
    Path lock = log.resolveSibling(log.getFileName() + ".lock");
    if (!Files.isDirectory(lock.toAbsolutePath().getParent())) {
      throw new UncheckedIOException(new NoSuchFileException(lock.toAbsolutePath().getParent().toString()));
    }
    try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock held = channel.lock();
      try {
        return apply();
      } finally {
        held.release();
      }
    }
  }

  private int apply() {
    ProgramCharter read = charter();
    Program program = EventLog.replay(log, read);
    List<Command> queue = CommandFile.read(commands);
    int before = program.history().size();
    List<Decision> decisions = new ArrayList<>();
    for (Command command : queue) {
      program = program.apply(command);
      decisions.add(program.lastDecision().orElseThrow());
    }
    EventLog.append(log, decisions);
    print(decisions, program.history().size() - before);
    return decisions.stream().allMatch(Decision::isAccepted) ? Dmz.OK : Dmz.FINDINGS;
  }

  private void print(List<Decision> decisions, int events) {
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
        + events + (events == 1 ? " event" : " events") + " appended to " + log + ".");
    for (int i : refused) {
      out.println();
      out.println("Refused #" + (i + 1) + ", " + CommandWords.of(decisions.get(i).command()) + ":");
      out.print(CheckCommand.table(decisions.get(i).findings()));
    }
  }
}
