package dev.dmz.json;

import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a log's lines on a thread of its own, ahead of the thread that verifies them: what each line
 * needs of no other line (its bytes read and split, its UTF-8 decoded, its document parsed and its
 * SHA-256 checked against its own bytes) is done there, while the verifying thread does what needs the
 * lines before (the chain, and deciding each command again on the state they leave). A line's value
 * or error is handed over in order, so that the verifying thread meets the first error that reading
 * it on one thread would meet, at the same line and with the same words: an error found ahead waits
 * until the lines before it are verified, and is dropped if one of them fails first.
 *
 * <p>Bounded: at most {@value #BATCHES} batches of at most {@value #BATCH_LINES} lines (or of about
 * {@value #BATCH_CHARS} characters) wait between the threads. The reading thread stops at the first
 * line it cannot read; it is stopped and awaited by {@link #close}, so that no thread is left running
 * once the verification returns or fails. The reading thread is not shared: one is started for each
 * log read.
 *
 * <p>For one verifying thread.
 */
final class ReadAhead implements AutoCloseable {
  /** The most lines a batch holds. */
  static final int BATCH_LINES = 256;

  /** A batch is handed over once its lines hold about so many characters, whatever their number. */
  static final int BATCH_CHARS = 1 << 20;

  /** The most batches that wait between the threads. */
  static final int BATCHES = 8;

  /** How long the verifying thread waits for a batch before it looks whether the reading thread is alive. */
  private static final long WAIT_MILLIS = 100;

  /**
   * A line read ahead: its text and place, and its value (an {@link Entry} whose hash is checked, or,
   * in a log of format 1, a decision) or the error reading it met.
   *
   * @param text its text, without its line break
   * @param number its number, from 1
   * @param start the byte offset where it starts
   * @param terminated whether a line break ends it
   * @param value its value, or null if it could not be read
   * @param failure why it could not be read, or null
   */
  record Line(String text, int number, long start, boolean terminated, Object value, RuntimeException failure) {}

  /**
   * Lines handed over together; the last batch says so, and carries the error that stopped the
   * reading between lines, if one did (not UTF-8, a line too long, the file unreadable).
   */
  private record Batch(List<Line> lines, boolean last, Throwable failure) {}

  /** Thrown on the reading thread to stop reading once a line failed or the reading is closed. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super("stop reading ahead", null, false, false);
    }
  }

  private final Path file;
  private final String source;
  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES);
  private final Thread thread;
  private volatile boolean closed;

  /** The batch being given out on the verifying thread, and the index of its next line. */
  private Batch batch;
  private int index;

  /** The format of the log's lines, once the reading thread has met its first line. */
  private Document<?> format;

  private ReadAhead(Path file, String source) {
    this.file = file;
    this.source = source;
    this.thread = new Thread(this::read, "dmz-read-ahead");
    this.thread.setDaemon(true);
  }

  /**
   * Starts reading a log ahead.
   *
   * @param file the log; absent, it has no line
   * @param source where it is, for error messages
   * @return the reading, to {@link #close} when done
   */
  static ReadAhead start(Path file, String source) {
    ReadAhead ahead = new ReadAhead(file, source);
    ahead.thread.start();
    return ahead;
  }

  /**
   * The next line, in order.
   *
   * @return the line, or null after the last one
   * @throws DocumentException if the reading stopped here: a line is not UTF-8 or is too long
   * @throws UncheckedIOException if the log cannot be read, or this thread is interrupted while it waits
   */
  Line next() {
    while (batch == null || index == batch.lines().size()) {
      if (batch != null && batch.last()) {
        if (batch.failure() != null) {
          throw rethrown(batch.failure());
        }
        return null;
      }
      batch = take();
      index = 0;
    }
    return batch.lines().get(index++);
  }

  /**
   * The next batch, waiting for it; should the reading thread have ended without handing its last one
   * (an error thrown while it handed it over), that is said rather than waited for forever.
   */
  private Batch take() {
    try {
      while (true) {
        Batch next = queue.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        if (next != null) {
          return next;
        }
        if (!thread.isAlive() && queue.isEmpty()) {
          throw new IllegalStateException(source + ": the thread reading ahead ended without its last lines");
        }
      }
    } catch (InterruptedException e) {
      close();
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException(source + ": interrupted while reading");
      interrupted.initCause(e);
      throw new UncheckedIOException(interrupted.getMessage(), interrupted);
    }
  }

  /**
   * Stops the reading thread and waits until it has ended (an interruption of the waiting thread
   * meanwhile is kept for it, not lost).
   */
  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    queue.clear();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The reading thread: reads, splits, parses and hashes lines, and hands them over in batches. */
  private void read() {
    List<Line> lines = new ArrayList<>(BATCH_LINES);
    int[] chars = {0};
    Throwable failure = null;
    try {
      LogLines.read(file, 0, 1, (text, number, start, terminated) -> {
        if (closed) {
          throw new Stop();
        }
        Line line = line(text, number, start, terminated);
        lines.add(line);
        chars[0] += text.length();
        if (line.failure() != null) {
          throw new Stop(); // the verifying thread stops at this line, or before
        }
        if (lines.size() == BATCH_LINES || chars[0] >= BATCH_CHARS) {
          hand(new Batch(List.copyOf(lines), false, null));
          lines.clear();
          chars[0] = 0;
        }
      });
    } catch (Stop e) {
      // the line that failed is the batch's last; or the reading is closed
    } catch (RuntimeException | Error e) {
      failure = e;
    }
    if (!closed) {
      try {
        hand(new Batch(List.copyOf(lines), true, failure));
      } catch (Stop e) {
        // closed meanwhile: nobody waits for it
      }
    }
  }

  /** Hands a batch over, waiting while the queue is full; stops when the reading is closed. */
  private void hand(Batch ready) {
    try {
      queue.put(ready);
    } catch (InterruptedException e) {
      throw new Stop(); // only close() interrupts this thread
    }
  }

  /** Reads a line's document, in the format the log's first line tells, and checks an entry's hash. */
  private Line line(String text, int number, long start, boolean terminated) {
    if (format == null) {
      format = EventLog.format(text, source);
    }
    try {
      Object value = format == Documents.ENTRY ? Entry.read(text, source, number)
          : Documents.DECISION.readLine(text, source, number);
      return new Line(text, number, start, terminated, value, null);
    } catch (RuntimeException e) {
      return new Line(text, number, start, terminated, null, e);
    }
  }

  private static RuntimeException rethrown(Throwable failure) {
    if (failure instanceof Error error) {
      throw error;
    }
    return (RuntimeException) failure;
  }
}
