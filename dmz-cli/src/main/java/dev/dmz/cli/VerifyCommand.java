package dev.dmz.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.json.DocumentException;
import dev.dmz.json.EventLog;
import dev.dmz.json.Head;
import dev.dmz.json.InputLimits;
import dev.dmz.json.Verification;
import dev.dmz.rules.RuleBook;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dmz verify CHARTER LOG [--since HEAD]}: does the record hold, and does it extend a kept head? */
@picocli.CommandLine.Command(name = "verify", sortOptions = false, mixinStandardHelpOptions = true,
    header = "Checks a log's chain and rules; prints its head, or where it parts from a kept one.",
    description = {
        "Reads the event log line by line and checks every entry: its SHA-256 is its own, it names the "
            + "hash of the entry before it, and the rule book decides its command again exactly as "
            + "recorded. Prints the number of entries and the log's head, ENTRIES:HASH: keep it, and "
            + "verify the log again later with --since to prove that nothing you have read was "
            + "rewritten, removed or cut off since.",
        "",
        "A log of format 1 (dmz 0.2, no chain) is checked against the rules only; dmz migrate writes "
            + "it anew with a chain. On a terminal, a long read shows how far it has come."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the log holds (and extends the kept head, with --since)",
        "1:it does not: the first entry that was changed, removed, moved or could not have been "
            + "decided so is named, or where the log parts from the kept head",
        "2:an input cannot be read, or the output cannot be written"})
final class VerifyCommand extends CharterCommand {

  @Parameters(index = "1", paramLabel = "LOG", description = "The event log, JSON Lines, one entry a line; or "
      + "a PostgreSQL database, jdbc:postgresql://host/database?user=..., with --program ID.")
  String logName;

  /** What the record is called in what is printed: the log's path, or "program ID". */
  private String record;

  @Option(names = "--since", paramLabel = "HEAD", converter = HeadConverter.class,
      description = "A head this log had when you read it before, as verify printed it (ENTRIES:HASH): "
          + "the log must extend it.")
  Head since;

  @Override
  public Integer call() {
    Optional<StoredRecord> database = database(logName);
    ProgramCharter read = charter();
    Verification verified;
    try {
      if (database.isPresent()) {
        record = database.get().name();
        database.get().requireCharter(read, charterFile);
        verified = database.get().store().verify(database.get().id(), Optional.ofNullable(since));
      } else {
        Path log = Path.of(logName);
        record = log.toString();
        if (!Files.exists(log)) {
          throw new UncheckedIOException(new NoSuchFileException(log.toString()));
        }
        Progress progress = Progress.of(spec.commandLine().getErr(), "verifying " + log, size(log),
            Progress.watched());
        try {
          verified = EventLog.verify(log, read, RuleBook.standard(), Optional.ofNullable(since),
              limit(InputLimits.eventLog()), progress);
        } finally {
          progress.clear(); // before any error is printed: a failure half-way leaves the line on screen
        }
      }
    } catch (DocumentException e) {
      spec.commandLine().getErr().println(Dmz.line(e.getMessage()));
      return Dmz.FINDINGS;
    }
    print(verified);
    flush();
    return Dmz.OK;
  }

  private static long size(Path log) {
    try {
      return Files.size(log);
    } catch (IOException e) {
      throw new UncheckedIOException(log + ": " + e.getMessage(), e);
    }
  }

  private void print(Verification verified) {
    PrintWriter out = out();
    Head head = verified.head();
    if (output.json) {
      out.println(json(verified));
      return;
    }
    long entries = head.entries();
    out.println(record + ": " + entries + (entries == 1 ? " entry" : " entries") + (verified.chained()
        ? ", each chained to the one before, each decided again as recorded."
        : ", each decided again as recorded; a log of format 1, without a chain: its history is not "
            + "proven. Write it anew with dmz migrate."));
    if (since != null) {
      out.println("It extends the head you kept: entry " + since.entries() + ", and " + (entries - since.entries())
          + " more.");
    }
    out.println("head: " + head);
  }

  private String json(Verification verified) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      json.writeStartObject();
      json.writeStringField("log", record);
      json.writeNumberField("format", verified.logFormat());
      json.writeNumberField("entries", verified.head().entries());
      json.writeStringField("head", verified.head().toString());
      json.writeStringField("extends", since == null ? null : since.toString());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** A {@code --since} value: a head as verify prints it. */
  static final class HeadConverter implements picocli.CommandLine.ITypeConverter<Head> {
    @Override
    public Head convert(String value) {
      try {
        return Head.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
