package dev.dmz.json;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.CommandRefused;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Event;
import dev.dmz.rules.Program;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.RuleBook;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads a record as {@link Replay} does, trusting nothing (each entry's hash and place in the chain,
 * each command decided again as recorded), but keeps only the program's state: no history, no
 * decisions. Each event of a verified entry is given to a {@link Visitor} with the state it leaves, so
 * that a reader collects what it needs as the record passes, in memory bounded by the state, whatever
 * the record's length. {@code dmz report} reads records of millions of entries so.
 *
 * <pre>{@code
 * List<Event> draws = new ArrayList<>();
 * Fold fold = Fold.log(log, charter, RuleBook.standard(), InputLimits.eventLog(), (event, after) -> {
 *   if (event instanceof PoolDrawn) draws.add(event);
 * });
 * ProgramState state = fold.state();   // what Program.replay(...).state() would be
 * Head head = fold.head();
 * }</pre>
 *
 * <p>The state after each event is the one {@link Program#apply} reaches: a refused command counts as
 * its {@link CommandRefused} event and what the refusal sets in motion ({@code RuleBook.recorded}). An entry's events are given once the entry is verified; an entry
 * that fails is a {@link DocumentException} after the visitor has seen the entries before it, so use
 * what it collected only once the fold returns. An instance is a running fold, for one thread.
 */
public final class Fold {
  private final RuleBook book;
  private final String source;
  private final Visitor visitor;
  private ProgramState state;
  private Head head = Head.EMPTY;

  /** What sees each event of a verified entry. */
  @FunctionalInterface
  public interface Visitor {
    /**
     * Sees an event.
     *
     * @param event the event, in the record's order
     * @param after the program's state after it
     */
    void event(Event event, ProgramState after);

    /**
     * Sees the state the fold starts from, before the record's first entry: the charter's, under the
     * fold's rule book. A visitor that answers "as of a day" starts from it, in case no event comes
     * before that day. Does nothing unless overridden.
     *
     * @param initial the program's state before any event
     */
    default void start(ProgramState initial) {
      // most visitors look at events only
    }
  }

  private Fold(ProgramCharter charter, RuleBook book, String source, Visitor visitor) {
    this.book = Objects.requireNonNull(book, "book is null");
    this.source = Objects.requireNonNull(source, "source is null");
    this.visitor = Objects.requireNonNull(visitor, "visitor is null");
    this.state = Program.start(charter, book).state();
  }

  /**
   * A fold of a record from its first entry.
   *
   * @param charter the charter the record belongs to
   * @param book the rule book the program runs under
   * @param source where the record is, for error messages
   * @param visitor what sees each event
   * @return the fold, before any entry
   */
  public static Fold start(ProgramCharter charter, RuleBook book, String source, Visitor visitor) {
    Fold fold = new Fold(Objects.requireNonNull(charter, "charter is null"), book, source, visitor);
    visitor.start(fold.state);
    return fold;
  }

  /**
   * Folds a log file, line by line (the file is never held whole), as {@link EventLog#verify(Path,
   * ProgramCharter, RuleBook, java.util.Optional, long, java.util.function.LongConsumer)} reads it: a log
   * of format 2, or of format 1 (no chain, its commands decided again).
   *
   * @param file the log (absent: a record with no entry)
   * @param charter the charter the log belongs to
   * @param book the rule book the program runs under
   * @param maxBytes the most bytes the log may have
   * @param visitor what sees each event
   * @return the fold after the log's last entry
   * @throws DocumentException at the first line that is not an entry, breaks the chain, or that the
   *     rule book could not have decided so
   * @throws java.io.UncheckedIOException if the log cannot be read, is larger than {@code maxBytes},
   *     is not a regular file, or is a symbolic link to nothing
   * @throws IllegalArgumentException if {@code maxBytes} is negative
   */
  public static Fold log(Path file, ProgramCharter charter, RuleBook book, long maxBytes, Visitor visitor) {
    EventLog.requireAtMost(file, maxBytes);
    String source = file.toString();
    Fold fold = start(charter, book, source, visitor);
    Document<?>[] format = {null};
    try {
      LogLines.read(file, 0, 1, (line, number, start, terminated) -> {
        if (format[0] == null) {
          format[0] = EventLog.format(line, source);
        }
        try {
          if (format[0] == Documents.ENTRY) {
            fold.entry(line, number);
          } else {
            fold.unchained(Documents.DECISION.readLine(line, source, number), number);
          }
        } catch (DocumentException e) {
          if (!terminated) {
            JsonLines.checkUnterminated(line, number, source, format[0]);
          }
          throw e;
        }
      });
    } catch (DocumentException e) {
      throw EventLog.formerFormat(e, source);
    }
    return fold;
  }

  /**
   * Reads, checks and folds the next entry: its events go to the visitor.
   *
   * @param line the entry's line, as it was stored
   * @param number the line's number in its source, for error messages
   * @return the entry
   * @throws DocumentException if the line is not an entry, its hash is not its own, it is not the next
   *     entry of the chain, or the rule book does not decide its command as recorded
   */
  public Entry entry(String line, int number) {
    Entry entry = Entry.read(line, head, source, number);
    fold(entry.decision(), number);
    head = entry.head();
    return entry;
  }

  /** A decision of a log of format 1, without a chain: decided again, and its head computed. */
  private void unchained(Decision recorded, int number) {
    fold(recorded, number);
    head = Entry.after(head, recorded).head();
  }

  private void fold(Decision recorded, int number) {
    Decision decided = book.decide(state, recorded.command());
    Recheck.require(recorded, decided, source, number);
    for (Event event : book.recorded(state, decided)) {
      state = book.evolve(state, event);
      visitor.event(event, state);
    }
  }

  /**
   * The state the entries so far leave.
   *
   * @return the state
   */
  public ProgramState state() {
    return state;
  }

  /**
   * The head of the record so far.
   *
   * @return the head: {@link Head#EMPTY} before the first entry
   */
  public Head head() {
    return head;
  }
}
