package dev.dmz.store.postgres;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.json.DocumentException;
import dev.dmz.json.Documents;
import dev.dmz.json.Entry;
import dev.dmz.json.Hash;
import dev.dmz.json.Head;
import dev.dmz.json.VersionConflict;
import dev.dmz.json.store.ProgramId;
import dev.dmz.json.store.ProgramStore;
import dev.dmz.json.store.Snapshot;
import dev.dmz.json.store.StoreException;
import dev.dmz.json.store.UnknownProgram;
import dev.dmz.rules.Decision;
import dev.dmz.rules.RuleBook;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Programs kept in a PostgreSQL database, over the embedding system's {@link DataSource} (a pool, or
 * the driver's {@code PGSimpleDataSource}): plain JDBC, three tables that {@code schema.sql} beside
 * this class defines ({@link #schema()}).
 *
 * <pre>{@code
 * PGSimpleDataSource dataSource = new PGSimpleDataSource();
 * dataSource.setURL("jdbc:postgresql://db.example.com/dmz");
 * dataSource.setUser("dmz");
 * dataSource.setPassword(password);
 * PostgresProgramStore store = PostgresProgramStore.over(dataSource);
 * store.createSchema();                                  // once; or psql --file=schema.sql
 * store.create(ProgramId.of("bms-2027"), charter);
 * DecisionRecorder.over(store).record(ProgramId.of("bms-2027"), command);
 * }</pre>
 *
 * <p><b>Rows.</b> A program is a row of {@code dmz_programs} (its key and its charter as a {@code
 * dmz.charter/1} JSON document); each entry of its record a row of {@code dmz_entries} (program,
 * sequence, previous entry's hash, its own hash, and its line exactly as {@link Entry#line()} writes
 * it, the line the file store keeps, so that a record moves between the stores byte for byte); its
 * latest snapshot a row of {@code dmz_snapshots}.
 *
 * <p><b>Concurrency.</b> An append is one transaction at READ COMMITTED: it reads the record's head,
 * refuses with a {@link VersionConflict} if it is not the expected one (the count or the hash), and
 * inserts the entries chained from it. Two writers that read the same head both insert the same
 * (program, sequence): the primary key lets the first in, and the second, once the first commits, is
 * refused (SQLState 23505) and told of a conflict with the winner's head. No table is locked, and
 * nothing of a refused append is stored. Every call takes one connection from the DataSource and gives
 * it back; the store holds nothing else, so it is thread-safe and any number of processes may share
 * the database.
 *
 * <p><b>Reading.</b> {@link #readLines} streams a record through a server-side cursor, a few hundred
 * rows at a time, so that a record of a million entries is never held in memory.
 *
 * <p><b>Failures.</b> Every failure of the database (down, refusing the password, missing the tables)
 * is a {@link StoreException} whose message names the program, what the store was doing and what the
 * database said; the driver's exception is its cause.
 */
public final class PostgresProgramStore implements ProgramStore {
  /** Where the schema is, as a resource beside this class. */
  public static final String SCHEMA_RESOURCE = "/dev/dmz/store/postgres/schema.sql";

  /** How many rows a cursor fetches at a time. */
  static final int FETCH_SIZE = 512;

  private static final String WHERE = "the PostgreSQL database";
  private static final String UNIQUE_VIOLATION = "23505";
  private static final String UNDEFINED_TABLE = "42P01";
  /** The advisory lock that {@link #createSchema()} holds: "dmz.sch" in ASCII. */
  private static final long SCHEMA_LOCK = 0x646d7a2e736368L;

  private static final String HEAD = "SELECT e.sequence, e.hash FROM dmz_programs p LEFT JOIN LATERAL ("
      + "SELECT sequence, hash FROM dmz_entries WHERE program = p.program ORDER BY sequence DESC LIMIT 1) e ON TRUE "
      + "WHERE p.program = ?";
  private static final String INSERT_ENTRY =
      "INSERT INTO dmz_entries (program, sequence, previous, hash, line) VALUES (?, ?, ?, ?, ?)";
  private static final String LINES =
      "SELECT sequence, line FROM dmz_entries WHERE program = ? AND sequence > ? ORDER BY sequence";
  private static final String EXISTS = "SELECT 1 FROM dmz_programs WHERE program = ?";
  private static final String CHARTER = "SELECT charter FROM dmz_programs WHERE program = ?";
  private static final String INSERT_PROGRAM =
      "INSERT INTO dmz_programs (program, charter) VALUES (?, ?) ON CONFLICT (program) DO NOTHING";
  private static final String SAVE_SNAPSHOT = "INSERT INTO dmz_snapshots (program, sequence, hash, document) "
      + "VALUES (?, ?, ?, ?) ON CONFLICT (program) DO UPDATE SET sequence = EXCLUDED.sequence, hash = EXCLUDED.hash, "
      + "document = EXCLUDED.document WHERE dmz_snapshots.sequence < EXCLUDED.sequence";
  private static final String LATEST_SNAPSHOT = "SELECT s.sequence, s.hash, s.document FROM dmz_programs p "
      + "LEFT JOIN dmz_snapshots s ON s.program = p.program WHERE p.program = ?";

  private final DataSource dataSource;
  private final RuleBook book;

  private PostgresProgramStore(DataSource dataSource, RuleBook book) {
    this.dataSource = dataSource;
    this.book = book;
  }

  /**
   * A store in the database a DataSource connects to, under the standard rule book. Nothing is
   * connected to until the store is used.
   *
   * @param dataSource where connections come from
   * @return the store
   */
  public static PostgresProgramStore over(DataSource dataSource) {
    return over(dataSource, RuleBook.standard());
  }

  /**
   * A store in the database a DataSource connects to, under a rule book. Nothing is connected to until
   * the store is used.
   *
   * @param dataSource where connections come from
   * @param book the rule book its programs run under
   * @return the store
   */
  public static PostgresProgramStore over(DataSource dataSource, RuleBook book) {
    Objects.requireNonNull(dataSource, "dataSource is null");
    Objects.requireNonNull(book, "book is null");
    return new PostgresProgramStore(dataSource, book);
  }

  /**
   * The SQL that creates the store's tables, the text of {@link #SCHEMA_RESOURCE}: for a migration tool
   * or for {@code psql}. Every statement is {@code CREATE TABLE IF NOT EXISTS}.
   *
   * @return the statements, separated by semicolons, with comments saying what each column holds
   */
  public static String schema() {
    try (InputStream in = PostgresProgramStore.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from dmz-store-postgres' jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(SCHEMA_RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /**
   * Creates the store's tables where they do not exist yet ({@link #schema()}), in one transaction:
   * applying it again changes nothing, and stores that create it at the same time (the instances of a
   * system that start together) take turns (a transaction-scoped advisory lock).
   *
   * @throws StoreException if the database cannot be reached, the user may not create tables, or the
   *     database is not encoded UTF8 (its lines would not be kept byte for byte)
   */
  public void createSchema() {
    try (Connection connection = dataSource.getConnection()) {
      try (Statement statement = connection.createStatement();
          ResultSet encoding = statement.executeQuery("SHOW server_encoding")) {
        encoding.next();
        if (!"UTF8".equals(encoding.getString(1))) {
          throw new StoreException(WHERE + " is encoded " + encoding.getString(1) + ": dmz keeps its records as "
              + "UTF-8 text; create the database with ENCODING 'UTF8'", null);
        }
      }
      try (Statement statement = connection.createStatement();
          ResultSet tables = statement.executeQuery("SELECT to_regclass('dmz_programs') IS NOT NULL"
              + " AND to_regclass('dmz_entries') IS NOT NULL AND to_regclass('dmz_snapshots') IS NOT NULL")) {
        tables.next();
        if (tables.getBoolean(1)) {
          return; // in place: a writer without the privilege to create tables needs none
        }
      }
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        // instances of a system that start together each create the schema: one at a time, or two
        // CREATE TABLE IF NOT EXISTS of one table may both try to create it
        statement.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
        statement.execute(schema());
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("could not create the schema in " + WHERE + ": " + said(e), e);
    }
  }

  @Override
  public RuleBook ruleBook() {
    return book;
  }

  @Override
  public void create(ProgramId id, ProgramCharter charter) {
    Objects.requireNonNull(id, "id is null");
    String document = Documents.CHARTER.writeJson(Objects.requireNonNull(charter, "charter is null"));
    transaction(id, "create the program", connection -> {
      try (PreparedStatement insert = connection.prepareStatement(INSERT_PROGRAM)) {
        insert.setString(1, id.value());
        insert.setString(2, document);
        if (insert.executeUpdate() == 1) {
          return null;
        }
      }
      // the program exists, or another writer created it and committed meanwhile: the statement waited
      if (!charter(connection, id).map(charter::equals).orElse(false)) {
        throw new StoreException(source(id) + ": exists in " + WHERE + " with another charter", null);
      }
      return null;
    });
  }

  @Override
  public Optional<ProgramCharter> charter(ProgramId id) {
    Objects.requireNonNull(id, "id is null");
    return transaction(id, "read the charter", connection -> charter(connection, id));
  }

  @Override
  public Head head(ProgramId id) {
    Objects.requireNonNull(id, "id is null");
    return transaction(id, "read the head of the record", connection -> head(connection, id));
  }

  @Override
  public Head append(ProgramId id, Head expected, List<Decision> decisions) {
    Objects.requireNonNull(id, "id is null");
    Objects.requireNonNull(expected, "expected is null");
    List<Decision> appended = List.copyOf(Objects.requireNonNull(decisions, "decisions is null"));
    return transaction(id, "append to the record", connection -> {
      Head actual = head(connection, id);
      if (!actual.equals(expected)) {
        throw new VersionConflict(source(id), expected, actual);
      }
      Head head = expected;
      try (PreparedStatement insert = connection.prepareStatement(INSERT_ENTRY)) {
        for (Decision decision : appended) {
          Entry entry = Entry.after(head, decision);
          insert.setString(1, id.value());
          insert.setLong(2, entry.sequence());
          insert.setString(3, entry.previous().hex());
          insert.setString(4, entry.hash().hex());
          insert.setString(5, entry.line());
          insert.addBatch();
          head = entry.head();
        }
        insert.executeBatch();
      } catch (SQLException e) {
        if (!isUniqueViolation(e)) {
          throw e;
        }
        // another writer inserted at the same place and committed first: its head is the record's now
        connection.rollback();
        throw new VersionConflict(source(id), expected, head(connection, id));
      }
      return head;
    });
  }

  @Override
  public void readLines(ProgramId id, long after, LineReader reader) {
    Objects.requireNonNull(id, "id is null");
    Objects.requireNonNull(reader, "reader is null");
    transaction(id, "read the record", connection -> {
      requireExists(connection, id);
      try (PreparedStatement select = connection.prepareStatement(LINES)) {
        select.setFetchSize(FETCH_SIZE); // a cursor: autocommit is off, the result set forward only
        select.setString(1, id.value());
        select.setLong(2, after);
        try (ResultSet lines = select.executeQuery()) {
          while (lines.next()) {
            reader.read(lines.getLong(1), lines.getString(2));
          }
        }
      }
      return null;
    });
  }

  @Override
  public void saveSnapshot(ProgramId id, Snapshot snapshot) {
    Objects.requireNonNull(id, "id is null");
    Objects.requireNonNull(snapshot, "snapshot is null");
    transaction(id, "save a snapshot", connection -> {
      Head head = head(connection, id);
      long at = snapshot.head().entries();
      if (at < 1 || at > head.entries()) {
        throw new StoreException(source(id) + ": a snapshot at entry " + at + ", but the record has "
            + head.entries() + " entries", null);
      }
      try (PreparedStatement save = connection.prepareStatement(SAVE_SNAPSHOT)) {
        save.setString(1, id.value());
        save.setLong(2, at);
        save.setString(3, snapshot.head().hash().hex());
        save.setString(4, snapshot.document());
        save.executeUpdate(); // no row when the kept snapshot is as late or later
      }
      return null;
    });
  }

  @Override
  public Optional<Snapshot> latestSnapshot(ProgramId id) {
    Objects.requireNonNull(id, "id is null");
    return transaction(id, "read the latest snapshot", connection -> {
      try (PreparedStatement select = connection.prepareStatement(LATEST_SNAPSHOT)) {
        select.setString(1, id.value());
        try (ResultSet row = select.executeQuery()) {
          if (!row.next()) {
            throw new UnknownProgram(id, WHERE);
          }
          String hash = row.getString(2);
          return hash == null ? Optional.empty()
              : Optional.of(new Snapshot(head(id, row.getLong(1), hash), row.getString(3)));
        }
      }
    });
  }

  @Override
  public String toString() {
    return WHERE;
  }

  /** What a store does in a transaction, given its connection. */
  @FunctionalInterface
  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs work in a transaction of its own at READ COMMITTED, on a connection of its own: committed if
   * it returns, rolled back if it throws. A failure of the database is a StoreException naming the
   * program and what was being done.
   */
  private <T> T transaction(ProgramId id, String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(source(id) + ": could not " + what + " in " + WHERE + ": " + said(e), e);
    }
  }

  private static void rollback(Connection connection, Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private static Optional<ProgramCharter> charter(Connection connection, ProgramId id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(CHARTER)) {
      select.setString(1, id.value());
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        try {
          return Optional.of(Documents.CHARTER.readJson(row.getString(1), source(id) + "'s charter"));
        } catch (DocumentException e) {
          throw new StoreException(source(id) + ": the charter in " + WHERE + " is not one dmz wrote: "
              + e.getMessage(), e);
        }
      }
    }
  }

  /** The head as the last entry's row names it; an unknown program is refused. */
  private static Head head(Connection connection, ProgramId id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(HEAD)) {
      select.setString(1, id.value());
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new UnknownProgram(id, WHERE);
        }
        String hash = row.getString(2);
        return hash == null ? Head.EMPTY : head(id, row.getLong(1), hash);
      }
    }
  }

  private static Head head(ProgramId id, long sequence, String hash) {
    try {
      return new Head(sequence, Hash.parse(hash));
    } catch (RuntimeException e) {
      throw new StoreException(source(id) + ": " + WHERE + " holds a head dmz could not have written, entry "
          + sequence + " with the hash " + hash + ": " + e.getMessage(), e);
    }
  }

  private static void requireExists(Connection connection, ProgramId id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(EXISTS)) {
      select.setString(1, id.value());
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new UnknownProgram(id, WHERE);
        }
      }
    }
  }

  /** Whether the database refused a row for a key another row holds: in a batch, the cause says so. */
  private static boolean isUniqueViolation(SQLException failure) {
    for (Throwable e : failure) {
      if (e instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** What the database said, on one line, with its SQLState and a hint where one helps. */
  private static String said(SQLException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
    String state = e.getSQLState() == null ? "" : " (SQLState " + e.getSQLState() + ")";
    String hint = UNDEFINED_TABLE.equals(e.getSQLState())
        ? "; create the store's tables first: PostgresProgramStore.createSchema(), or psql --file=schema.sql" : "";
    return message.replaceAll("\\s*\\R\\s*", " ") + state + hint;
  }

  private static String source(ProgramId id) {
    return "program " + id;
  }
}
