package dev.dmz.json;

import static dev.dmz.testkit.program.SampleProgram.LEAD;
import static dev.dmz.testkit.program.SampleProgram.LENA;
import static dev.dmz.testkit.program.SampleProgram.SUP_A;
import static dev.dmz.testkit.program.SampleProgram.day;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import dev.dmz.rules.Program;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.testkit.program.SampleProgram;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of docs/store.md: storing a program's decisions and replaying them after a restart. */
class StoreAndReplayTest {
  @TempDir
  Path folder;

  @Test
  void a_program_stored_as_json_lines_replays_to_an_equal_state() {
    Path charterFile = folder.resolve("charter.yaml");
    Documents.CHARTER.write(SampleProgram.charter(), charterFile);
    List<Command> commands = List.of(
        Nominate.of(Actor.parent(SUP_A), LENA, day(0)),
        Admit.of(LEAD, LENA.id(), day(1)));

    // tag::store-and-replay[]
    ProgramCharter charter = Documents.CHARTER.read(charterFile);   // YAML or JSON, read strictly
    Program program = Program.start(charter).applyAll(commands);
    Path log = folder.resolve("log.jsonl");
    EventLog.append(log, program.decisions().asJava());   // one chained entry a line, atomically

    Program restarted = EventLog.replay(log, charter);    // after a restart: every line re-checked
    assertEquals(program.state(), restarted.state());
    // end::store-and-replay[]

    assertEquals(SampleProgram.charter(), charter);
    assertEquals(2, restarted.history().size());
  }
}
