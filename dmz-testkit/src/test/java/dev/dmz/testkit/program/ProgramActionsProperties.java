package dev.dmz.testkit.program;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dmz.rules.RuleBook;
import dev.dmz.rules.program.Program;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;

/**
 * Stateful tests: jqwik action chains over a program ({@link ProgramActions}), every invariant
 * checked after each action (inside the action, where the program before and after are at hand),
 * on the {@link SampleProgram} and on other charters.
 */
@Label("Action chains over a program")
class ProgramActionsProperties {

  @Provide
  Arbitrary<ActionChain<Program>> sampleChains() {
    return ProgramActions.chains(SampleProgram.charter(), RuleBook.standard());
  }

  @Provide
  Arbitrary<ActionChain<Program>> otherChains() {
    return Arbitraries.of(OtherCharters.all()).flatMap(charter -> ProgramActions.chains(charter, RuleBook.standard()));
  }

  @Property(edgeCases = EdgeCasesMode.NONE, seed = "4711")
  @StatisticsReport(StatisticsReportMode.OFF)
  @Label("keep every invariant after each action on the sample program, and get engineers on it")
  void keepEveryInvariantOnTheSample(@ForAll("sampleChains") ActionChain<Program> chain) {
    Program program = chain.run();
    Statistics.collect(program.state().roster().isEmpty() ? "nobody on the program" : "engineers on the program");
    Statistics.coverage(checker -> checker.check("engineers on the program").percentage(p -> p > 30));
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  @Label("keep every invariant after each action on other charters, and a chain's own invariant")
  void keepEveryInvariantOnOtherCharters(@ForAll("otherChains") ActionChain<Program> chain) {
    chain.withInvariant("the roster holds only admitted engineers", program ->
        program.state().roster().keySet().forEach(id -> assertFalse(program.state().tenures().get(id).isEmpty(),
            () -> id + " is on the roster with no tenure")))
        .run();
  }
}
