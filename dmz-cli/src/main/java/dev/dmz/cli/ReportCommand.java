package dev.dmz.cli;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.json.EventLog;
import dev.dmz.rules.commercial.Settlement;
import dev.dmz.rules.program.ProgramState;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dmz report CHARTER LOG --from DATE --to DATE}: where the program stands. */
@Command(name = "report", sortOptions = false,
    header = "A period's statement: what is owed, premiums, triggers, pool, roster.",
    description = {
        "Replays the event log on the charter and reports on a period: what each supplier is owed "
            + "(accepted milestones and premium rates, prorated by day), the premium rates in force on "
            + "the last day, re-baselining triggers fired and due, the risk pool, the roster and open "
            + "vacancies."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the report was printed", "2:an input cannot be read, or the dates are out of order"})
final class ReportCommand extends CharterCommand {

  @Parameters(index = "1", paramLabel = "LOG", description = "The event log, JSON Lines.")
  Path log;

  @Option(names = "--from", required = true, paramLabel = "DATE",
      description = "The period's first day, YYYY-MM-DD.")
  LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "DATE", description = "The period's last day, YYYY-MM-DD.")
  LocalDate to;

  @Override
  public Integer call() {
    ProgramCharter read = charter();
    ProgramState state = EventLog.replay(log, read).state();
    ProgramReport report = ProgramReport.of(state, Settlement.owed(state, from, to), to);
    PrintWriter out = out();
    out.print(output.json ? report.json() : report.text());
    return Dmz.OK;
  }

}
