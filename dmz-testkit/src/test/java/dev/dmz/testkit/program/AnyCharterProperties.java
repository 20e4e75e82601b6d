package dev.dmz.testkit.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.decision.Readiness;
import dev.dmz.rules.program.Decision;
import dev.dmz.rules.program.SubstituteEngineer;
import dev.dmz.rules.staffing.Identification;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;

/**
 * The command generators read everything from the charter: on charters unlike the {@link
 * SampleProgram} (other parties and ids, currencies, periods, milestones, a lead whose id is the
 * generator's impostor's, a milestone named like its unknown one), sequences still get through the
 * lifecycle, are refused by every command rule, and keep every invariant.
 */
@Label("Command sequences against other ready charters")
class AnyCharterProperties {

  @Provide
  Arbitrary<CommandSequence> sequences() {
    return ProgramArbitraries.commandSequences(Arbitraries.of(OtherCharters.all()));
  }

  @Example
  @Label("the other charters are ready")
  void otherChartersAreReady() {
    for (ProgramCharter charter : OtherCharters.all()) {
      Readiness readiness = RuleBook.standard().check(charter);
      assertTrue(readiness.isReady(), () -> charter.name() + ": " + readiness.findings());
    }
  }

  @Example
  @Label("every parent has its engineers: those its premium rates name, then identified people, ids unique")
  void everyParentHasItsEngineers() {
    for (ProgramCharter charter : List.of(SampleProgram.charter(), OtherCharters.fourParents(),
        OtherCharters.twoParentsInYen())) {
      ProgramCast cast = ProgramCast.of(charter);
      for (var parent : charter.parentIds()) {
        List<NamedEngineer> staff = cast.people().stream().filter(e -> e.employer().equals(parent))
            .collect(Collectors.toList());
        assertEquals(ProgramCast.SEATS, staff.size(), () -> parent + ": " + staff);
      }
      for (NamedEngineer person : cast.people()) {
        assertEquals(Optional.empty(), Identification.problemWith(person), person::toString);
      }
      assertEquals(cast.people().size(), cast.people().stream().map(NamedEngineer::id).distinct().count(),
          "ids are unique");
      assertTrue(cast.people().containsAll(cast.stars()), "the premium-rated engineers may be nominated");
    }
    assertEquals(List.of(SampleProgram.LENA), ProgramCast.of(SampleProgram.charter()).stars());
    assertEquals(List.of(OtherCharters.ANA, OtherCharters.BO), ProgramCast.of(OtherCharters.fourParents()).stars());
  }

  @Example
  @Label("strangers and unknown ids are no parent, lead or milestone of the charter")
  void strangersAreStrangers() {
    ProgramCast cast = ProgramCast.of(OtherCharters.twoParentsInYen());
    assertTrue(!cast.impostorLead().equals(cast.lead()), "the impostor is not the lead");
    assertTrue(!cast.milestones().contains(cast.unknownMilestone()), "the unknown milestone is unknown");
    assertTrue(cast.strangers().stream().noneMatch(s -> cast.parents().stream().anyMatch(s::is)),
        "no stranger is a parent");
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE, seed = "4711")
  @StatisticsReport(StatisticsReportMode.OFF)
  @Label("get every kind of command accepted, and are refused by every command rule")
  void coverTheLifecycle(@ForAll("sequences") CommandSequence sequence) {
    sequence.walk((before, command, after) -> {
      Decision decision = after.lastDecision().orElseThrow();
      String charter = sequence.charter().name() + ": ";
      if (decision.isAccepted()) {
        Statistics.label("accepted").collect(charter + GeneratorCoverageProperties.kind(command));
      } else {
        decision.ruleIds().forEach(rule -> Statistics.label("refused by").collect(charter + rule.value()));
        if (command instanceof SubstituteEngineer) {
          Statistics.label("premium cancelled").collect(charter
              + !after.state().premiumCancellations().equals(before.state().premiumCancellations()));
        }
      }
    });
    for (ProgramCharter charter : OtherCharters.all()) {
      String name = charter.name() + ": ";
      Statistics.label("accepted").coverage(checker -> GeneratorCoverageProperties.ACCEPTED.forEach(kind ->
          checker.check(name + kind.getSimpleName()).count(n -> n > 0)));
      Statistics.label("refused by").coverage(checker -> GeneratorCoverageProperties.REFUSING.forEach(rule ->
          checker.check(name + rule.id().value()).count(n -> n > 0)));
    }
    Statistics.label("premium cancelled").coverage(checker ->
        checker.check(OtherCharters.fourParents().name() + ": true").count(n -> n > 0));
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  @Label("keep every invariant after every step")
  void keepEveryInvariant(@ForAll("sequences") CommandSequence sequence) {
    sequence.walk(Invariants::checkAll);
    sequence.walk(Invariants.replayGivesSameState(sequence.charter()));
  }
}
