package dev.dmz.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Appends text to a log file atomically, under the log's {@link LogLock}: the old log and the new text
 * are written to a temporary copy beside the log, forced to disk, and moved over the log in one step,
 * so that a crash leaves either the old log or the new one, never a part. What the text says is the
 * caller's business; this class only knows lines.
 *
 * <p>The copy is named {@code .LOG.dmz-PID-N.tmp} (hidden, with the writing process's id and a count),
 * so that it can be told from the user's files: whoever takes the log's lock next removes one that a
 * writer killed mid-way left ({@link #removeLeftovers}). A new log is created as any new file (the
 * umask decides its permissions); an existing log keeps its permissions.
 */
final class AtomicAppend {
  private static final AtomicLong COPIES = new AtomicLong();

  private AtomicAppend() {}

  /**
   * The last line of a log that is not blank: what tells where the log's chain ends, or a line a writer
   * stopped writing mid-way.
   *
   * @param number its number, from 1
   * @param text its text, without its line break
   * @param terminated whether a line break ends the log (only blanks may follow the line)
   */
  record LastLine(int number, String text, boolean terminated) {}

  /**
   * Appends text to a log, under its lock.
   *
   * @param log the log (created when absent)
   * @param text the text to append, given the log's last line that is not blank, if any (the caller
   *     may refuse it by throwing); empty to append nothing. A line break is put before it when the
   *     log's last line has none.
   * @throws UncheckedIOException if the log cannot be read or written; it is left as it was
   */
  static void append(Path log, Function<Optional<LastLine>, String> text) {
    LogLock.holding(log, () -> {
      Path real = LogLock.real(log);
      try {
        boolean exists = Files.exists(real);
        Optional<LastLine> last = exists ? lastLine(log, real) : Optional.empty();
        String added = text.apply(last);
        if (!added.isEmpty()) {
          boolean unterminated = last.isPresent() && !last.get().terminated();
          write(real, exists, (unterminated ? "\n" : "") + added);
        }
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException(log + ": " + e.getMessage(), e);
      }
    });
  }

  /**
   * Removes the temporary copies a writer killed mid-append left beside a log. Only for a holder of
   * the log's lock: no one else then writes a copy.
   *
   * @param real the log's real path
   * @throws UncheckedIOException if the folder cannot be listed or a copy cannot be removed
   */
  static void removeLeftovers(Path real) {
    Pattern copy = Pattern.compile("\\." + Pattern.quote(String.valueOf(real.getFileName()))
        + "\\.dmz-[0-9]+-[0-9]+\\.tmp");
    try (DirectoryStream<Path> copies = Files.newDirectoryStream(real.getParent(),
        file -> copy.matcher(String.valueOf(file.getFileName())).matches())) {
      for (Path leftover : copies) {
        Files.deleteIfExists(leftover);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(real.getParent() + ": " + e.getMessage(), e);
    }
  }

  private static void write(Path real, boolean exists, String added) throws IOException {
    Path copy = real.resolveSibling("." + real.getFileName() + ".dmz-" + ProcessHandle.current().pid() + "-"
        + COPIES.incrementAndGet() + ".tmp");
    Optional<Set<PosixFilePermission>> permissions = exists ? permissions(real) : Optional.empty();
    try {
      if (permissions.isPresent()) {
        // created no more open than the log (the umask may close it further), then exactly as the log
        Files.createFile(copy, PosixFilePermissions.asFileAttribute(permissions.get()));
        Files.setPosixFilePermissions(copy, permissions.get());
      } else {
        Files.createFile(copy);
      }
      try (FileChannel out = FileChannel.open(copy, StandardOpenOption.WRITE)) {
        if (exists) {
          try (FileChannel in = FileChannel.open(real, StandardOpenOption.READ)) {
            long size = in.size();
            for (long done = 0; done < size; ) {
              done += in.transferTo(done, size - done, out);
            }
          }
        }
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(added);
        while (bytes.hasRemaining()) {
          out.write(bytes);
        }
        out.force(true);
      }
      Files.move(copy, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  private static Optional<Set<PosixFilePermission>> permissions(Path real) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(real, PosixFileAttributeView.class);
    return view == null ? Optional.empty() : Optional.of(view.readAttributes().permissions());
  }

  /**
   * The last line of a log that is not blank, found backwards from its end: only the last lines are
   * read, and the line breaks before them counted.
   */
  static Optional<LastLine> lastLine(Path log, Path real) throws IOException {
    try (FileChannel in = FileChannel.open(real, StandardOpenOption.READ)) {
      long size = in.size();
      long end = size;
      ByteBuffer one = ByteBuffer.allocate(1);
      while (end > 0) {
        one.clear();
        readFully(in, one, end - 1);
        byte b = one.get(0);
        if (b != '\n' && b != '\r' && b != ' ' && b != '\t') {
          break;
        }
        end--;
      }
      if (end == 0) {
        return Optional.empty();
      }
      long start = end;
      ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
      boolean found = false;
      while (start > 0 && !found) {
        int length = (int) Math.min(buffer.capacity(), start);
        buffer.clear().limit(length);
        readFully(in, buffer, start - length);
        int i = length;
        while (i > 0 && buffer.get(i - 1) != '\n') {
          i--;
        }
        found = i > 0;
        start = start - length + i;
        if (end - start > InputLimits.document()) {
          throw TextFile.refusal(log, "its last line is longer than "
              + InputLimits.words(InputLimits.document(), "a document"));
        }
      }
      ByteBuffer line = ByteBuffer.allocate((int) (end - start));
      readFully(in, line, start);
      boolean terminated = !endsWithoutBreak(in);
      return Optional.of(new LastLine(lines(in, start) + 1, StandardCharsets.UTF_8.decode(line.flip()).toString(),
          terminated));
    }
  }

  private static boolean endsWithoutBreak(FileChannel in) throws IOException {
    long size = in.size();
    if (size == 0) {
      return false;
    }
    ByteBuffer one = ByteBuffer.allocate(1);
    readFully(in, one, size - 1);
    return one.get(0) != '\n';
  }

  private static void readFully(FileChannel in, ByteBuffer buffer, long position) throws IOException {
    while (buffer.hasRemaining()) {
      if (in.read(buffer, position + buffer.position()) < 0) {
        throw new IOException("ended before its size, as it was read");
      }
    }
  }

  /** How many line breaks a file has before a position. */
  private static int lines(FileChannel in, long end) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    int count = 0;
    for (long position = 0; position < end; ) {
      buffer.clear().limit((int) Math.min(buffer.capacity(), end - position));
      int read = in.read(buffer, position);
      if (read < 0) {
        break;
      }
      for (int i = 0; i < read; i++) {
        if (buffer.get(i) == '\n') {
          count++;
        }
      }
      position += read;
    }
    return count;
  }
}
