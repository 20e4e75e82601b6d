package dev.dmz.json;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.program.Decision;
import dev.dmz.rules.program.Program;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A program's record as a file: one decision a line ({@code dmz.decision/1} documents in JSON Lines),
 * oldest first. A line holds the command, and the events it produced or the findings it was refused
 * for; the program's history is those events in order, a refusal counting as one {@code
 * CommandRefused} event.
 *
 * <pre>{@code
 * Program program = Program.start(charter).apply(command);
 * EventLog.append(log, List.of(program.lastDecision().orElseThrow()));
 * Program again = EventLog.replay(log, charter);            // re-checked against the rules
 * }</pre>
 *
 * <p><b>Reading re-checks.</b> A log is trusted only as far as the rules allow (DOMAIN.md, "The
 * program's record"): {@link #replay} decides every recorded command again, on the state the lines
 * before it leave, and accepts the log only if each is decided as recorded, with the same events or
 * refused for the same reasons. The first line that could not have happened (a milestone accepted
 * twice, a draw below zero, an admission before the walls are signed, a line edited, moved or
 * removed) is a {@link DocumentException} naming the file, the line, the field and the rule. This
 * costs one decision a line, well under a microsecond each. Besides, reading is strict and all or
 * nothing; a last line cut short (no line end, not a whole document) is reported as such. Logs of
 * dmz 0.1, which held events without their commands, cannot be re-checked and are refused saying so.
 *
 * <p><b>Appending</b> is atomic: {@link #append} writes the old log and the new decisions to a
 * temporary file beside the log, forces it to disk and moves it over the log in one step, so that a
 * crash leaves either the old log or the new one, never a part (and the next writer removes the
 * crash's temporary copy). The copy costs time in the log's size. A new log gets the permissions of
 * any new file (the umask decides); an existing one keeps its own.
 *
 * <p><b>One writer at a time.</b> {@link #append} holds the log's {@link LogLock} while it writes, so
 * that any number of threads and processes may append to one log, by any of its names (symbolic links
 * are followed), and none loses another's lines. A system that decides commands on the log it read
 * holds the lock from the reading to the appending: see {@link LogLock}.
 *
 * <p><b>Bounded.</b> A log larger than {@link InputLimits#eventLog()} (256M unless set otherwise) is
 * refused before it is read, and so is a log that is not a regular file or whose name is a symbolic
 * link to nothing; the overloads with {@code maxBytes} take another limit.
 */
public final class EventLog {
  /** The lines of a log of dmz 0.1: events, without the commands that produced them. */
  private static final String EVENT_FORMAT_0_1 = "dmz.event/1";

  private EventLog() {}

  /**
   * Reads every decision of a log, without re-checking it; a log that does not exist yet is empty.
   *
   * @param file the log
   * @return the decisions, oldest first
   * @throws DocumentException at the first line that is not a decision document
   * @throws java.io.UncheckedIOException if the log cannot be read, is larger than {@link
   *     InputLimits#eventLog()}, is not a regular file, or is a symbolic link to nothing
   */
  public static List<Decision> read(Path file) {
    return read(file, InputLimits.eventLog());
  }

  /**
   * Reads every decision of a log of at most a given size, without re-checking it; a log that does
   * not exist yet is empty.
   *
   * @param file the log
   * @param maxBytes the most bytes the log may have
   * @return the decisions, oldest first
   * @throws DocumentException at the first line that is not a decision document
   * @throws java.io.UncheckedIOException if the log cannot be read, is larger than {@code maxBytes},
   *     is not a regular file, or is a symbolic link to nothing
   * @throws IllegalArgumentException if {@code maxBytes} is negative
   */
  public static List<Decision> read(Path file, long maxBytes) {
    return parse(textOf(file, maxBytes), file.toString());
  }

  /**
   * Reads the decisions of a text in JSON Lines, without re-checking them.
   *
   * @param text the text
   * @param source where it came from, for error messages
   * @return the decisions, oldest first
   * @throws DocumentException at the first line that is not a decision document
   */
  public static List<Decision> parse(String text, String source) {
    return lines(text, source).stream().map(JsonLines.Line::value).toList();
  }

  /**
   * Reads a log and replays it on a charter under the standard rule book, re-checking every line.
   *
   * @param file the log (absent: the program has not begun)
   * @param charter the charter the log belongs to
   * @return the program, with its history and decisions
   * @throws DocumentException at the first line that is not a decision, or that the rule book could
   *     not have decided so
   */
  public static Program replay(Path file, ProgramCharter charter) {
    return replay(file, charter, RuleBook.standard());
  }

  /**
   * Reads a log and replays it on a charter under a rule book, re-checking every line: each recorded
   * command is decided again and must be decided as recorded.
   *
   * @param file the log (absent: the program has not begun)
   * @param charter the charter the log belongs to
   * @param book the rule book the program runs under
   * @return the program, with its history and decisions
   * @throws DocumentException at the first line that is not a decision, or that the rule book could
   *     not have decided so
   * @throws java.io.UncheckedIOException if the log cannot be read, is larger than {@link
   *     InputLimits#eventLog()}, is not a regular file, or is a symbolic link to nothing
   */
  public static Program replay(Path file, ProgramCharter charter, RuleBook book) {
    return replay(file, charter, book, InputLimits.eventLog());
  }

  /**
   * Reads a log of at most a given size and replays it on a charter under a rule book, re-checking
   * every line.
   *
   * @param file the log (absent: the program has not begun)
   * @param charter the charter the log belongs to
   * @param book the rule book the program runs under
   * @param maxBytes the most bytes the log may have
   * @return the program, with its history and decisions
   * @throws DocumentException at the first line that is not a decision, or that the rule book could
   *     not have decided so
   * @throws java.io.UncheckedIOException if the log cannot be read, is larger than {@code maxBytes},
   *     is not a regular file, or is a symbolic link to nothing
   * @throws IllegalArgumentException if {@code maxBytes} is negative
   */
  public static Program replay(Path file, ProgramCharter charter, RuleBook book, long maxBytes) {
    return replay(textOf(file, maxBytes), file.toString(), charter, book);
  }

  /**
   * Replays the text of a log on a charter under a rule book, re-checking every line.
   *
   * @param text the log's text, JSON Lines
   * @param source where it came from, for error messages
   * @param charter the charter the log belongs to
   * @param book the rule book the program runs under
   * @return the program, with its history and decisions
   * @throws DocumentException at the first line that is not a decision, or that the rule book could
   *     not have decided so
   */
  public static Program replay(String text, String source, ProgramCharter charter, RuleBook book) {
    Program program = Program.start(charter, book);
    for (JsonLines.Line<Decision> line : lines(text, source)) {
      Decision recorded = line.value();
      Program next = program.apply(recorded.command());
      Decision decided = next.lastDecision().orElseThrow();
      if (!decided.equals(recorded)) {
        Recheck.Mismatch mismatch = Recheck.mismatch(recorded, decided);
        throw new DocumentException(source, line.number(), 1, mismatch.path(), mismatch.text());
      }
      program = next;
    }
    return program;
  }

  /**
   * Appends decisions to a log, atomically: afterwards the log holds either all of them or none. Holds
   * the log's {@link LogLock} while it writes: safe from any number of threads and processes. The
   * caller decides them on the program the log replays to (see {@link #replay}), under the same lock
   * if others may write, so that the log stays one the rule book could have produced.
   *
   * @param file the log (created when absent; a symbolic link is followed)
   * @param decisions the decisions to append, oldest first
   * @throws DocumentException if the log's last line is cut short: it ends without a line break and is
   *     not a whole decision (nothing is appended). A whole last line without a line break gets one.
   * @throws UncheckedIOException if the log cannot be written (it is left as it was), is not a regular
   *     file, or its name is a symbolic link to nothing
   */
  public static void append(Path file, List<Decision> decisions) {
    String added = write(decisions);
    AtomicAppend.append(file, last -> {
      last.ifPresent(line -> JsonLines.checkUnterminated(line.text(), line.number(), file.toString(),
          Documents.DECISION));
      return added;
    });
  }

  /**
   * Writes decisions as JSON Lines.
   *
   * @param decisions the decisions
   * @return the text, one line a decision, each ending with a line break
   */
  public static String write(List<Decision> decisions) {
    return JsonLines.write(decisions, Documents.DECISION);
  }

  /** The lines of a log; a log of dmz 0.1 (events, not decisions) is refused saying why. */
  private static List<JsonLines.Line<Decision>> lines(String text, String source) {
    try {
      return JsonLines.read(text, source, Documents.DECISION);
    } catch (DocumentException e) {
      if (e.path().equals("$.format") && e.problem().startsWith("is a dmz.event document")) {
        throw new DocumentException(source, e.line(), e.column(), e.path(), "is \"" + EVENT_FORMAT_0_1
            + "\": a log of dmz 0.1, which recorded events without their commands, so it cannot be "
            + "re-checked against the rules; apply the program's commands again to a new log");
      }
      throw e;
    }
  }

  private static String textOf(Path file, long maxBytes) {
    TextFile.requireLimit(maxBytes);
    if (Files.exists(file)) {
      return TextFile.read(file, maxBytes, "an event log");
    }
    if (Files.isSymbolicLink(file)) {
      LogLock.real(file); // refuses a link to nothing
    }
    return "";
  }
}
