package dev.dmz.json;

import dev.dmz.core.value.Require;
import dev.dmz.json.codec.Fields;
import dev.dmz.json.codec.FindingCodec;
import dev.dmz.json.codec.Write;
import dev.dmz.json.syntax.Printer;
import dev.dmz.rules.Decision;
import java.util.Objects;

/**
 * One entry of a program's record: a decision (a command with its events, or its refusal), its place
 * in the record, and the chain that makes the record tamper-evident. An entry names the SHA-256 of the
 * entry before it ({@link Hash#NONE} for the first) and carries the SHA-256 of its own canonical form,
 * so that changing, removing or reordering any entry breaks the chain at that entry or the next.
 *
 * <p><b>Canonical form.</b> An entry is written as one line of JSON ({@code dmz.entry/1}), its fields
 * in a fixed order with no space, the hash last:
 *
 * <pre>{@code
 * {"format":"dmz.entry/1","sequence":1,"previous":"000…000","accepted":true,"command":{…},"events":[…],"findings":[],"hash":"3f9a…"}
 * }</pre>
 *
 * Its hash is the SHA-256 of the UTF-8 bytes of that line without its hash field, that is, of the line
 * up to {@code ,"hash":"…"} followed by the closing brace. A reader checks it on the bytes it read, so
 * any change of any byte of an entry is caught, spaces included; the file log and the PostgreSQL store
 * keep the same lines, so a record moves between them unchanged.
 *
 * <p>Immutable.
 */
public final class Entry {
  /** What follows the canonical form's last field: the hash field and the closing brace. */
  static final int HASH_FIELD = ",\"hash\":\"".length() + Hash.HEX_DIGITS + "\"}".length();

  private final long sequence;
  private final Hash previous;
  private final Decision decision;
  private final Hash hash;

  private Entry(long sequence, Hash previous, Decision decision, Hash hash) {
    this.sequence = sequence;
    this.previous = previous;
    this.decision = decision;
    this.hash = hash;
  }

  /**
   * The entry that records a decision after a record's head.
   *
   * @param head the head of the record so far
   * @param decision the decision
   * @return the entry, numbered after the head, naming its hash, with its own hash
   */
  public static Entry after(Head head, Decision decision) {
    Objects.requireNonNull(head, "head is null");
    Objects.requireNonNull(decision, "decision is null");
    Entry unhashed = new Entry(head.entries() + 1, head.hash(), decision, Hash.NONE);
    return new Entry(unhashed.sequence, unhashed.previous, decision, Hash.of(unhashed.canonical()));
  }

  /**
   * Reads an entry's line and checks it against the chain: its hash is the SHA-256 of the line without
   * its hash field, and it is the entry that follows a head (its sequence is the next, and it names the
   * head's hash as its previous). Its command is not decided again: {@link Replay} does that.
   *
   * @param line the line, as it was stored
   * @param before the head of the record before it
   * @param source where the line is, for error messages
   * @param number the line's number in its source, for error messages
   * @return the entry
   * @throws DocumentException if the line is not an entry, its hash is not its own, or it does not
   *     follow the head
   */
  public static Entry read(String line, Head before, String source, int number) {
    return follows(read(line, source, number), before, source, number);
  }

  /**
   * Checks that an entry, read and its hash checked ({@link #read(String, String, int)}), is the one
   * that follows a head: its sequence is the next, and it names the head's hash as its previous.
   *
   * @param entry the entry
   * @param before the head of the record before it
   * @param source where the line is, for error messages
   * @param number the line's number in its source, for error messages
   * @return the entry
   * @throws DocumentException if it does not follow the head
   */
  static Entry follows(Entry entry, Head before, String source, int number) {
    if (entry.sequence() != before.entries() + 1) {
      throw new DocumentException(source, number, 1, "$.sequence", "is " + entry.sequence() + ", but entry "
          + (before.entries() + 1) + " comes next: an entry was " + (entry.sequence() > before.entries() + 1
          ? "removed" : "repeated or moved") + " here");
    }
    if (!entry.previous().equals(before.hash())) {
      throw new DocumentException(source, number, 1, "$.previous", "is " + entry.previous().shortHex()
          + "…, but the entry before it has the hash " + before.hash().shortHex() + "…: the chain is broken here");
    }
    return entry;
  }

  /**
   * Reads an entry's line and checks its hash: the SHA-256 of the line without its hash field. Where
   * it stands in a chain is not checked: see {@link #read(String, Head, String, int)}.
   *
   * @param line the line, as it was stored
   * @param source where the line is, for error messages
   * @param number the line's number in its source, for error messages
   * @return the entry
   * @throws DocumentException if the line is not an entry or its hash is not its own
   */
  public static Entry read(String line, String source, int number) {
    Entry entry = Documents.ENTRY.readLine(line, source, number);
    String hashProblem = checkHash(line, entry.hash());
    if (hashProblem != null) {
      throw new DocumentException(source, number, 1, "$.hash", hashProblem);
    }
    return entry;
  }

  /**
   * An entry as it was recorded, whose hash is yet to be checked against its line ({@link
   * #checkHash}).
   */
  static Entry recorded(long sequence, Hash previous, Decision decision, Hash hash) {
    Require.that(sequence >= 1, "Entry.sequence", "must be 1 or more", sequence);
    return new Entry(sequence, previous, decision, hash);
  }

  /**
   * The entry's place in the record.
   *
   * @return its number, from 1
   */
  public long sequence() {
    return sequence;
  }

  /**
   * The hash of the entry before it.
   *
   * @return the hash; {@link Hash#NONE} for the first entry
   */
  public Hash previous() {
    return previous;
  }

  /**
   * The decision it records.
   *
   * @return the decision
   */
  public Decision decision() {
    return decision;
  }

  /**
   * The SHA-256 of its canonical form.
   *
   * @return the hash
   */
  public Hash hash() {
    return hash;
  }

  /**
   * The head of a record that ends with this entry.
   *
   * @return the head
   */
  public Head head() {
    return new Head(sequence, hash);
  }

  /**
   * The entry's line, as the log and the stores keep it.
   *
   * @return the canonical form with its hash field, without a line break
   */
  public String line() {
    return Documents.ENTRY.writeLine(this);
  }

  /**
   * Whether the hash a line names is the SHA-256 of the line without its hash field.
   *
   * @param line the line as it was read
   * @return why not, or null when it is
   */
  static String checkHash(String line, Hash named) {
    if (line.endsWith("\"}\r")) {
      return "is followed by a carriage return: the line ends with a Windows line break (CRLF), as an editor or "
          + "git's core.autocrlf writes one; dmz ends each line with a line feed alone and the hash covers every "
          + "byte, so convert the log's line breaks back to LF (dos2unix, say)";
    }
    if (line.length() < HASH_FIELD + 2 || !line.startsWith(",\"hash\":\"", line.length() - HASH_FIELD)
        || !line.endsWith("\"}")) {
      return "must be the line's last field, written ,\"hash\":\"…\"} with no space";
    }
    Hash computed = Hash.ofStart(line, line.length() - HASH_FIELD, '}');
    if (computed == null) {
      computed = Hash.of(line.substring(0, line.length() - HASH_FIELD) + "}");
    }
    return computed.equals(named) ? null : "is " + named.shortHex() + "…, but the line without its hash field has "
        + "the hash " + computed.shortHex() + "…: the line was changed after it was written";
  }

  private String canonical() {
    Write out = Write.object().put("format", Documents.ENTRY.format());
    fields(this, out);
    return Printer.line(out.node());
  }

  static Entry read(Fields in) {
    long sequence = in.get("sequence").integer();
    Hash previous = in.get("previous").text(Hash::parse);
    Decision decision = FindingCodec.decision(in);
    Hash hash = in.get("hash").text(Hash::parse);
    return recorded(sequence, previous, decision, hash);
  }

  static void write(Entry entry, Write out) {
    fields(entry, out);
    out.put("hash", entry.hash.hex());
  }

  private static void fields(Entry entry, Write out) {
    out.put("sequence", entry.sequence).put("previous", entry.previous.hex());
    FindingCodec.decision(entry.decision, out);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Entry entry && sequence == entry.sequence && previous.equals(entry.previous)
        && decision.equals(entry.decision) && hash.equals(entry.hash);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sequence, previous, decision, hash);
  }

  @Override
  public String toString() {
    return "entry " + sequence + " " + hash.shortHex() + ": " + decision;
  }
}
