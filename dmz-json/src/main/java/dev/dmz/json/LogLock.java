package dev.dmz.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One writer at a time for an event log: whoever decides commands on a log and appends their events
 * holds its lock from reading the log to writing it, so that no decision is taken on a log that
 * another writer has since changed. {@link EventLog#append} takes it by itself; a system that replays,
 * decides and appends holds it around the three:
 *
 * <pre>{@code
 * Program decided = LogLock.holding(log, () -> {
 *   Program program = EventLog.replay(log, charter);         // the log as it is now
 *   Program next = program.apply(command);
 *   EventLog.append(log, next.history().drop(program.history().size()).asJava());
 *   return next;
 * });
 * }</pre>
 *
 * <p><b>One lock a file, whatever its name.</b> The log's name is resolved first, symbolic links
 * followed, and the lock belongs to the file it names: two links to one log share one lock. The lock is
 * held on a file beside the real log, named as it with {@code .lock} added ({@code log.jsonl.lock});
 * it is created when missing and never removed (removing it would let two writers lock two different
 * files). A log that does not exist yet is locked by the name it will have. Hard links are not
 * followed: a log is a file with one name, since each append replaces it with a new file.
 *
 * <p><b>Across processes and within one JVM.</b> The lock is an operating system's lock on that file
 * ({@link FileChannel#lock()}), which other processes wait for, and, within this JVM, a lock of the
 * real path, which other threads wait for. The thread that holds a log's lock may take it again (nested
 * calls run at once); a thread should not hold two logs' locks at a time, lest two threads wait for
 * each other. Waiting has no time limit: a writer waits for the one before it to finish.
 *
 * <p><b>Leftovers.</b> Whoever takes the lock first removes the temporary copies that a writer killed
 * mid-append left beside the log ({@code .log.jsonl.dmz-4711-1.tmp}): while the lock is free, no
 * writer is using one.
 *
 * <p><b>Refused</b> with an {@link UncheckedIOException} naming the log, and nothing created: a log
 * whose name is a symbolic link to a file that does not exist (a log is not created through a link), a
 * log that exists but is not a regular file, and a log in a directory that does not exist.
 */
public final class LogLock {
  /** The locks this JVM holds or waits for, by real path; an entry lives while someone uses it. */
  private static final ConcurrentHashMap<Path, Holders> HELD = new ConcurrentHashMap<>();

  private LogLock() {}

  /**
   * Runs an action while holding a log's lock, waiting for the lock as long as another process or
   * thread holds it.
   *
   * @param <T> what the action returns
   * @param log the log, by any name (links are followed)
   * @param action what to do while no other writer can change the log
   * @return what the action returned
   * @throws UncheckedIOException if the log's name cannot be resolved or is refused (see above), or the
   *     lock file cannot be created or locked; the action has not run
   */
  public static <T> T holding(Path log, Supplier<? extends T> action) {
    Objects.requireNonNull(log, "log is null");
    Objects.requireNonNull(action, "action is null");
    Path real = real(log);
    Holders holders = HELD.compute(real, (path, h) -> (h == null ? new Holders() : h).join());
    try {
      holders.lock.lock();
      try {
        return holders.lock.getHoldCount() > 1 ? action.get() : lockingFile(real, action);
      } finally {
        holders.lock.unlock();
      }
    } finally {
      HELD.computeIfPresent(real, (path, h) -> h.leave());
    }
  }

  /**
   * The file a log's name stands for: its real path, links resolved; for a log that does not exist
   * yet, its real directory and its name.
   *
   * @param log the log's name
   * @return the real path
   * @throws UncheckedIOException if the name is a link to nothing, the file is not a regular file, or
   *     its directory does not exist
   */
  static Path real(Path log) {
    Path absolute = log.toAbsolutePath();
    try {
      if (Files.exists(absolute)) {
        TextFile.regularFile(log);
        return absolute.toRealPath();
      }
      if (Files.isSymbolicLink(absolute)) {
        throw TextFile.refusal(log, "is a symbolic link to " + Files.readSymbolicLink(absolute)
            + ", which does not exist");
      }
      Path folder = absolute.getParent();
      if (!Files.isDirectory(folder)) {
        throw new UncheckedIOException(new NoSuchFileException(folder.toString()));
      }
      return folder.toRealPath().resolve(absolute.getFileName());
    } catch (IOException e) {
      throw new UncheckedIOException(log + ": " + e.getMessage(), e);
    }
  }

  /**
   * The lock file of a log: beside its real file, its name with {@code .lock} added.
   *
   * @param real the log's real path
   * @return the lock file
   */
  static Path lockFile(Path real) {
    return real.resolveSibling(real.getFileName() + ".lock");
  }

  private static <T> T lockingFile(Path real, Supplier<? extends T> action) {
    Path lockFile = lockFile(real);
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        LinkOption.NOFOLLOW_LINKS)) {
      FileLock held = channel.lock();
      try {
        AtomicAppend.removeLeftovers(real);
        return action.get();
      } finally {
        held.release();
      }
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(lockFile + ": " + e.getMessage(), e);
    }
  }

  /** A lock of one real path and how many threads hold it or wait for it; changed only in the map. */
  private static final class Holders {
    final ReentrantLock lock = new ReentrantLock();
    private int count;

    Holders join() {
      count++;
      return this;
    }

    Holders leave() {
      count--;
      return count == 0 ? null : this;
    }
  }
}
