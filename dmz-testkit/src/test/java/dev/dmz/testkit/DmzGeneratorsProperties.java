package dev.dmz.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.rules.Command;
import dev.dmz.rules.Program;
import dev.dmz.rules.RuleBook;
import dev.dmz.testkit.program.CommandSequence;
import dev.dmz.testkit.program.Invariants;
import dev.dmz.testkit.property.Gen;
import dev.dmz.testkit.property.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Properties over the generators {@link DmzGenerators} gives. */
@DisplayName("DmzGenerators")
class DmzGeneratorsProperties {

  @Test
  @DisplayName("gives ready charters")
  void readyCharters() {
    Property.forAll(DmzGenerators.charters()).check(charter ->
        assertTrue(RuleBook.standard().check(charter).isReady(), () -> charter.name() + " is not ready"));
  }

  @Test
  @DisplayName("gives command sequences that keep every invariant")
  void commandSequences() {
    Property.forAll(DmzGenerators.commandSequences()).check(sequence -> sequence.walk(Invariants::checkAll));
  }

  @Test
  @DisplayName("gives any command, which keeps every invariant after any sequence")
  void anyCommand() {
    Property.forAll(Gen.combine(DmzGenerators.commandSequences(), DmzGenerators.commands(), SequenceThenCommand::new))
        .check(example -> {
          Program before = example.sequence().run();
          Invariants.checkAll(before, example.command(), before.apply(example.command()));
        });
  }

  private record SequenceThenCommand(CommandSequence sequence, Command command) {}
}
