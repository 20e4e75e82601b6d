package dev.dmz.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.rules.Command;
import dev.dmz.rules.Program;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.RuleBook;
import dev.dmz.testkit.program.CommandSequence;
import dev.dmz.testkit.program.Invariants;
import dev.dmz.testkit.program.ProgramActions;
import dev.dmz.testkit.program.ProgramGenerators;
import dev.dmz.testkit.program.SampleProgram;
import dev.dmz.testkit.property.ActionChain;
import dev.dmz.testkit.property.Gen;
import dev.dmz.testkit.property.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A program's state as a snapshot: read back equal, written alike, resumed to the same decisions")
class StateProperties {

  /** Writes the state, reads it back, and checks that nothing was lost and the text is stable. */
  static ProgramState readBack(ProgramState state) {
    String json = Documents.STATE.writeJson(state);
    ProgramState read = Documents.STATE.readJson(json, "state.json");
    assertEquals(state, read);
    assertEquals(json, Documents.STATE.writeJson(state), "writing twice gives the same text");
    assertEquals(json, Documents.STATE.writeJson(read), "an equal state read back is written alike");
    return read;
  }

  @Test
  @DisplayName("every state of a program, its charter ready or broken, reads back equal and is written alike")
  void everyState() {
    Property.forAll(ProgramGenerators.commandSequences(RoundTripProperties.anyCharter())).check(sequence -> {
      Program program = sequence.start();
      readBack(program.state());
      for (Command command : sequence.commands()) {
        program = program.apply(command);
        readBack(program.state());
      }
    });
  }

  @Test
  @DisplayName("a state after a long history (up to 200 commands), in JSON and in YAML")
  void longHistories() {
    Property.forAll(ProgramGenerators.commandSequences(200)).tries(30).check(sequence -> {
      ProgramState state = readBack(sequence.run().state());
      assertEquals(state, Documents.STATE.readYaml(Documents.STATE.writeYaml(state), "state.yaml"));
    });
  }

  @Test
  @DisplayName("a program resumed from its state read back, given the rest of the commands, decides as the original")
  void resumedMidway() {
    Gen<Map.Entry<CommandSequence, Integer>> examples = Gen.combine(
        ProgramGenerators.commandSequences(RoundTripProperties.anyCharter()), Gen.integers(0, 100), Map::entry);
    Property.forAll(examples).check(example -> {
      List<Command> commands = example.getKey().commands();
      int split = commands.size() * example.getValue() / 100;
      Program start = example.getKey().start();
      resumeAndCompare(start.applyAll(commands.subList(0, split)), commands.subList(split, commands.size()));
    });
  }

  @Test
  @DisplayName("resumed after a history, any command of any kind is decided alike: extreme values, strangers, refusals")
  void resumedAnyCommands() {
    Gen<List<Command>> tails = ProgramGenerators.anyCommand().list().ofMinSize(1).ofMaxSize(10);
    Property.forAll(Gen.combine(ProgramGenerators.commandSequences(), tails, Map::entry)).check(example -> {
      List<Command> tail = new ArrayList<>(example.getValue());
      resumeAndCompare(example.getKey().run(), tail);
    });
  }

  @Test
  @DisplayName("at every step of an action chain, a program resumed from the snapshot before it takes the same step")
  void resumedAtEveryStep() {
    RuleBook book = RuleBook.standard();
    Property.forAll(ProgramActions.chains(SampleProgram.charter(), book, (before, command, after) -> {
      Invariants.checkAll(before, command, after);
      Program resumed = Program.resume(readBack(before.state()), book).apply(command);
      assertEquals(after.lastDecision(), resumed.lastDecision());
      assertEquals(after.state(), resumed.state());
    })).check(ActionChain::run);
  }

  /** Resumes from the program's state read back, then applies the tail to both, step by step. */
  private static void resumeAndCompare(Program program, List<Command> tail) {
    Program original = program;
    Program resumed = Program.resume(readBack(program.state()), program.ruleBook());
    assertEquals(0, resumed.decisions().size());
    for (Command command : tail) {
      original = original.apply(command);
      resumed = resumed.apply(command);
      assertEquals(original.lastDecision(), resumed.lastDecision(), () -> "deciding " + command);
      assertEquals(original.state(), resumed.state(), () -> "after " + command);
    }
    assertEquals(original.decisions().drop(program.decisions().size()), resumed.decisions());
    assertEquals(original.history().drop(program.history().size()), resumed.history());
  }
}
