package dev.dmz.json;

import dev.dmz.rules.Program;

/**
 * What verifying a program's record found: the record holds (every entry chained to the one before,
 * every command decided as recorded, and the record extends the head a party kept, when one was
 * given), the program it leaves, and its head.
 *
 * @param program the program the record leaves
 * @param head the record's head: what a party keeps to check the record again later
 * @param logFormat the format of the log: 2 (chained entries) or 1 (decisions without a chain, which
 *     prove nothing about their own history: the head is the one the record will have once migrated)
 */
public record Verification(Program program, Head head, int logFormat) {
  /**
   * Whether the record is chained, so that its head proves its history.
   *
   * @return true for a log of format 2
   */
  public boolean chained() {
    return logFormat == 2;
  }
}
