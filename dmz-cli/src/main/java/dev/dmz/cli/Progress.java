package dev.dmz.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.function.LongConsumer;

/**
 * How far a long read has come, shown on one line of standard error that rewrites itself, only when a
 * person watches: the error stream is a terminal. Piped or redirected, dmz prints no progress, so that
 * what scripts read is the same whatever the size.
 */
final class Progress implements LongConsumer {
  /** Reads shorter than this finish before a person would look: no progress for them. */
  static final long SHOWN_FROM = 16L << 20;

  private final PrintWriter err;
  private final String what;
  private final long size;
  private final boolean shown;
  private int shownPercent = -1;
  private boolean onScreen;

  private Progress(PrintWriter err, String what, long size, boolean shown) {
    this.err = err;
    this.what = what;
    this.size = size;
    this.shown = shown;
  }

  /**
   * A progress display for reading a file, or none.
   *
   * @param err where it is shown
   * @param what what is read, such as "verifying log.jsonl"
   * @param size the file's size in bytes
   * @param watched whether a person watches (see {@link #watched()})
   * @return the display; it shows nothing unless watched and the file is large
   */
  static Progress of(PrintWriter err, String what, long size, boolean watched) {
    return new Progress(err, what, size, watched && size >= SHOWN_FROM);
  }

  /**
   * Whether a person watches the command line: the JVM has a console and it is a terminal (on Java 22
   * and later, {@code Console.isTerminal()} says; before, a console exists only for a terminal).
   *
   * @return true when progress should be shown
   */
  static boolean watched() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // Java 17 to 21: a console is a terminal
    }
  }

  @Override
  public void accept(long bytes) {
    int percent = (int) Math.min(100, bytes * 100 / Math.max(1, size));
    if (!shown || percent == shownPercent) {
      return;
    }
    shownPercent = percent;
    err.print("\r" + what + ": " + percent + "% (" + (bytes >> 20) + " of " + (size >> 20) + " MB)");
    onScreen = true;
    if (bytes >= size) {
      clear();
    }
    err.flush();
  }

  /**
   * Takes the progress line off the screen, if it is on it: before a message of the command's own
   * (an error met half-way, say) is printed on that line's place, and when the read is done.
   */
  void clear() {
    if (onScreen) {
      err.print("\r" + " ".repeat(what.length() + 30) + "\r");
      err.flush();
      onScreen = false;
    }
  }
}
