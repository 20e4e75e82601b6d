package dev.dmz.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.json.Head;
import dev.dmz.json.store.ProgramId;
import dev.dmz.json.store.StoreException;
import dev.dmz.testkit.program.SampleProgram;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A database that fails the store: each failure a StoreException naming the program and what failed")
class DatabaseFailureTest {
  private static final ProgramId ID = ProgramId.of("bms-2027");

  /** Every call of the store, with what its message says it could not do. */
  private static final List<Call> CALLS = List.of(
      new Call("create the program", store -> store.create(ID, SampleProgram.charter())),
      new Call("read the charter", store -> store.charter(ID)),
      new Call("read the head of the record", store -> store.head(ID)),
      new Call("append to the record", store -> store.append(ID, Head.EMPTY, List.of())),
      new Call("read the record", store -> store.readLines(ID, 0, (sequence, line) -> { })),
      new Call("read the latest snapshot", store -> store.latestSnapshot(ID)));

  private record Call(String what, Consumer<PostgresProgramStore> call) {}

  @Test
  @DisplayName("a database that is down")
  void down() {
    PostgresProgramStore store = PostgresProgramStore.over(TestDatabase.nowhere());
    for (Call call : CALLS) {
      StoreException failed = refused(store, call);
      assertTrue(failed.getMessage().contains(" refused. "), failed.getMessage());
      assertTrue(failed.getMessage().endsWith("(SQLState 08001)"), failed.getMessage());
    }
    StoreException schema = assertThrows(StoreException.class, store::createSchema);
    assertTrue(schema.getMessage().startsWith("could not create the schema in the PostgreSQL database: "),
        schema.getMessage());
  }

  @Test
  @DisplayName("a wrong password")
  void wrong_password() {
    PostgresProgramStore store = PostgresProgramStore.over(TestDatabase.dataSource(TestDatabase.DATABASE, "wrong"));
    for (Call call : CALLS) {
      StoreException failed = refused(store, call);
      assertTrue(failed.getMessage().endsWith(": FATAL: password authentication failed for user \"dmz\" "
          + "(SQLState 28P01)"), failed.getMessage());
    }
  }

  @Test
  @DisplayName("a database without the store's tables, with the way to create them")
  void no_tables() {
    DataSource empty = TestDatabase.dataSource(TestDatabase.EMPTY_DATABASE, TestDatabase.PASSWORD);
    PostgresProgramStore store = PostgresProgramStore.over(empty);
    for (Call call : CALLS) {
      StoreException failed = refused(store, call);
      assertTrue(failed.getMessage().contains("ERROR: relation \"dmz_"), failed.getMessage());
      assertTrue(failed.getMessage().endsWith("(SQLState 42P01); create the store's tables first: "
          + "PostgresProgramStore.createSchema(), or psql --file=schema.sql"), failed.getMessage());
    }
  }

  private static StoreException refused(PostgresProgramStore store, Call call) {
    StoreException failed = assertThrows(StoreException.class, () -> call.call().accept(store), call.what());
    assertTrue(failed.getMessage().startsWith("program bms-2027: could not " + call.what()
        + " in the PostgreSQL database: "), failed.getMessage());
    assertEquals(-1, failed.getMessage().indexOf('\n'), "one line: " + failed.getMessage());
    assertInstanceOf(SQLException.class, failed.getCause());
    return failed;
  }
}
