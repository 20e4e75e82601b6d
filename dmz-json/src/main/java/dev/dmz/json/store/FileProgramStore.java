package dev.dmz.json.store;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.json.Documents;
import dev.dmz.json.EventLog;
import dev.dmz.json.Head;
import dev.dmz.json.LogLines;
import dev.dmz.json.LogLock;
import dev.dmz.json.VersionConflict;
import dev.dmz.rules.Decision;
import dev.dmz.rules.RuleBook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Programs kept as files in a folder, the embedded default: for a program {@code ID}, its charter in
 * {@code ID.charter.json}, its record in {@code ID.jsonl} (the event log of {@link EventLog}, one entry
 * a line) and its latest snapshot in {@code ID.snapshot}.
 *
 * <p>Appends go through {@link EventLog#append(Path, Head, List)}: atomic, under the log's {@link
 * LogLock}, so that any number of threads and processes may share the folder; an append at a stale
 * head is a {@link VersionConflict}. Reading streams the log line by line ({@link LogLines}) and
 * starts a load at the byte where the latest snapshot's entry is, which the snapshot file notes.
 *
 * <p>The cost: an append copies the log (the price of an atomic append to a plain file), and reading
 * the entries after a place with no snapshot there scans the lines before it, without parsing them.
 * A system with many writers or long records is better served by {@code PostgresProgramStore}.
 */
public final class FileProgramStore implements ProgramStore {
  private static final String LOG = ".jsonl";
  private static final String CHARTER = ".charter.json";
  private static final String SNAPSHOT = ".snapshot";

  private final Path folder;
  private final RuleBook book;

  private FileProgramStore(Path folder, RuleBook book) {
    this.folder = folder;
    this.book = book;
  }

  /**
   * A store in a folder, under the standard rule book.
   *
   * @param folder the folder, which must exist
   * @return the store
   * @throws UncheckedIOException if the folder does not exist or is not a folder
   */
  public static FileProgramStore in(Path folder) {
    return in(folder, RuleBook.standard());
  }

  /**
   * A store in a folder, under a rule book.
   *
   * @param folder the folder, which must exist
   * @param book the rule book its programs run under
   * @return the store
   * @throws UncheckedIOException if the folder does not exist or is not a folder
   */
  public static FileProgramStore in(Path folder, RuleBook book) {
    Objects.requireNonNull(folder, "folder is null");
    Objects.requireNonNull(book, "book is null");
    if (!Files.isDirectory(folder)) {
      throw new UncheckedIOException(folder + ": is not a folder", new IOException(folder + " is not a folder"));
    }
    return new FileProgramStore(folder, book);
  }

  /**
   * The file that holds a program's record: an event log, which {@code dmz verify} reads.
   *
   * @param id the program's key
   * @return the log's path
   */
  public Path log(ProgramId id) {
    return folder.resolve(id.value() + LOG);
  }

  @Override
  public RuleBook ruleBook() {
    return book;
  }

  @Override
  public void create(ProgramId id, ProgramCharter charter) {
    Objects.requireNonNull(charter, "charter is null");
    LogLock.holding(log(id), () -> {
      Optional<ProgramCharter> existing = charter(id);
      if (existing.isPresent()) {
        if (!existing.get().equals(charter)) {
          throw new StoreException(Loading.source(id) + ": exists in " + folder + " with another charter", null);
        }
        return null;
      }
      replace(charterFile(id), Documents.CHARTER.writeJson(charter));
      return null;
    });
  }

  @Override
  public Optional<ProgramCharter> charter(ProgramId id) {
    Path file = charterFile(id);
    return Files.exists(file) ? Optional.of(Documents.CHARTER.read(file)) : Optional.empty();
  }

  @Override
  public Head head(ProgramId id) {
    requireExists(id);
    return EventLog.head(log(id));
  }

  @Override
  public Head append(ProgramId id, Head expected, List<Decision> decisions) {
    Objects.requireNonNull(expected, "expected is null");
    Objects.requireNonNull(decisions, "decisions is null");
    requireExists(id);
    try {
      return EventLog.append(log(id), expected, decisions);
    } catch (VersionConflict e) {
      throw new VersionConflict(Loading.source(id), e.expected(), e.actual());
    }
  }

  @Override
  public void readLines(ProgramId id, long after, LineReader reader) {
    requireExists(id);
    Optional<Place> place = place(id).filter(p -> p.head().entries() == after + 1);
    long from = place.map(Place::start).orElse(0L);
    long[] sequence = {place.isPresent() ? after : 0};
    LogLines.read(log(id), from, 1, (line, number, lineStart, terminated) -> {
      sequence[0]++;
      if (sequence[0] > after) {
        reader.read(sequence[0], line);
      }
    });
  }

  @Override
  public void saveSnapshot(ProgramId id, Snapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot is null");
    requireExists(id);
    LogLock.holding(log(id), () -> {
      if (place(id).map(p -> p.head().entries() >= snapshot.head().entries()).orElse(false)) {
        return null; // an older snapshot than the latest kept
      }
      long[] start = {-1};
      long[] sequence = {0};
      LogLines.read(log(id), 0, 1, (line, number, lineStart, terminated) -> {
        sequence[0]++;
        if (sequence[0] == snapshot.head().entries()) {
          start[0] = lineStart;
        }
      });
      if (start[0] < 0) {
        throw new StoreException(Loading.source(id) + ": a snapshot at entry " + snapshot.head().entries()
            + ", but the record has " + sequence[0] + " entries", null);
      }
      replace(snapshotFile(id), snapshot.head() + " " + start[0] + "\n" + snapshot.document());
      return null;
    });
  }

  @Override
  public Optional<Snapshot> latestSnapshot(ProgramId id) {
    requireExists(id);
    Path file = snapshotFile(id);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    String text = read(file); // once: the head and the state from the same save
    int lineEnd = text.indexOf('\n');
    return place(text).map(p -> new Snapshot(p.head(), text.substring(lineEnd + 1)));
  }

  @Override
  public String toString() {
    return "the folder " + folder;
  }

  /** Where a snapshot's entry starts in the log. */
  private record Place(Head head, long start) {}

  /** The place the snapshot file notes; a file that does not parse is no snapshot (loading replays). */
  private Optional<Place> place(ProgramId id) {
    Path file = snapshotFile(id);
    return Files.exists(file) ? place(read(file)) : Optional.empty();
  }

  private static Optional<Place> place(String snapshotFile) {
    int lineEnd = snapshotFile.indexOf('\n');
    String[] words = (lineEnd < 0 ? snapshotFile : snapshotFile.substring(0, lineEnd)).split(" ");
    try {
      Place place = new Place(Head.parse(words[0]), Long.parseLong(words[1]));
      return place.start() >= 0 ? Optional.of(place) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private void requireExists(ProgramId id) {
    if (!Files.exists(charterFile(id))) {
      throw new UnknownProgram(id, toString());
    }
  }

  private Path charterFile(ProgramId id) {
    return folder.resolve(id.value() + CHARTER);
  }

  private Path snapshotFile(ProgramId id) {
    return folder.resolve(id.value() + SNAPSHOT);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException(file + ": " + e.getMessage(), e);
    }
  }

  /** Writes a file whole or not at all: a copy beside it, moved over it. */
  private static void replace(Path file, String text) {
    Path copy = file.resolveSibling("." + file.getFileName() + ".tmp");
    try {
      Files.writeString(copy, text, StandardCharsets.UTF_8);
      Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new StoreException(file + ": " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(copy);
      } catch (IOException e) {
        // the copy is left; the next write replaces it
      }
    }
  }
}
