package dev.dmz.json;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Program;
import dev.dmz.rules.RuleBook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * A program's record as a file: one entry a line ({@code dmz.entry/1} documents in JSON Lines), oldest
 * first. An entry holds a decision (the command, and the events it produced or the findings it was
 * refused for) and is chained to the entry before it by SHA-256 (see {@link Entry}); the program's
 * history is the decisions' events in order, a refusal counting as one {@code CommandRefused} event.
 *
 * <pre>{@code
 * Program program = Program.start(charter).apply(command);
 * Head head = EventLog.append(log, List.of(program.lastDecision().orElseThrow()));
 * Program again = EventLog.replay(log, charter);            // re-checked against the chain and the rules
 * Verification check = EventLog.verify(log, charter, RuleBook.standard(), Optional.of(keptHead));
 * }</pre>
 *
 * <p><b>Tamper-evident.</b> Reading checks every entry's hash against its line, its number and the
 * hash of the entry before it, so that a change of any byte, a line removed, repeated or moved is
 * caught at its line. What a chain cannot show alone, a record cut short or rewritten from some entry
 * on with new hashes, is caught against a head a party kept: {@link #verify} with {@code since}.
 *
 * <p><b>Versions.</b> A log of format 2 holds {@code dmz.entry/1} lines; dmz 0.2 wrote format 1, {@code
 * dmz.decision/1} lines without a chain. A log of format 1 is still read and re-checked against the
 * rules, but it proves nothing about its own history and cannot be appended to: {@link #migrate}
 * writes it anew as format 2.
 *
 * <p><b>Reading re-checks.</b> A log is trusted only as far as the rules allow (the contract's "program's
 * record"): {@link #replay} decides every recorded command again, on the state the lines
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
   * @param text the text, a log of format 2 or 1
   * @param source where it came from, for error messages
   * @return the decisions, oldest first
   * @throws DocumentException at the first line that is not an entry (a decision, in format 1)
   */
  public static List<Decision> parse(String text, String source) {
    List<Decision> decisions = new ArrayList<>();
    Document<?> format = format(text, source);
    try {
      JsonLines.forEach(text, source, (line, number) -> {
        Object value = format.readLine(line, source, number);
        decisions.add(value instanceof Entry entry ? entry.decision() : (Decision) value);
      });
    } catch (DocumentException e) {
      throw formerFormat(e, source);
    }
    return decisions;
  }

  /**
   * Reads a log and replays it on a charter under the standard rule book, re-checking every line.
   *
   * @param file the log (absent: the program has not begun)
   * @param charter the charter the log belongs to
   * @return the program, with its history and decisions
   * @throws DocumentException at the first line that is not an entry, breaks the chain, or that the
   *     rule book could not have decided so
   */
  public static Program replay(Path file, ProgramCharter charter) {
    return replay(file, charter, RuleBook.standard());
  }

  /**
   * Reads a log and replays it on a charter under a rule book, re-checking every line: the chain, and
   * each recorded command decided again as recorded.
   *
   * @param file the log (absent: the program has not begun)
   * @param charter the charter the log belongs to
   * @param book the rule book the program runs under
   * @return the program, with its history and decisions
   * @throws DocumentException at the first line that is not an entry, breaks the chain, or that the
   *     rule book could not have decided so
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
   * @throws DocumentException at the first line that is not an entry, breaks the chain, or that the
   *     rule book could not have decided so
   * @throws java.io.UncheckedIOException if the log cannot be read, is larger than {@code maxBytes},
   *     is not a regular file, or is a symbolic link to nothing
   * @throws IllegalArgumentException if {@code maxBytes} is negative
   */
  public static Program replay(Path file, ProgramCharter charter, RuleBook book, long maxBytes) {
    return verify(file, charter, book, Optional.empty(), maxBytes, bytes -> { }).program();
  }

  /**
   * Replays the text of a log on a charter under a rule book, re-checking every line.
   *
   * @param text the log's text, JSON Lines
   * @param source where it came from, for error messages
   * @param charter the charter the log belongs to
   * @param book the rule book the program runs under
   * @return the program, with its history and decisions
   * @throws DocumentException at the first line that is not an entry, breaks the chain, or that the
   *     rule book could not have decided so
   */
  public static Program replay(String text, String source, ProgramCharter charter, RuleBook book) {
    return verify(text, source, charter, book, Optional.empty()).program();
  }

  /**
   * Verifies a log: its chain and its rules, and, given the head a party kept of it earlier, that the
   * log extends that record.
   *
   * @param file the log (absent: a record with no entry)
   * @param charter the charter the log belongs to
   * @param book the rule book the program runs under
   * @param since the head kept of an earlier read of this record, if any
   * @return the program, the log's head and its format
   * @throws DocumentException at the first line that is not an entry, breaks the chain, or that the
   *     rule book could not have decided so; or where the log parts from the kept head (its entry at
   *     the kept head's place has another hash, or it ends before it)
   * @throws java.io.UncheckedIOException if the log cannot be read, is larger than {@link
   *     InputLimits#eventLog()}, is not a regular file, or is a symbolic link to nothing
   */
  public static Verification verify(Path file, ProgramCharter charter, RuleBook book, Optional<Head> since) {
    return verify(file, charter, book, since, InputLimits.eventLog(), bytes -> { });
  }

  /**
   * Verifies the text of a log: its chain and its rules, and that it extends a kept head.
   *
   * @param text the log's text, JSON Lines
   * @param source where it came from, for error messages
   * @param charter the charter the log belongs to
   * @param book the rule book the program runs under
   * @param since the head kept of an earlier read of this record, if any
   * @return the program, the log's head and its format
   * @throws DocumentException as {@link #verify(Path, ProgramCharter, RuleBook, Optional)} says
   */
  public static Verification verify(String text, String source, ProgramCharter charter, RuleBook book,
      Optional<Head> since) {
    Verifier verifier = new Verifier(charter, book, source, since);
    try {
      JsonLines.forEach(text, source, verifier::line);
    } catch (DocumentException e) {
      throw formerFormat(e, source);
    }
    return verifier.finish();
  }

  /**
   * Verifies a log as {@link #verify(Path, ProgramCharter, RuleBook, Optional)} does, reading it line
   * by line (the log is never held whole) and telling how far it has read. A second thread reads
   * ahead ({@link ReadAhead}): it splits, parses and hashes the lines while this one checks the chain
   * and decides each command again, in order; it is ended before this returns or throws, and errors
   * are the ones a reading on one thread meets, at the first line that fails. {@code progress} is
   * told on the calling thread.
   *
   * @param file the log (absent: a record with no entry)
   * @param charter the charter the log belongs to
   * @param book the rule book the program runs under
   * @param since the head kept of an earlier read of this record, if any
   * @param maxBytes the most bytes the log may have
   * @param progress told the bytes read so far, about every megabyte, and the log's size at the end
   * @return the program, the log's head and its format
   * @throws DocumentException as {@link #verify(Path, ProgramCharter, RuleBook, Optional)} says
   * @throws java.io.UncheckedIOException if the log cannot be read, is larger than {@code maxBytes},
   *     is not a regular file, or is a symbolic link to nothing; or if the calling thread is
   *     interrupted while it waits for lines (its interrupt status is kept)
   */
  public static Verification verify(Path file, ProgramCharter charter, RuleBook book, Optional<Head> since,
      long maxBytes, LongConsumer progress) {
    requireAtMost(file, maxBytes);
    String source = file.toString();
    Verifier verifier = new Verifier(charter, book, source, since);
    long told = 0;
    try (ReadAhead ahead = ReadAhead.start(file, source)) {
      for (ReadAhead.Line line = ahead.next(); line != null; line = ahead.next()) {
        if (line.start() - told >= PROGRESS_STEP) {
          progress.accept(line.start());
          told = line.start();
        }
        try {
          verifier.line(line);
        } catch (DocumentException e) {
          if (!line.terminated()) {
            JsonLines.checkUnterminated(line.text(), line.number(), source, verifier.format);
          }
          throw e;
        }
      }
    } catch (DocumentException e) {
      throw formerFormat(e, source);
    }
    Verification verification = verifier.finish();
    progress.accept(Files.exists(file) ? TextFile.regularFile(file).size() : 0);
    return verification;
  }

  /**
   * Refuses a log larger than a limit before a line of it is read; an absent log is empty.
   *
   * @param file the log
   * @param maxBytes the most bytes it may have
   * @throws java.io.UncheckedIOException if the log is larger than {@code maxBytes}, is not a regular
   *     file, or is a symbolic link to nothing
   * @throws IllegalArgumentException if {@code maxBytes} is negative
   */
  static void requireAtMost(Path file, long maxBytes) {
    TextFile.requireLimit(maxBytes);
    if (Files.exists(file)) {
      long size = TextFile.regularFile(file).size();
      if (size > maxBytes) {
        throw TextFile.refusal(file, "is " + size + " bytes, more than " + InputLimits.words(maxBytes, "an event log"));
      }
    }
  }

  /** Checks a log's lines one after the other, in the format its first line tells. */
  private static final class Verifier {
    private final Replay replay;
    private final String source;
    private Document<?> format;

    Verifier(ProgramCharter charter, RuleBook book, String source, Optional<Head> since) {
      this.replay = Replay.start(charter, book, source).extending(since);
      this.source = source;
    }

    void line(String line, int number) {
      if (format == null) {
        format = format(line, source);
      }
      if (format == Documents.ENTRY) {
        replay.entry(line, number);
      } else {
        replay.unchained(Documents.DECISION.readLine(line, source, number), number);
      }
    }

    /** Verifies a line read ahead: its document parsed and its hash checked on the reading thread. */
    void line(ReadAhead.Line line) {
      if (format == null) {
        format = format(line.text(), source);
      }
      if (line.failure() != null) {
        throw line.failure();
      }
      if (format == Documents.ENTRY) {
        replay.entry((Entry) line.value(), line.number());
      } else {
        replay.unchained((Decision) line.value(), line.number());
      }
    }

    Verification finish() {
      return replay.verified(format == Documents.DECISION ? 1 : 2);
    }
  }

  /**
   * Appends decisions to a log, atomically and chained to its last entry: afterwards the log holds
   * either all of them or none. Holds the log's {@link LogLock} while it writes: safe from any number
   * of threads and processes. The caller decides them on the program the log replays to (see {@link
   * #replay}), under the same lock if others may write, so that the log stays one the rule book could
   * have produced.
   *
   * @param file the log (created when absent; a symbolic link is followed)
   * @param decisions the decisions to append, oldest first
   * @return the log's head afterwards
   * @throws DocumentException if the log's last line is not an entry whose hash is its own, or is cut
   *     short (it ends without a line break and is not a whole entry), or the log is of format 1
   *     (nothing is appended). A whole last line without a line break gets one.
   * @throws UncheckedIOException if the log cannot be written (it is left as it was), is not a regular
   *     file, or its name is a symbolic link to nothing
   */
  public static Head append(Path file, List<Decision> decisions) {
    return append(file, Optional.empty(), decisions);
  }

  /**
   * Appends decisions to a log if its head is the one they were decided on; atomically, under the
   * log's {@link LogLock}, as {@link #append(Path, List)}.
   *
   * @param file the log (created when absent; a symbolic link is followed)
   * @param expected the head of the log the decisions were decided on ({@link Head#EMPTY} for a log
   *     that does not exist yet)
   * @param decisions the decisions to append, oldest first
   * @return the log's head afterwards
   * @throws VersionConflict if the log's head is another: someone appended first (nothing is appended)
   * @throws DocumentException as {@link #append(Path, List)} says
   * @throws UncheckedIOException as {@link #append(Path, List)} says
   */
  public static Head append(Path file, Head expected, List<Decision> decisions) {
    return append(file, Optional.of(expected), decisions);
  }

  private static Head append(Path file, Optional<Head> expected, List<Decision> decisions) {
    Head[] after = {Head.EMPTY};
    AtomicAppend.append(file, last -> {
      Head found = last.map(line -> head(line, file.toString())).orElse(Head.EMPTY);
      expected.filter(e -> !e.equals(found)).ifPresent(e -> {
        throw new VersionConflict(file.toString(), e, found);
      });
      StringBuilder added = new StringBuilder();
      after[0] = chain(found, decisions, added);
      return added.toString();
    });
    return after[0];
  }

  /**
   * The head of a log as its last entry names it, once that entry's own hash is checked: what {@link
   * #append(Path, Head, List)} expects. The entries before it are not read.
   *
   * @param file the log (absent: {@link Head#EMPTY})
   * @return the head
   * @throws DocumentException if the last line is not an entry whose hash is its own
   * @throws UncheckedIOException if the log cannot be read or is not a regular file
   */
  public static Head head(Path file) {
    if (!Files.exists(file)) {
      return Head.EMPTY;
    }
    try {
      return AtomicAppend.lastLine(file, LogLock.real(file)).map(line -> head(line, file.toString()))
          .orElse(Head.EMPTY);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes a log of format 1 anew as format 2: the same decisions, re-checked against the rules, each
   * chained to the one before. The old log is left as it was.
   *
   * @param from the log of format 1 (or 2: it is copied, re-checked)
   * @param to the new log, which must not exist yet
   * @param charter the charter the log belongs to
   * @param book the rule book the program runs under
   * @return the new log's head
   * @throws DocumentException if the old log is not one the rule book could have produced
   * @throws UncheckedIOException if the new log exists already or cannot be written
   */
  public static Head migrate(Path from, Path to, ProgramCharter charter, RuleBook book) {
    if (!Files.exists(from)) {
      throw new UncheckedIOException(new java.nio.file.NoSuchFileException(from.toString()));
    }
    Verification verified = verify(from, charter, book, Optional.empty());
    try {
      Files.createFile(to); // the new log is ours alone from here: no one else's file is appended to
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new UncheckedIOException(to + ": exists already; the migrated log is written to a new file", e);
    } catch (IOException e) {
      throw new UncheckedIOException(to + ": " + e.getMessage(), e);
    }
    Head head = append(to, Head.EMPTY, verified.program().decisions().asJava());
    if (!head.equals(verified.head())) {
      throw new IllegalStateException("the migrated log's head " + head + " is not the one computed on reading, "
          + verified.head());
    }
    return head;
  }

  /**
   * Writes decisions as a record from its first entry, JSON Lines.
   *
   * @param decisions the decisions
   * @return the text, one entry a line, each ending with a line break
   */
  public static String write(List<Decision> decisions) {
    StringBuilder text = new StringBuilder();
    chain(Head.EMPTY, decisions, text);
    return text.toString();
  }

  /** Writes decisions as entries chained from a head, a line each; returns the head after them. */
  private static Head chain(Head from, List<Decision> decisions, StringBuilder lines) {
    Head head = from;
    for (Decision decision : decisions) {
      Entry entry = Entry.after(head, decision);
      lines.append(entry.line()).append('\n');
      head = entry.head();
    }
    return head;
  }

  /** The head a log's last line names, once its hash is checked; a line cut short is refused. */
  private static Head head(AtomicAppend.LastLine last, String source) {
    Entry entry;
    try {
      entry = lastEntry(last.text(), source, last.number());
    } catch (DocumentException e) {
      if (!last.terminated()) {
        JsonLines.checkUnterminated(last.text(), last.number(), source, Documents.ENTRY);
      }
      throw e;
    }
    String problem = Entry.checkHash(last.text(), entry.hash());
    if (problem != null) {
      throw new DocumentException(source, last.number(), 1, "$.hash", problem + "; nothing was appended");
    }
    return entry.head();
  }

  /** Reads one line of a log of format 2; a line of format 1 or of dmz 0.1 is refused saying why. */
  private static Entry lastEntry(String line, String source, int number) {
    try {
      return Documents.ENTRY.readLine(line, source, number);
    } catch (DocumentException e) {
      if (e.path().equals("$.format") && e.problem().startsWith("is a dmz.decision document")) {
        throw new DocumentException(source, number, e.column(), e.path(), "is \"" + Documents.DECISION.format()
            + "\": a log of format 1, without a chain, which cannot be appended to; write it anew with `dmz "
            + "migrate` (EventLog.migrate) and append to the new log");
      }
      throw formerFormat(e, source);
    }
  }

  /** How often a long read tells how far it is: about every megabyte. */
  private static final long PROGRESS_STEP = 1 << 20;

  /** The format of a log's lines, told by its first line: format 2 unless it is a log of format 1. */
  static Document<?> format(String text, String source) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return text.startsWith("{\"format\":\"" + Documents.DECISION.format() + "\"", start) ? Documents.DECISION
        : Documents.ENTRY;
  }

  /** A line of dmz 0.1 (events, not decisions) is refused saying why. */
  static DocumentException formerFormat(DocumentException e, String source) {
    if (e.path().equals("$.format") && e.problem().startsWith("is a dmz.event document")) {
      return new DocumentException(source, e.line(), e.column(), e.path(), "is \"" + EVENT_FORMAT_0_1
          + "\": a log of dmz 0.1, which recorded events without their commands, so it cannot be "
          + "re-checked against the rules; apply the program's commands again to a new log");
    }
    return e;
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
