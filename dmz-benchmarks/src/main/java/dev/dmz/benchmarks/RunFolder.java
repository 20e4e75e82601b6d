package dev.dmz.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The files that benchmarks read (records of 100,000 and 1,000,000 entries, a log to report on), each
 * written once in a run of the suite and read by every fork that needs it.
 *
 * <p>{@link Suite} makes a folder for its run, names it to every fork in the system property {@value
 * #PROPERTY}, and removes it at the end. The first fork that asks for a file set by its name writes it
 * into a folder of its own beside the others and then renames that folder to the name, in one move: a
 * later fork finds the whole set or nothing. The sets' names carry what makes them (the history and
 * its length), so that two sets never share a name. Forks run one at a time, so no two write the
 * same set. Without the property (JMH run on its own, or from an IDE) each fork writes its own set
 * into a temporary folder, removed at the fork's end ({@link #release}).
 *
 * <p>Written once, a record of 1,000,000 entries costs the suite one write instead of one a fork: in
 * a run under a build, the five forks of {@link StoreBenchmarks} and two of {@link
 * SteadyStoreBenchmarks} at that size each spent a minute writing their record before they measured.
 */
final class RunFolder {
  /** The system property that names the run's folder to the forks. */
  static final String PROPERTY = "dmz.benchmarks.run";

  private RunFolder() {}

  /** Writes a set of files into an empty folder. */
  @FunctionalInterface
  interface Writer {
    /**
     * Writes the files.
     *
     * @param folder the folder, empty
     * @throws IOException if they cannot be written
     */
    void write(Path folder) throws IOException;
  }

  /**
   * The folder holding a set of files, written by the writer unless this run wrote it already.
   *
   * @param name the set's name, unique in the suite: what makes it, and its size
   * @param writer what writes it
   * @return the folder; the caller reads it and gives it to {@link #release} when done
   * @throws IOException if the set cannot be written
   */
  static Path written(String name, Writer writer) throws IOException {
    Optional<Path> run = run();
    if (run.isEmpty()) {
      Path own = Files.createTempDirectory("dmz-benchmark-" + name);
      writer.write(own);
      return own;
    }
    Path folder = run.orElseThrow().resolve(name);
    if (Files.isDirectory(folder)) {
      return folder;
    }
    Path partial = Files.createTempDirectory(run.orElseThrow(), name + ".partial-");
    try {
      writer.write(partial);
    } catch (IOException | RuntimeException e) {
      ScratchFolder.delete(partial); // what was written is no set: the next fork writes it again
      throw e;
    }
    Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
    return folder;
  }

  /**
   * Removes a folder {@link #written} gave, unless the run shares it with its next forks.
   *
   * @param folder the folder
   * @throws IOException if it cannot be removed
   */
  static void release(Path folder) throws IOException {
    if (run().isEmpty()) {
      ScratchFolder.delete(folder);
    }
  }

  private static Optional<Path> run() {
    return Optional.ofNullable(System.getProperty(PROPERTY)).map(Path::of);
  }
}
