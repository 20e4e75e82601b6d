package dev.dmz.json.store;

/** A program the store has no record of: it was never created, or its key is misspelt. */
public final class UnknownProgram extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ProgramId program;

  /**
   * The exception.
   *
   * @param program the key asked for
   * @param where the store, as its user knows it (a folder, a database)
   */
  public UnknownProgram(ProgramId program, String where) {
    super("program " + program + ": " + where + " has no such program; create it with its charter first");
    this.program = program;
  }

  /**
   * The key asked for.
   *
   * @return the key
   */
  public ProgramId program() {
    return program;
  }
}
