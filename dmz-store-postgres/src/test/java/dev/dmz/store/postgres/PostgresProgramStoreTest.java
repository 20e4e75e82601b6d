package dev.dmz.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.json.Entry;
import dev.dmz.json.EventLog;
import dev.dmz.json.Head;
import dev.dmz.json.VersionConflict;
import dev.dmz.json.store.ProgramId;
import dev.dmz.json.store.ProgramStore;
import dev.dmz.json.store.Snapshot;
import dev.dmz.json.store.StoreException;
import dev.dmz.json.store.UnknownProgram;
import dev.dmz.rules.Decision;
import dev.dmz.store.contract.ProgramStoreContract;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The PostgreSQL store: a real server, the whole store contract and its own cases")
class PostgresProgramStoreTest extends ProgramStoreContract {
  private static PostgresProgramStore store;

  @Override
  protected ProgramStore store() {
    return schemaApplied();
  }

  private static synchronized PostgresProgramStore schemaApplied() {
    if (store == null) {
      store = PostgresProgramStore.over(TestDatabase.pooled());
      store.createSchema();
    }
    return store;
  }

  @Override
  protected void tamper(ProgramId id, long sequence, UnaryOperator<String> change) {
    String line = lines(id).get((int) sequence - 1);
    update("UPDATE dmz_entries SET line = ? WHERE program = ? AND sequence = ?", change.apply(line), id.value(),
        sequence);
  }

  @Test
  @DisplayName("the schema applied twice more, from the store and as the file's text, changes nothing")
  void schema_twice() throws SQLException {
    ProgramId id = created();
    Head head = store().append(id, Head.EMPTY, decisions(commands()));
    schemaApplied().createSchema();
    try (Connection connection = TestDatabase.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(PostgresProgramStore.schema());
    }
    schemaApplied().createSchema();
    assertEquals(head, store().head(id));
    assertEquals(5, store().entries(id, 0).size());
  }

  @Test
  @DisplayName("the stored lines are EventLog.write's of the same decisions, and the columns repeat them")
  void lines_as_the_log() {
    ProgramId id = created();
    List<Decision> decisions = decisions(commands());
    store().append(id, Head.EMPTY, decisions.subList(0, 3));
    store().append(id, store().head(id), decisions.subList(3, 5));

    List<String> lines = lines(id);
    assertEquals(EventLog.write(decisions), String.join("\n", lines) + "\n");
    List<String> columns = query("SELECT sequence || ' ' || previous || ' ' || hash FROM dmz_entries "
        + "WHERE program = ? ORDER BY sequence", id.value());
    Head head = Head.EMPTY;
    for (int i = 0; i < decisions.size(); i++) {
      Entry entry = Entry.after(head, decisions.get(i));
      assertEquals(entry.line(), lines.get(i));
      assertEquals(entry.sequence() + " " + entry.previous().hex() + " " + entry.hash().hex(), columns.get(i));
      head = entry.head();
    }
  }

  @Test
  @DisplayName("two appends that read the same head race to the key: one wins, the other is told the winner's head")
  void unique_key_race() throws Exception {
    ProgramId id = created();
    List<Decision> decisions = decisions(commands());
    Head start = store().append(id, Head.EMPTY, decisions.subList(0, 1));
    // both writers read the head before either inserts: the primary key, not the head check, decides
    CyclicBarrier bothReadTheHead = new CyclicBarrier(2);
    PostgresProgramStore racing = PostgresProgramStore.over(meetingBeforeInsert(bothReadTheHead));
    ExecutorService writers = Executors.newFixedThreadPool(2);
    try {
      Future<Head> two = writers.submit(() -> racing.append(id, start, decisions.subList(1, 3)));
      Future<Head> one = writers.submit(() -> racing.append(id, start, decisions.subList(1, 2)));
      List<Head> won = new ArrayList<>();
      List<VersionConflict> lost = new ArrayList<>();
      for (Future<Head> append : List.of(two, one)) {
        try {
          won.add(append.get(30, TimeUnit.SECONDS));
        } catch (java.util.concurrent.ExecutionException e) {
          lost.add(assertInstanceOf(VersionConflict.class, e.getCause()));
        }
      }
      assertEquals(1, won.size(), "exactly one append wins");
      assertEquals(1, lost.size(), "the other is a conflict");
      assertEquals(start, lost.get(0).expected());
      assertEquals(won.get(0), lost.get(0).actual(), "the loser is told the winner's head");
      assertEquals(won.get(0), store().head(id));
      assertEquals(won.get(0).entries(), store().entries(id, 0).size(), "nothing of the loser stored");
    } finally {
      writers.shutdownNow();
    }
  }

  @Test
  @DisplayName("the latest snapshot wins; an older one, or one as old, is ignored")
  void snapshots() {
    ProgramId id = created();
    assertTrue(store().latestSnapshot(id).isEmpty());
    List<Entry> entries = entriesOf(id, decisions(commands()));
    Snapshot third = new Snapshot(entries.get(2).head(), "state after 3");
    store().saveSnapshot(id, third);
    assertEquals(third, store().latestSnapshot(id).orElseThrow());

    store().saveSnapshot(id, new Snapshot(entries.get(1).head(), "state after 2"));
    store().saveSnapshot(id, new Snapshot(entries.get(2).head(), "state after 3, again"));
    assertEquals(third, store().latestSnapshot(id).orElseThrow());

    Snapshot fifth = new Snapshot(entries.get(4).head(), "state after 5");
    store().saveSnapshot(id, fifth);
    assertEquals(fifth, store().latestSnapshot(id).orElseThrow());
  }

  @Test
  @DisplayName("a snapshot after an entry the record does not have is refused, naming the program")
  void snapshot_past_the_head() {
    ProgramId id = created();
    List<Entry> entries = entriesOf(id, decisions(commands()).subList(0, 2));
    Snapshot ahead = new Snapshot(Entry.after(entries.get(1).head(), decisions(commands()).get(2)).head(), "s");
    StoreException refused = assertThrows(StoreException.class, () -> store().saveSnapshot(id, ahead));
    assertEquals("program " + id + ": a snapshot at entry 3, but the record has 2 entries", refused.getMessage());
    assertTrue(store().latestSnapshot(id).isEmpty());
  }

  @Test
  @DisplayName("snapshots of a program never created are unknown")
  void snapshots_of_unknown_program() {
    ProgramId id = ProgramId.of("never-created-snapshots");
    assertThrows(UnknownProgram.class, () -> store().latestSnapshot(id));
    assertThrows(UnknownProgram.class, () -> store().saveSnapshot(id, new Snapshot(new Head(1,
        dev.dmz.json.Hash.of("x")), "s")));
  }

  @Test
  @DisplayName("a long record is read in order through the cursor, from any place")
  void long_record() {
    ProgramId id = created();
    int count = 3 * PostgresProgramStore.FETCH_SIZE + 7;
    // rows the store never checks on reading lines: a line is its sequence, written by the database
    update("INSERT INTO dmz_entries (program, sequence, previous, hash, line) SELECT ?, s, repeat('0', 64), "
        + "repeat('1', 64), 'line ' || s FROM generate_series(1, " + count + ") s", id.value());
    long[] next = {PostgresProgramStore.FETCH_SIZE - 1};
    store().readLines(id, next[0], (sequence, line) -> {
      next[0]++;
      assertEquals(next[0], sequence);
      assertEquals("line " + sequence, line);
    });
    assertEquals(count, next[0]);
    assertEquals(count, store().head(id).entries());
  }

  @Test
  @DisplayName("lines are read as the driver reads through a cursor: autocommit off, a fetch size, forward only")
  void cursor() {
    List<String> queries = new ArrayList<>();
    DataSource watched = connections((connection, method, args, proceed) -> {
      Object result = proceed.call();
      if (result instanceof PreparedStatement statement && ((String) args[0]).startsWith("SELECT sequence, line")) {
        return around(PreparedStatement.class, statement, (statementMethod, statementArgs, statementProceed) -> {
          if (statementMethod.getName().equals("executeQuery")) {
            queries.add("autocommit " + connection.getAutoCommit() + ", fetch size " + statement.getFetchSize()
                + ", forward only " + (statement.getResultSetType() == ResultSet.TYPE_FORWARD_ONLY));
          }
          return statementProceed.call();
        });
      }
      return result;
    });
    ProgramId id = created();
    store().append(id, Head.EMPTY, decisions(commands()));
    PostgresProgramStore.over(watched).readLines(id, 0, (sequence, line) -> { });
    assertEquals(List.of("autocommit false, fetch size " + PostgresProgramStore.FETCH_SIZE + ", forward only true"),
        queries);
  }

  /** Appends decisions and gives their entries. */
  private List<Entry> entriesOf(ProgramId id, List<Decision> decisions) {
    store().append(id, Head.EMPTY, decisions);
    return store().entries(id, 0);
  }

  /**
   * The test database, whose connections make each writer wait, once it has read the head and before it
   * inserts its entries, for the other writer to have read it too.
   */
  private static DataSource meetingBeforeInsert(CyclicBarrier barrier) {
    return connections((connection, method, args, proceed) -> {
      if (method.getName().equals("prepareStatement") && ((String) args[0]).startsWith("INSERT INTO dmz_entries")) {
        barrier.await(30, TimeUnit.SECONDS);
      }
      return proceed.call();
    });
  }

  /** The test database, every connection of which passes its calls through a handler. */
  private static DataSource connections(ConnectionCall handler) {
    return around(DataSource.class, TestDatabase.dataSource(), (method, args, proceed) -> {
      Object result = proceed.call();
      return result instanceof Connection connection ? around(Connection.class, connection,
          (connectionMethod, connectionArgs, connectionProceed) -> handler.call(connection, connectionMethod,
              connectionArgs, connectionProceed)) : result;
    });
  }

  /** A call to an object that a proxy stands for. */
  @FunctionalInterface
  private interface Call {
    Object call(Method method, Object[] args, Proceed proceed) throws Throwable;
  }

  /** A call to a connection. */
  @FunctionalInterface
  private interface ConnectionCall {
    Object call(Connection connection, Method method, Object[] args, Proceed proceed) throws Throwable;
  }

  /** Makes the call on the object itself. */
  @FunctionalInterface
  private interface Proceed {
    Object call() throws Throwable;
  }

  private static <T> T around(Class<T> type, T target, Call handler) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> handler.call(method, args, () -> {
          try {
            return method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        })));
  }

  /** A record's lines, read behind the store's back. */
  private static List<String> lines(ProgramId id) {
    return query("SELECT line FROM dmz_entries WHERE program = ? ORDER BY sequence", id.value());
  }

  private static List<String> query(String sql, Object... parameters) {
    try (Connection connection = TestDatabase.superuser().getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static void update(String sql, Object... parameters) {
    try (Connection connection = TestDatabase.superuser().getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters)) {
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }
}
