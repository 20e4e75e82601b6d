package dev.dmz.testkit.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.Command;
import dev.dmz.rules.CommandRule;
import dev.dmz.rules.Program;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.FillVacancy;
import dev.dmz.testkit.property.Gen;
import dev.dmz.testkit.property.Property;
import dev.dmz.testkit.property.PropertyResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Shrinking that helps: a custom rule with a deliberate bug is caught by a property over generated
 * command sequences, and the failing sequence (of up to 40 commands) shrinks to at most {@value
 * #HANDFUL} commands. The minimal counterexample has four: two nominations of one parent's engineers
 * and their two admissions.
 *
 * <p>Each property here must fail: the test runs it with several seeds, requires it to fail on the
 * bug every time, and checks that the shrunk counterexample is short and replays from its seed.
 */
@DisplayName("Shrinking a counterexample of a broken custom rule")
class ShrinkingProperties {
  static final int HANDFUL = 4;
  static final long[] SEEDS = {1, 42, 4711, -7, 20261201};
  static final RuleId TEAM_CAP = RuleId.of("ACME-TEAM-CAP");
  static final RuleBook BROKEN = RuleBook.standard().withCommandRule(CommandRule.of(TEAM_CAP, ShrinkingProperties::capOfOne));
  static final RuleBook THROWING = RuleBook.standard().withCommandRule(CommandRule.of(TEAM_CAP, (state, command) -> {
    if (!capOfOne(state, command).isEmpty()) {
      throw new IllegalStateException("ACME-TEAM-CAP: index 2 out of bounds for a team of 2");
    }
    return List.of();
  }));

  /**
   * Meant to let each parent have two engineers on the program, the rule is off by one: it refuses
   * the second.
   */
  static List<Finding> capOfOne(ProgramState state, Command command) {
    Optional<EngineerId> entering = command instanceof Admit ? Optional.of(((Admit) command).engineer())
        : command instanceof FillVacancy ? Optional.of(((FillVacancy) command).engineer()) : Optional.empty();
    Optional<PartyId> employer = entering.flatMap(id -> state.staffing().candidates().get(id).toJavaOptional())
        .map(NamedEngineer::employer);
    if (employer.isEmpty()) {
      return List.of();
    }
    long team = state.staffing().roster().values().count(e -> e.employer().equals(employer.orElseThrow()));
    return team >= 1 ? List.of(Finding.error(TEAM_CAP, Subject.party(employer.orElseThrow()),
        employer.orElseThrow() + " has " + team + " engineer(s) on the program, its cap.",
        "Let an engineer of " + employer.orElseThrow() + " leave first.")) : List.of();
  }

  @Test
  @DisplayName("a rule that refuses what it should allow: the spec's property fails on a handful of commands")
  void refusingRule() {
    for (long seed : SEEDS) {
      shrinksToAHandful(ProgramGenerators.commandSequences(SampleProgram.charter(), BROKEN), seed,
          sequence -> sequence.walk(ShrinkingProperties::secondEngineerMayEnter));
    }
  }

  @Test
  @DisplayName("a rule that throws: the invariants' property fails on a handful of commands")
  void throwingRule() {
    for (long seed : SEEDS) {
      shrinksToAHandful(ProgramGenerators.commandSequences(SampleProgram.charter(), THROWING), seed,
          sequence -> sequence.walk(Invariants::checkAll));
    }
  }

  /** Runs a property that must fail, and checks what it shrank to. */
  static void shrinksToAHandful(Gen<CommandSequence> sequences, long seed, Property.Check<CommandSequence> check) {
    Property<CommandSequence> property = Property.forAll(sequences).tries(1000).seed(seed);
    PropertyResult<CommandSequence> result = property.run(check);
    assertEquals(PropertyResult.Status.FALSIFIED, result.status(),
        () -> "the broken rule was not caught with seed " + seed + ": " + result.report());
    PropertyResult.Counterexample<CommandSequence> counterexample = result.counterexample().orElseThrow();
    String why = counterexample.failure().toString();
    assertTrue(why.contains(TEAM_CAP.value()), () -> "failed on something else than the broken rule: " + result.report());
    int commands = counterexample.value().commands().size();
    assertTrue(commands <= HANDFUL, () -> "shrank to " + commands + " commands, more than " + HANDFUL + ": "
        + result.report());
    PropertyResult<CommandSequence> replayed = property.seed(counterexample.seed()).run(check);
    assertEquals(1, replayed.counterexample().orElseThrow().tryNumber(), "the reported seed fails on the first try");
    assertEquals(counterexample.value().commands(), replayed.counterexample().orElseThrow().value().commands(),
        "the reported seed shrinks to the same counterexample");
  }

  /**
   * The rule as meant: whatever the standard rules let in, a parent's first and second engineers
   * enter.
   */
  static void secondEngineerMayEnter(Program before, Command command, Program after) {
    boolean standardLetsIn = RuleBook.standard().decide(before.state(), command).isAccepted();
    Optional<PartyId> employer = capOfOne(before.state(), command).stream().findFirst()
        .map(f -> PartyId.of(f.subject().id()));
    long team = employer.map(e -> before.state().staffing().roster().values().count(x -> x.employer().equals(e))).orElse(0);
    if (standardLetsIn && team < 2) {
      assertTrue(after.lastDecision().orElseThrow().isAccepted(),
          () -> "engineer " + (team + 1) + " of " + employer.map(PartyId::value).orElse("a parent") + " was refused: "
              + after.lastDecision().orElseThrow());
    }
  }
}
