package dev.dmz.cli;

/**
 * The output cannot be written: standard output is on a full disk, or a closed pipe. {@link Dmz} says
 * so in one line, with the reason when it knows it, and exits with code 2.
 */
final class UnwritableOutput extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnwritableOutput() {
    super("the output cannot be written");
  }
}
