package dev.dmz.cli;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.json.EventLog;
import dev.dmz.json.InputLimits;
import dev.dmz.rules.Event;
import dev.dmz.rules.Program;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.commercial.Settlement;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code dmz report CHARTER LOG --from DATE --to DATE}: where the program stands. */
@Command(name = "report", sortOptions = false, mixinStandardHelpOptions = true,
    header = "A period's statement: what is owed, premiums, triggers, pool, roster.",
    description = {
        "Replays the event log on the charter up to the period's last day, and reports on the "
            + "period: what each supplier is owed (accepted milestones and premium rates, prorated by "
            + "day); and, as of the last day, the premium rates in force, re-baselining triggers fired "
            + "and due, the risk pool, who is on the program and the open vacancies."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the report was printed",
        "2:an input cannot be read, the dates are out of order, or the output cannot be written"})
final class ReportCommand extends CharterCommand {

  @Parameters(index = "1", paramLabel = "LOG", description = "The event log, JSON Lines; or a PostgreSQL "
      + "database, jdbc:postgresql://host/database?user=..., with --program ID.")
  String logName;

  @Option(names = "--from", required = true, paramLabel = "DATE",
      description = "The period's first day, YYYY-MM-DD.")
  LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "DATE", description = "The period's last day, YYYY-MM-DD.")
  LocalDate to;

  @Override
  public Integer call() {
    if (to.isBefore(from)) {
      throw new ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
    }
    Optional<StoredRecord> database = database(logName);
    Path log = Path.of(database.isPresent() ? "." : logName);
    if (database.isEmpty() && !Files.exists(log)) {
      throw new UncheckedIOException(new NoSuchFileException(log.toString()));
    }
    ProgramCharter read = charter();
    database.ifPresent(record -> record.requireCharter(read, charterFile));
    Program replayed = database.isPresent()
        ? database.get().store().verify(database.get().id(), Optional.empty()).program()
        : EventLog.replay(log, read, RuleBook.standard(), limit(InputLimits.eventLog()));
    List<Event> history = replayed.history().asJava();
    List<Event> untilTo = history.stream().takeWhile(e -> !e.date().isAfter(to)).toList();
    ProgramState state = Program.replay(read, untilTo).state();
    ProgramReport report = ProgramReport.of(state, untilTo, Settlement.owed(state, from, to), to);
    PrintWriter out = out();
    out.print(output.json ? report.json() : report.text());
    return Dmz.OK;
  }

}
