package dev.dmz.json;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Program;
import dev.dmz.rules.RuleBook;
import java.util.Objects;
import java.util.Optional;

/**
 * Rebuilds a program from its record, one entry at a time, trusting nothing it reads: each entry's
 * hash must be the SHA-256 of its line, its sequence the next one, the previous hash it names that of
 * the entry before, and its command must be decided again by the rule book exactly as recorded. The
 * first entry that fails is a {@link DocumentException} naming the source, the line, the field and
 * what differs. The file log and the program stores read through it.
 *
 * <pre>{@code
 * Replay replay = Replay.start(charter, RuleBook.standard(), "log.jsonl");
 * for (String line : lines) replay.entry(line, number++);
 * Program program = replay.program();
 * Head head = replay.head();             // what a party keeps to check the record later
 * }</pre>
 *
 * <p>Each entry costs one parse, one SHA-256 of its line and one decision: nothing grows with the
 * record's length but the program's own state. An instance is a running fold, for one thread; the
 * programs it gives are immutable.
 */
public final class Replay {
  private final String source;
  private Program program;
  private Head head;
  private Optional<Head> kept = Optional.empty();
  private int lastNumber;

  private Replay(String source, Program program, Head head) {
    this.source = source;
    this.program = program;
    this.head = head;
  }

  /**
   * Makes the replay check that the record extends a head a party kept: the entry at the kept head's
   * place must have the kept hash, and the record must reach that place ({@link #verified}).
   *
   * @param since the head kept of an earlier read of this record, if any
   * @return this replay
   */
  public Replay extending(Optional<Head> since) {
    this.kept = Objects.requireNonNull(since, "since is null");
    return this;
  }

  /**
   * A replay of a record from its first entry.
   *
   * @param charter the charter the record belongs to
   * @param book the rule book the program runs under
   * @param source where the record is, for error messages
   * @return the replay, before any entry
   */
  public static Replay start(ProgramCharter charter, RuleBook book, String source) {
    return new Replay(Objects.requireNonNull(source, "source is null"), Program.start(charter, book), Head.EMPTY);
  }

  /**
   * A replay of a record's tail, from a program known to be the one its first entries leave (a
   * snapshot whose place in the chain was checked).
   *
   * @param program the program after the first {@code head.entries()} entries
   * @param head the head of the record at that point
   * @param source where the record is, for error messages
   * @return the replay, at that head
   */
  public static Replay resume(Program program, Head head, String source) {
    return new Replay(Objects.requireNonNull(source, "source is null"), Objects.requireNonNull(program, "program is null"),
        Objects.requireNonNull(head, "head is null"));
  }

  /**
   * Reads, checks and replays the next entry.
   *
   * @param line the entry's line, as it was stored
   * @param number the line's number in its source, for error messages
   * @return the entry
   * @throws DocumentException if the line is not an entry, its hash is not its own, it is not the next
   *     entry of the chain, or the rule book does not decide its command as recorded
   */
  public Entry entry(String line, int number) {
    return entry(Entry.read(line, source, number), number);
  }

  /**
   * Checks and replays the next entry, read and its hash checked already ({@link Entry#read(String,
   * String, int)}, as a thread reading ahead does): its place in the chain, then its decision.
   *
   * @param read the entry, its hash checked against its line
   * @param number the line's number in its source, for error messages
   * @return the entry
   * @throws DocumentException if it is not the next entry of the chain, or the rule book does not
   *     decide its command as recorded
   */
  Entry entry(Entry read, int number) {
    Entry entry = Entry.follows(read, head, source, number);
    program = decided(program, entry.decision(), number);
    advance(entry.head(), number);
    return entry;
  }

  /**
   * Replays a decision of a log of format 1, which has no chain: it is decided again, and the entry
   * that records it in format 2 is computed.
   *
   * @param recorded the decision as recorded
   * @param number the line's number, for error messages
   * @return the entry that records it in format 2
   * @throws DocumentException if the rule book decides otherwise
   */
  Entry unchained(Decision recorded, int number) {
    program = decided(program, recorded, number);
    Entry entry = Entry.after(head, recorded);
    advance(entry.head(), number);
    return entry;
  }

  private void advance(Head next, int number) {
    kept.filter(k -> k.entries() == next.entries() && !k.hash().equals(next.hash())).ifPresent(k -> {
      throw new DocumentException(source, number, 1, "$.hash", "is " + next.hash().shortHex() + "…, but the "
          + "head you kept is " + k.hash().shortHex() + "… at this entry (" + k.entries() + "): the record "
          + "parts from the one you kept at entry " + k.entries() + " or before");
    });
    head = next;
    lastNumber = number;
  }

  /**
   * What the replay found, once every entry is read: the record holds, and reaches the kept head
   * given to {@link #extending}.
   *
   * @param logFormat the format of the record's lines: 2, or 1 for a log without a chain
   * @return the program, the head and the format
   * @throws DocumentException if the record ends before the kept head
   */
  public Verification verified(int logFormat) {
    kept.filter(k -> k.entries() > head.entries()).ifPresent(k -> {
      throw new DocumentException(source, lastNumber + 1, 1, "$", "the record ends after " + head.entries()
          + " entries, but the head you kept is entry " + k.entries() + ": it was cut short");
    });
    return new Verification(program, head, logFormat);
  }

  /**
   * Decides a recorded command again on the program the lines before it leave.
   *
   * @param program the program before the command
   * @param recorded the decision as recorded
   * @param number the line's number, for error messages
   * @return the program after it
   * @throws DocumentException if the rule book decides otherwise
   */
  private Program decided(Program program, Decision recorded, int number) {
    Program next = program.apply(recorded.command());
    Recheck.require(recorded, next.lastDecision().orElseThrow(), source, number);
    return next;
  }

  /**
   * The program the entries so far leave.
   *
   * @return the program
   */
  public Program program() {
    return program;
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
