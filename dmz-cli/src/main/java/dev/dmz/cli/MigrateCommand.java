package dev.dmz.cli;

import dev.dmz.json.EventLog;
import dev.dmz.json.Head;
import dev.dmz.rules.RuleBook;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** {@code dmz migrate CHARTER OLD NEW}: a log of format 1 written anew with a chain. */
@picocli.CommandLine.Command(name = "migrate", sortOptions = false, mixinStandardHelpOptions = true,
    header = "Writes a log of format 1 (dmz 0.2) anew as format 2, chained.",
    description = {
        "Reads OLD, a log of dmz.decision/1 lines, checks every command against the rules, and writes "
            + "the same decisions to NEW as dmz.entry/1 lines, each chained to the one before by "
            + "SHA-256. OLD is left as it was; NEW must not exist. Prints the new log's head."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the log was migrated",
        "2:OLD cannot be read or breaks the rules, NEW exists or cannot be written"})
final class MigrateCommand extends CharterCommand {

  @Parameters(index = "1", paramLabel = "OLD", description = "The log of format 1.")
  Path from;

  @Parameters(index = "2", paramLabel = "NEW", description = "The new log, which must not exist.")
  Path to;

  @Override
  public Integer call() {
    Head head = EventLog.migrate(from, to, charter(), RuleBook.standard());
    PrintWriter out = out();
    out.println(from + ": " + head.entries() + (head.entries() == 1 ? " entry" : " entries") + " written to " + to
        + ", chained.");
    out.println("head: " + head);
    flush();
    return Dmz.OK;
  }
}
