package dev.dmz.json;

import dev.dmz.core.value.Require;

/**
 * Where a program's record ends: how many entries it holds and the hash of the last one. A party that
 * keeps the head of a record it has read can later prove that a longer record extends it (see {@link
 * EventLog#verify(java.nio.file.Path, dev.dmz.core.charter.ProgramCharter, dev.dmz.rules.RuleBook,
 * java.util.Optional)}): nothing before it was rewritten, removed or reordered.
 *
 * <p>Written {@code ENTRIES:HASH}, for example {@code 42:9f86d0818…}: the form {@link #parse} reads and
 * {@code dmz verify} prints.
 *
 * @param entries how many entries the record holds, 0 for none
 * @param hash the hash of the last entry; {@link Hash#NONE} for a record with no entry
 */
public record Head(long entries, Hash hash) {
  /** The head of a record with no entry. */
  public static final Head EMPTY = new Head(0, Hash.NONE);

  /**
   * Checks the head.
   *
   * @throws dev.dmz.core.value.InvalidValueException if the count is negative, or a record with no
   *     entry names a hash, or one with entries names none
   */
  public Head {
    Require.notNegative("Head.entries", entries);
    Require.that(hash != null, "Head.hash", "must be given", hash);
    Require.that((entries == 0) == hash.equals(Hash.NONE), "Head.hash",
        entries == 0 ? "must be 64 zeros for a record with no entry" : "must not be 64 zeros for a record with entries",
        hash);
  }

  /**
   * Reads a head written {@code ENTRIES:HASH}.
   *
   * @param text the head, such as {@code 42:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08}
   * @return the head
   * @throws dev.dmz.core.value.InvalidValueException if the text is not a head
   */
  public static Head parse(String text) {
    int colon = text == null ? -1 : text.indexOf(':');
    Require.that(colon > 0 && colon <= 18 && text.substring(0, colon).chars().allMatch(c -> c >= '0' && c <= '9'),
        "Head", "must be written ENTRIES:HASH, such as 42:" + "9f86d081".repeat(8) + ", a count of entries and a "
        + "SHA-256", text);
    return new Head(Long.parseLong(text.substring(0, colon)), Hash.parse(text.substring(colon + 1)));
  }

  @Override
  public String toString() {
    return entries + ":" + hash.hex();
  }
}
