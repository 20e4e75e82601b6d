package dev.dmz.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.json.store.DecisionRecorder;
import dev.dmz.json.store.ProgramId;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.testkit.program.SampleProgram;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

@DisplayName("The set-up docs/store.md and the class's javadoc show, compiled and run")
class SetUpExampleTest {
  @Test
  @DisplayName("a user's DataSource, the schema, a program created, a decision recorded")
  void set_up() {
    String password = TestDatabase.PASSWORD;
    ProgramCharter charter = SampleProgram.charter();
    Command command = Nominate.of(Actor.parent(SampleProgram.SUP_A), SampleProgram.LENA, SampleProgram.day(0));

    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL("jdbc:postgresql://localhost:" + TestDatabase.port() + "/dmz");
    dataSource.setUser("dmz");
    dataSource.setPassword(password);
    PostgresProgramStore store = PostgresProgramStore.over(dataSource);
    store.createSchema();
    store.create(ProgramId.of("bms-2027"), charter);
    DecisionRecorder.Recorded recorded = DecisionRecorder.over(store).record(ProgramId.of("bms-2027"), command);

    assertTrue(recorded.decision().isAccepted(), recorded.decision().toString());
    assertEquals(1, store.head(ProgramId.of("bms-2027")).entries());
  }
}
