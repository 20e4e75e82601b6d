package dev.dmz.testkit.program;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dmz.rules.Program;
import dev.dmz.rules.RuleBook;
import dev.dmz.testkit.property.ActionChain;
import dev.dmz.testkit.property.Gen;
import dev.dmz.testkit.property.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Stateful tests: action chains over a program ({@link ProgramActions}), every invariant checked
 * after each action (inside the action, where the program before and after are at hand), on the
 * {@link SampleProgram} and on other charters.
 */
@DisplayName("Action chains over a program")
class ProgramActionsProperties {

  @Test
  @DisplayName("keep every invariant after each action on the sample program, and get engineers on it")
  void keepEveryInvariantOnTheSample() {
    Property.forAll(ProgramActions.chains(SampleProgram.charter(), RuleBook.standard()))
        .seed(4711)
        .requireCoverage("roster", "engineers on the program", 30)
        .checkWithStatistics((chain, statistics) -> {
          Program program = chain.run();
          statistics.collect("roster",
              program.state().staffing().roster().isEmpty() ? "nobody on the program" : "engineers on the program");
        });
  }

  @Test
  @DisplayName("keep every invariant after each action on other charters, and a chain's own invariant")
  void keepEveryInvariantOnOtherCharters() {
    Gen<ActionChain<Program>> chains = Gen.of(OtherCharters.all())
        .flatMap(charter -> ProgramActions.chains(charter, RuleBook.standard()));
    Property.forAll(chains).check(chain -> chain
        .withInvariant("the roster holds only admitted engineers", program ->
            program.state().staffing().roster().keySet().forEach(id -> assertFalse(program.state().staffing().tenures().get(id).isEmpty(),
                () -> id + " is on the roster with no tenure")))
        .run());
  }
}
