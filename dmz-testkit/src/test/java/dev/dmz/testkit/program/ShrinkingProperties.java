package dev.dmz.testkit.program;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.program.Admit;
import dev.dmz.rules.program.Command;
import dev.dmz.rules.program.CommandRule;
import dev.dmz.rules.program.FillVacancy;
import dev.dmz.rules.program.Program;
import dev.dmz.rules.program.ProgramState;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.ShrunkFalsifiedSample;

/**
 * Shrinking that helps: a custom rule with a deliberate bug is caught by a property over generated
 * command sequences, and jqwik shrinks the failing sequence (of up to 40 commands) to a handful, at
 * most {@value ShrinksToAHandful#HANDFUL}. The minimal counterexample has four: two nominations of
 * one parent's engineers and their two admissions.
 *
 * <p>Each property here must fail: the hook {@link ShrinksToAHandful} runs it, reads jqwik's shrunk
 * sample from the result, checks that it failed on the bug and is short, and reports the property
 * passed only then (a property that does not fail, or shrinks to more, fails the test). The seed is
 * random on every run ({@link AfterFailureMode#RANDOM_SEED}), so every build shrinks a new
 * counterexample.
 */
@Label("Shrinking a counterexample of a broken custom rule")
class ShrinkingProperties {
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
    Optional<PartyId> employer = entering.flatMap(id -> state.candidates().get(id).toJavaOptional())
        .map(NamedEngineer::employer);
    if (employer.isEmpty()) {
      return List.of();
    }
    long team = state.roster().values().count(e -> e.employer().equals(employer.orElseThrow()));
    return team >= 1 ? List.of(Finding.error(TEAM_CAP, Subject.party(employer.orElseThrow()),
        employer.orElseThrow() + " has " + team + " engineer(s) on the program, its cap.",
        "Let an engineer of " + employer.orElseThrow() + " leave first.")) : List.of();
  }

  @Provide
  Arbitrary<CommandSequence> sequences() {
    return ProgramArbitraries.commandSequences(SampleProgram.charter(), BROKEN);
  }

  @Provide
  Arbitrary<CommandSequence> throwingSequences() {
    return ProgramArbitraries.commandSequences(SampleProgram.charter(), THROWING);
  }

  @Property(tries = 1000, shrinking = ShrinkingMode.FULL, afterFailure = AfterFailureMode.RANDOM_SEED,
      edgeCases = EdgeCasesMode.NONE)
  @AddLifecycleHook(ShrinksToAHandful.class)
  @Label("a rule that refuses what it should allow: the spec's property fails on a handful of commands")
  void refusingRule(@ForAll("sequences") CommandSequence sequence) {
    sequence.walk(ShrinkingProperties::secondEngineerMayEnter);
  }

  @Property(tries = 1000, shrinking = ShrinkingMode.FULL, afterFailure = AfterFailureMode.RANDOM_SEED,
      edgeCases = EdgeCasesMode.NONE)
  @AddLifecycleHook(ShrinksToAHandful.class)
  @Label("a rule that throws: the invariants' property fails on a handful of commands")
  void throwingRule(@ForAll("throwingSequences") CommandSequence sequence) {
    sequence.walk(Invariants::checkAll);
  }

  /**
   * The rule as meant: whatever the standard rules let in, a parent's first and second engineers
   * enter.
   */
  static void secondEngineerMayEnter(Program before, Command command, Program after) {
    boolean standardLetsIn = RuleBook.standard().decide(before.state(), command).isAccepted();
    Optional<PartyId> employer = capOfOne(before.state(), command).stream().findFirst()
        .map(f -> PartyId.of(f.subject().id()));
    long team = employer.map(e -> before.state().roster().values().count(x -> x.employer().equals(e))).orElse(0);
    if (standardLetsIn && team < 2) {
      assertTrue(after.lastDecision().orElseThrow().isAccepted(),
          () -> "engineer " + (team + 1) + " of " + employer + " was refused: " + after.lastDecision().orElseThrow());
    }
  }

  /**
   * Runs a property that must fail, and passes it when jqwik shrank its counterexample to at most
   * {@value #HANDFUL} commands that fail on {@code ACME-TEAM-CAP}.
   */
  static final class ShrinksToAHandful implements AroundPropertyHook {
    static final int HANDFUL = 5;

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
      PropertyExecutionResult result = property.execute();
      if (result.status() != PropertyExecutionResult.Status.FAILED) {
        return result.mapToFailed("the broken rule was not caught: the property should have failed");
      }
      Optional<ShrunkFalsifiedSample> shrunk = result.shrunkSample();
      if (shrunk.isEmpty()) {
        return result.mapToFailed("the counterexample was not shrunk");
      }
      CommandSequence counterexample = (CommandSequence) shrunk.orElseThrow().parameters().get(0);
      int commands = counterexample.commands().size();
      String why = shrunk.orElseThrow().falsifyingError().map(Throwable::toString).orElse("no error");
      context.reporter().publishValue("shrunk to " + commands + " commands", counterexample + "\n" + why);
      if (!why.contains(TEAM_CAP.value())) {
        return result.mapToFailed("the property failed on something else than the broken rule: " + why);
      }
      if (commands > HANDFUL) {
        return result.mapToFailed("the counterexample shrank to " + commands + " commands, more than a handful ("
            + HANDFUL + "): " + counterexample);
      }
      return result.mapToSuccessful();
    }
  }
}
