package dev.dmz.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A benchmark's files: a temporary folder, removed whole at the end of its trial. */
final class ScratchFolder {
  private ScratchFolder() {}

  /**
   * Removes a folder and everything in it.
   *
   * @param folder the folder
   * @throws IOException if it cannot be read
   */
  static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> {
        try {
          Files.delete(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
