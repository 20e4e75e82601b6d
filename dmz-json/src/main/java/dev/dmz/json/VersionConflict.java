package dev.dmz.json;

/**
 * An append at a version the record has moved past: another writer appended first. Nothing of the
 * refused append was stored. Load the program again, decide the command again on what it is now, and
 * append at its new head; {@link dev.dmz.json.store.DecisionRecorder} does so.
 */
public final class VersionConflict extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String record;
  private final transient Head expected;
  private final transient Head actual;

  /**
   * The conflict.
   *
   * @param record the record, as its user knows it: a log's path, a stored program's key
   * @param expected the head the writer decided on
   * @param actual the record's head as the store found it
   */
  public VersionConflict(String record, Head expected, Head actual) {
    super(record + ": the record is at entry " + actual.entries() + " (" + actual.hash().shortHex()
        + "…), not at entry " + expected.entries() + " (" + expected.hash().shortHex() + "…) where the decisions "
        + "were taken; load it again and decide again");
    this.record = record;
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * The record.
   *
   * @return a log's path, a stored program's key
   */
  public String record() {
    return record;
  }

  /**
   * The head the writer decided on.
   *
   * @return the expected head
   */
  public Head expected() {
    return expected;
  }

  /**
   * The record's head when the append was refused.
   *
   * @return the actual head
   */
  public Head actual() {
    return actual;
  }
}
