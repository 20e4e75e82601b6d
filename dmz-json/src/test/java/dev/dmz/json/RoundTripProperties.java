package dev.dmz.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.Readiness;
import dev.dmz.rules.program.Command;
import dev.dmz.rules.program.Decision;
import dev.dmz.rules.program.Event;
import dev.dmz.rules.program.Program;
import dev.dmz.testkit.charter.CharterArbitraries;
import dev.dmz.testkit.program.CommandSequence;
import dev.dmz.testkit.program.ProgramArbitraries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

@Label("Writing and reading back loses nothing")
class RoundTripProperties {

  @Provide
  Arbitrary<ProgramCharter> charters() {
    return Arbitraries.oneOf(CharterArbitraries.readyCharters(),
        CharterArbitraries.readinessRules().flatMap(CharterArbitraries::breaking));
  }

  @Provide
  Arbitrary<Command> commands() {
    return ProgramArbitraries.anyCommand();
  }

  @Provide
  Arbitrary<CommandSequence> programs() {
    return ProgramArbitraries.commandSequences();
  }

  @Property
  @Label("a charter, ready or broken, in JSON and in YAML")
  void charters(@ForAll("charters") ProgramCharter charter) {
    assertEquals(charter, Documents.CHARTER.readJson(Documents.CHARTER.writeJson(charter), "charter.json"));
    assertEquals(charter, Documents.CHARTER.readYaml(Documents.CHARTER.writeYaml(charter), "charter.yaml"));
  }

  @Property
  @Label("a charter's readiness and each of its findings")
  void readiness(@ForAll("charters") ProgramCharter charter) {
    Readiness readiness = RuleBook.standard().check(charter);
    assertEquals(readiness, Documents.READINESS.readJson(Documents.READINESS.writeJson(readiness), "r.json"));
    for (Finding finding : readiness.findings()) {
      assertEquals(finding, Documents.FINDING.readLine(Documents.FINDING.writeLine(finding), "f.jsonl", 1));
    }
  }

  @Property
  @Label("any command, on one line and indented")
  void commands(@ForAll("commands") Command command) {
    assertEquals(command, Documents.COMMAND.readLine(Documents.COMMAND.writeLine(command), "c.jsonl", 1));
    assertEquals(command, Documents.COMMAND.readJson(Documents.COMMAND.writeJson(command), "c.json"));
  }

  @Property
  @Label("every decision and event of a program; its log replays to an equal state")
  void programs(@ForAll("programs") CommandSequence sequence) throws IOException {
    Program program = sequence.start();
    for (Command command : sequence.commands()) {
      Decision decision = program.decide(command);
      assertEquals(decision, Documents.DECISION.readJson(Documents.DECISION.writeJson(decision), "d.json"));
      program = program.apply(command);
    }
    List<Event> history = program.history().asJava();
    assertEquals(history, EventLog.parse(EventLog.write(history), "log.jsonl"));

    Path log = Files.createTempFile("dmz-log", ".jsonl");
    try {
      EventLog.append(log, history);
      Program replayed = EventLog.replay(log, sequence.charter(), sequence.ruleBook());
      assertEquals(program.state(), replayed.state());
      assertEquals(program.history(), replayed.history());
    } finally {
      Files.delete(log);
    }
  }
}
