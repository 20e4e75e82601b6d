package dev.dmz.json.store;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.json.DocumentException;
import dev.dmz.json.Documents;
import dev.dmz.json.Entry;
import dev.dmz.json.EventLog;
import dev.dmz.json.Head;
import dev.dmz.json.InputLimits;
import dev.dmz.json.LogLines;
import dev.dmz.json.LogLock;
import dev.dmz.json.VersionConflict;
import dev.dmz.rules.Decision;
import dev.dmz.rules.RuleBook;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
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
 * head is a {@link VersionConflict}. Reading streams the log line by line ({@link LogLines}) from a
 * known place: the byte where an entry starts, which the snapshot file notes for the snapshot's entry
 * and {@code ID.index} for the last entry of each of the latest {@value #PLACES} appends made through
 * a store. Before a place is used, the line there must be that entry (its hash its own, its sequence
 * and hash the noted ones); a place that does not hold (the log rewritten, the index edited or gone)
 * is passed over, and the log read from an earlier place or from its start. So reading the entries
 * after a head, as {@link #catchUp} and a load do, costs those entries and the ones since the nearest
 * place before them, not the whole log; so does saving a snapshot at a recent head.
 *
 * <p>The cost: an append copies the log (the price of an atomic append to a plain file). A system
 * with many writers or long records is better served by {@code PostgresProgramStore}.
 */
public final class FileProgramStore implements ProgramStore {
  /** The most bytes an index is read from: its 32 places take a few KB; a larger one is no index. */
  private static final long INDEX_BYTES = 64 * 1024;
  private static final String LOG = ".jsonl";
  private static final String CHARTER = ".charter.json";
  private static final String SNAPSHOT = ".snapshot";
  private static final String INDEX = ".index";
  /** How many places the index keeps: the latest appends'. */
  static final int PLACES = 32;

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
    Path log = log(id);
    return LogLock.holding(log, () -> {
      Head head;
      try {
        head = EventLog.append(log, expected, decisions);
      } catch (VersionConflict e) {
        throw new VersionConflict(Loading.source(id), e.expected(), e.actual());
      }
      if (!decisions.isEmpty()) {
        note(id, new Place(head, lastLineStart(log)));
      }
      return head;
    });
  }

  @Override
  public void readLines(ProgramId id, long after, LineReader reader) {
    requireExists(id);
    read(id, after, (sequence, line, start) -> reader.read(sequence, line));
  }

  /** Reads a log's lines with where each starts. */
  @FunctionalInterface
  private interface Lines {
    void line(long sequence, String line, long start);
  }

  /** Gives the lines after a place in the record, read from the nearest known place that holds. */
  private void read(ProgramId id, long after, Lines reader) {
    Path log = log(id);
    for (Place place : placesUpTo(id, after + 1)) {
      try {
        read(id, log, place, after, reader);
        return;
      } catch (NotHere e) {
        // the place does not hold: an earlier one, or the log's start
      }
    }
    long[] sequence = {0};
    LogLines.read(log, 0, 1, (line, number, lineStart, terminated) -> {
      sequence[0]++;
      if (sequence[0] > after) {
        reader.line(sequence[0], line, lineStart);
      }
    });
  }

  /**
   * Reads from a place: its line must be the entry it names, or nothing is given to the reader and
   * {@link NotHere} is thrown.
   */
  private static void read(ProgramId id, Path log, Place place, long after, Lines reader) {
    if (!startsLine(log, place.start())) {
      throw new NotHere();
    }
    long[] sequence = {place.head().entries() - 1};
    LogLines.read(log, place.start(), 1, (line, number, lineStart, terminated) -> {
      if (sequence[0] == place.head().entries() - 1) {
        requireAt(id, place, line);
      }
      sequence[0]++;
      if (sequence[0] > after) {
        reader.line(sequence[0], line, lineStart);
      }
    });
    if (sequence[0] < place.head().entries()) {
      throw new NotHere(); // nothing at the place: the log is shorter than the index says
    }
  }

  /** Checks that a line is the entry a place names: its own hash, the noted sequence and hash. */
  private static void requireAt(ProgramId id, Place place, String line) {
    Head found;
    try {
      found = Entry.read(line, Loading.source(id), Loading.lineNumber(place.head().entries())).head();
    } catch (DocumentException e) {
      throw new NotHere();
    }
    if (!found.equals(place.head())) {
      throw new NotHere();
    }
  }

  /** Whether a byte offset is the start of a line: the log's start, or just after a line break. */
  private static boolean startsLine(Path log, long start) {
    if (start == 0) {
      return true;
    }
    try (FileChannel in = FileChannel.open(log, StandardOpenOption.READ)) {
      ByteBuffer before = ByteBuffer.allocate(1);
      return start > 0 && start <= in.size() && in.read(before, start - 1) == 1 && before.get(0) == '\n';
    } catch (IOException e) {
      throw new StoreException(log + ": " + e.getMessage(), e);
    }
  }

  /** Where the last line of a log that ends with a line break starts. */
  private static long lastLineStart(Path log) {
    try (FileChannel in = FileChannel.open(log, StandardOpenOption.READ)) {
      long end = in.size() - 1; // the last line's break
      ByteBuffer chunk = ByteBuffer.allocate(8192);
      for (long to = end; to > 0; to -= chunk.capacity()) {
        long from = Math.max(0, to - chunk.capacity());
        chunk.clear().limit((int) (to - from));
        while (chunk.hasRemaining() && in.read(chunk, from + chunk.position()) >= 0) {
          // until the chunk is full
        }
        for (int i = chunk.position() - 1; i >= 0; i--) {
          if (chunk.get(i) == '\n') {
            return from + i + 1;
          }
        }
      }
      return 0;
    } catch (IOException e) {
      throw new StoreException(log + ": " + e.getMessage(), e);
    }
  }

  /**
   * Whether the log still holds a place: its line starts there and is the entry it names. A kept
   * snapshot of a log since replaced (restored from a backup, say) no longer holds, and does not stop
   * a new one from being saved.
   */
  private boolean holds(ProgramId id, Place place) {
    Path log = log(id);
    if (!startsLine(log, place.start())) {
      return false;
    }
    try {
      LogLines.read(log, place.start(), 1, (line, number, start, terminated) -> {
        requireAt(id, place, line);
        throw new Held(); // the one line is enough
      });
    } catch (Held e) {
      return true;
    } catch (NotHere | DocumentException e) {
      return false;
    }
    return false; // nothing at the place: the log is shorter
  }

  /** The line at a place was the entry it names. */
  private static final class Held extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Held() {
      super("the place holds the entry it names", null, false, false);
    }
  }

  /** The place is not the entry it names. */
  private static final class NotHere extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotHere() {
      super("the place does not hold the entry it names", null, false, false);
    }
  }

  @Override
  public void saveSnapshot(ProgramId id, Snapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot is null");
    requireExists(id);
    LogLock.holding(log(id), () -> {
      if (place(id).filter(p -> p.head().entries() >= snapshot.head().entries()).filter(p -> holds(id, p))
          .isPresent()) {
        return null; // an older snapshot than the latest kept (whose place the log still holds)
      }
      long at = snapshot.head().entries();
      long[] start = {-1};
      read(id, at - 1, (sequence, line, lineStart) -> {
        if (sequence == at) {
          start[0] = lineStart;
        }
      });
      if (start[0] < 0) {
        throw new StoreException(Loading.source(id) + ": a snapshot at entry " + at + ", but the record has "
            + EventLog.head(log(id)).entries() + " entries", null);
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
    // once: the head and the state from the same save; a snapshot larger than a log may be is none
    return read(file, InputLimits.eventLog()).flatMap(text -> place(text)
        .map(p -> new Snapshot(p.head(), text.substring(text.indexOf('\n') + 1))));
  }

  @Override
  public String toString() {
    return "the folder " + folder;
  }

  /** Where a snapshot's entry starts in the log. */
  private record Place(Head head, long start) {}

  /**
   * The known places at or before an entry, the nearest first: the snapshot's and the index's. An
   * index that does not read is none.
   */
  private List<Place> placesUpTo(ProgramId id, long entry) {
    List<Place> places = new ArrayList<>(indexed(id));
    place(id).ifPresent(places::add);
    return places.stream().filter(p -> p.head().entries() >= 1 && p.head().entries() <= entry)
        .sorted(Comparator.comparingLong((Place p) -> p.head().entries()).reversed()).distinct().toList();
  }

  /** The places the index notes, one a line: the entry's head and where its line starts. */
  private List<Place> indexed(ProgramId id) {
    Path file = indexFile(id);
    if (!Files.exists(file)) {
      return List.of();
    }
    Optional<String> text;
    try {
      text = read(file, INDEX_BYTES);
    } catch (StoreException e) {
      return List.of(); // a cache that cannot be read is none
    }
    List<Place> places = new ArrayList<>();
    for (String line : text.orElse("").split("\n")) {
      place(line).ifPresent(places::add);
    }
    return places;
  }

  /**
   * Notes a place in the index, keeping the latest {@value #PLACES}; under the log's lock. The index
   * is a cache: a failure to write it leaves the old one, and reading passes over what does not hold.
   */
  private void note(ProgramId id, Place place) {
    List<Place> places = new ArrayList<>(indexed(id));
    places.add(place);
    StringBuilder text = new StringBuilder();
    // the new place is the log's head: a place beyond it is of a log that is no longer there
    List<Place> kept = places.stream().filter(p -> p.head().entries() <= place.head().entries())
        .sorted(Comparator.comparingLong((Place p) -> p.head().entries())).distinct().toList();
    kept.subList(Math.max(0, kept.size() - PLACES), kept.size())
        .forEach(p -> text.append(p.head()).append(' ').append(p.start()).append('\n'));
    try {
      replace(indexFile(id), text.toString());
    } catch (StoreException e) {
      // the append stands; reading finds its entries from an earlier place
    }
  }

  /** The place the snapshot file notes; a file that does not parse is no snapshot (loading replays). */
  private Optional<Place> place(ProgramId id) {
    Path file = snapshotFile(id);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    // the note only, not the state after it (which grows with the program)
    try (InputStream in = Files.newInputStream(file)) {
      return place(new String(in.readNBytes(NOTE), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new StoreException(file + ": " + e.getMessage(), e);
    }
  }

  /** The most bytes a snapshot file's first line, its note, has: a head and an offset. */
  private static final int NOTE = 128;

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

  private Path indexFile(ProgramId id) {
    return folder.resolve(id.value() + INDEX);
  }

  private Path snapshotFile(ProgramId id) {
    return folder.resolve(id.value() + SNAPSHOT);
  }

  /**
   * Reads a cache of the store (a snapshot, the index) whole; one larger than a limit is not read, and
   * is none: the store does without it.
   */
  private static Optional<String> read(Path file, long limit) {
    try {
      return Files.size(file) > limit ? Optional.empty()
          : Optional.of(Files.readString(file, StandardCharsets.UTF_8));
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
