package dev.dmz.json;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.program.Event;
import dev.dmz.rules.program.Evolution;
import dev.dmz.rules.program.Program;
import dev.dmz.rules.program.ProgramState;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A program's history as a file: one {@code dmz.event/1} document a line (JSON Lines), oldest first.
 *
 * <p><b>Reading</b> is strict and all or nothing. Besides malformed lines, {@link #replay} refuses
 * events that cannot have happened to the charter: an engineer admitted who was never nominated, a
 * departure of someone not on the program, a vacancy filled or closed that was never opened (or is no
 * longer open), a milestone or a party the charter does not have, an amount in another currency than
 * the commercial model's, a contributor never admitted. Each is a {@link DocumentException} naming the
 * line and the field. A last line cut short (no line end, not a whole document) is reported as such.
 *
 * <p><b>Appending</b> is atomic: {@link #append} writes the old log and the new events to a temporary
 * file beside the log, forces it to disk and moves it over the log in one step, so that a crash
 * leaves either the old log or the new one, never a part (and the next writer removes the crash's
 * temporary copy). The copy costs time in the log's size. A new log gets the permissions of any new
 * file (the umask decides); an existing one keeps its own.
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
  private EventLog() {}

  /**
   * Reads every event of a log; a log that does not exist yet is empty.
   *
   * @param file the log
   * @return the events, oldest first
   * @throws DocumentException at the first line that is not a valid event
   * @throws java.io.UncheckedIOException if the log cannot be read, is larger than {@link
   *     InputLimits#eventLog()}, is not a regular file, or is a symbolic link to nothing
   */
  public static List<Event> read(Path file) {
    return read(file, InputLimits.eventLog());
  }

  /**
   * Reads every event of a log of at most a given size; a log that does not exist yet is empty.
   *
   * @param file the log
   * @param maxBytes the most bytes the log may have
   * @return the events, oldest first
   * @throws DocumentException at the first line that is not a valid event
   * @throws java.io.UncheckedIOException if the log cannot be read, is larger than {@code maxBytes},
   *     is not a regular file, or is a symbolic link to nothing
   * @throws IllegalArgumentException if {@code maxBytes} is negative
   */
  public static List<Event> read(Path file, long maxBytes) {
    return parse(textOf(file, maxBytes), file.toString());
  }

  /**
   * Reads the events of a text in JSON Lines.
   *
   * @param text the text
   * @param source where it came from, for error messages
   * @return the events, oldest first
   * @throws DocumentException at the first line that is not a valid event
   */
  public static List<Event> parse(String text, String source) {
    return JsonLines.read(text, source, Documents.EVENT).stream().map(JsonLines.Line::value).toList();
  }

  /**
   * Reads a log and replays it on a charter under the standard rule book.
   *
   * @param file the log (absent: the program has not begun)
   * @param charter the charter the log belongs to
   * @return the program, with its history
   * @throws DocumentException at the first line that is not a valid event of this charter
   */
  public static Program replay(Path file, ProgramCharter charter) {
    return replay(file, charter, RuleBook.standard());
  }

  /**
   * Reads a log and replays it on a charter under a rule book.
   *
   * @param file the log (absent: the program has not begun)
   * @param charter the charter the log belongs to
   * @param book the rule book
   * @return the program, with its history
   * @throws DocumentException at the first line that is not a valid event of this charter
   * @throws java.io.UncheckedIOException if the log cannot be read, is larger than {@link
   *     InputLimits#eventLog()}, is not a regular file, or is a symbolic link to nothing
   */
  public static Program replay(Path file, ProgramCharter charter, RuleBook book) {
    return replay(file, charter, book, InputLimits.eventLog());
  }

  /**
   * Reads a log of at most a given size and replays it on a charter under a rule book.
   *
   * @param file the log (absent: the program has not begun)
   * @param charter the charter the log belongs to
   * @param book the rule book
   * @param maxBytes the most bytes the log may have
   * @return the program, with its history
   * @throws DocumentException at the first line that is not a valid event of this charter
   * @throws java.io.UncheckedIOException if the log cannot be read, is larger than {@code maxBytes},
   *     is not a regular file, or is a symbolic link to nothing
   * @throws IllegalArgumentException if {@code maxBytes} is negative
   */
  public static Program replay(Path file, ProgramCharter charter, RuleBook book, long maxBytes) {
    String source = file.toString();
    ProgramState state = Program.start(charter, book).state();
    List<Event> events = new ArrayList<>();
    for (JsonLines.Line<Event> line : JsonLines.read(textOf(file, maxBytes), source, Documents.EVENT)) {
      int number = line.number();
      EventConsistency.problem(state, line.value()).ifPresent(problem -> {
        throw new DocumentException(source, number, 1, problem.path(), problem.text());
      });
      state = Evolution.apply(state, line.value(), book);
      events.add(line.value());
    }
    return Program.replay(charter, book, events);
  }

  /**
   * Appends events to a log, atomically: afterwards the log holds either all of them or none. Holds
   * the log's {@link LogLock} while it writes: safe from any number of threads and processes.
   *
   * @param file the log (created when absent; a symbolic link is followed)
   * @param events the events to append, oldest first
   * @throws DocumentException if the log's last line is cut short: it ends without a line break and is
   *     not a whole event (nothing is appended). A whole last line without a line break gets one.
   * @throws UncheckedIOException if the log cannot be written (it is left as it was), is not a regular
   *     file, or its name is a symbolic link to nothing
   */
  public static void append(Path file, List<? extends Event> events) {
    String added = write(events);
    AtomicAppend.append(file, last -> {
      last.ifPresent(line -> JsonLines.checkUnterminated(line.text(), line.number(), file.toString(),
          Documents.EVENT));
      return added;
    });
  }

  /**
   * Writes events as JSON Lines.
   *
   * @param events the events
   * @return the text, one line an event, each ending with a line break
   */
  public static String write(List<? extends Event> events) {
    return JsonLines.write(events, Documents.EVENT);
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
