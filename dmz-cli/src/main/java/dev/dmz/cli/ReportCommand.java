package dev.dmz.cli;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.json.Fold;
import dev.dmz.json.InputLimits;
import dev.dmz.rules.Event;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.commercial.CommercialEvent.PoolContributed;
import dev.dmz.rules.commercial.CommercialEvent.PoolDrawn;
import dev.dmz.rules.commercial.CommercialEvent.RebaselineTriggered;
import dev.dmz.rules.commercial.Settlement;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
        "Reads the event log on the charter, every line checked, and reports on the "
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
    AsOf asOf = new AsOf();
    if (database.isPresent()) {
      database.get().store().fold(database.get().id(), asOf);
    } else {
      Fold.log(log, read, RuleBook.standard(), limit(InputLimits.eventLog()), asOf);
    }
    ProgramReport report = ProgramReport.of(asOf.state, Settlement.owed(asOf.state, from, to), to, asOf.movements,
        asOf.fired);
    PrintWriter out = out();
    out.print(output.json ? report.json() : report.text());
    return Dmz.OK;
  }

  /**
   * What the report needs of the record, collected as it is read (the record is verified whole, but
   * never held): the state after the events up to the first one dated after the period's last day, the
   * pool's movements of the period among them, and the triggers fired among them.
   */
  private final class AsOf implements Fold.Visitor {
    private ProgramState state;
    private boolean past;
    private final List<Event> movements = new ArrayList<>();
    private final List<RebaselineTriggered> fired = new ArrayList<>();

    @Override
    public void start(ProgramState initial) {
      state = initial; // the state as of the period's end if no event comes before it
    }

    @Override
    public void event(Event event, ProgramState after) {
      if (past || event.date().isAfter(to)) {
        past = true;
        return;
      }
      state = after;
      if ((event instanceof PoolContributed || event instanceof PoolDrawn) && !event.date().isBefore(from)) {
        movements.add(event);
      } else if (event instanceof RebaselineTriggered) {
        fired.add((RebaselineTriggered) event);
      }
    }
  }
}
