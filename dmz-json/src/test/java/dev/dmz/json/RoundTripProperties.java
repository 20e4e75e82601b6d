package dev.dmz.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.Command;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Event;
import dev.dmz.rules.Program;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.Readiness;
import dev.dmz.testkit.charter.CharterGenerators;
import dev.dmz.testkit.program.CommandSequence;
import dev.dmz.testkit.program.ProgramGenerators;
import dev.dmz.testkit.property.Gen;
import dev.dmz.testkit.property.Property;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Writing and reading back loses nothing")
class RoundTripProperties {

  static Gen<ProgramCharter> anyCharter() {
    return Gen.oneOf(CharterGenerators.readyCharters(),
        CharterGenerators.readinessRules().flatMap(CharterGenerators::breaking));
  }

  @Test
  @DisplayName("a charter, ready or broken, in JSON and in YAML")
  void charters() {
    Property.forAll(anyCharter()).check(charter -> {
      assertEquals(charter, Documents.CHARTER.readJson(Documents.CHARTER.writeJson(charter), "charter.json"));
      assertEquals(charter, Documents.CHARTER.readYaml(Documents.CHARTER.writeYaml(charter), "charter.yaml"));
    });
  }

  @Test
  @DisplayName("a charter's readiness and each of its findings")
  void readiness() {
    Property.forAll(anyCharter()).check(charter -> {
      Readiness readiness = RuleBook.standard().check(charter);
      assertEquals(readiness, Documents.READINESS.readJson(Documents.READINESS.writeJson(readiness), "r.json"));
      for (Finding finding : readiness.findings()) {
        assertEquals(finding, Documents.FINDING.readLine(Documents.FINDING.writeLine(finding), "f.jsonl", 1));
      }
    });
  }

  @Test
  @DisplayName("any command, on one line and indented")
  void commands() {
    Property.forAll(ProgramGenerators.anyCommand()).check(command -> {
      assertEquals(command, Documents.COMMAND.readLine(Documents.COMMAND.writeLine(command), "c.jsonl", 1));
      assertEquals(command, Documents.COMMAND.readJson(Documents.COMMAND.writeJson(command), "c.json"));
    });
  }

  @Test
  @DisplayName("every decision and event of a program; its log replays to an equal state")
  void programs() {
    Property.forAll(ProgramGenerators.commandSequences(CharterGenerators.readyCharters())).check(RoundTripProperties::roundTrip);
  }

  @Test
  @DisplayName("a long history (up to 200 commands) on the sample program")
  void longHistories() {
    Property.forAll(ProgramGenerators.commandSequences(200)).tries(30).check(RoundTripProperties::roundTrip);
  }

  @Test
  @DisplayName("any command of any kind after a history: extreme amounts, scopes and dates, strangers, refusals")
  void anyCommands() {
    Gen<List<Command>> commands = ProgramGenerators.anyCommand().list().ofMinSize(1).ofMaxSize(10);
    Property.forAll(Gen.combine(ProgramGenerators.commandSequences(), commands, Map::entry)).check(example -> {
      List<Command> all = new ArrayList<>(example.getKey().commands());
      all.addAll(example.getValue());
      roundTrip(example.getKey().start(), all);
    });
  }

  private static void roundTrip(CommandSequence sequence) throws IOException {
    roundTrip(sequence.start(), sequence.commands());
  }

  /** Applies the commands, then writes and reads back each decision and event, and the log. */
  private static void roundTrip(Program start, List<Command> commands) throws IOException {
    Program program = start;
    for (Command command : commands) {
      Decision decision = program.decide(command);
      assertEquals(decision, Documents.DECISION.readJson(Documents.DECISION.writeJson(decision), "d.json"));
      program = program.apply(command);
    }
    List<Decision> decisions = program.decisions().asJava();
    assertEquals(decisions, EventLog.parse(EventLog.write(decisions), "log.jsonl"));
    for (Event event : program.history()) {
      assertEquals(event, Documents.EVENT.readLine(Documents.EVENT.writeLine(event), "e.jsonl", 1));
    }

    Path log = Files.createTempFile("dmz-log", ".jsonl");
    try {
      EventLog.append(log, decisions);
      Program replayed = EventLog.replay(log, start.state().charter(), start.ruleBook());
      assertEquals(program.state(), replayed.state());
      assertEquals(program.history(), replayed.history());
      assertEquals(program.decisions(), replayed.decisions());
    } finally {
      Files.delete(log);
      Files.deleteIfExists(log.resolveSibling(log.getFileName() + ".lock"));
    }
  }
}
