package dev.dmz.testkit.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.Decision;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.decision.Readiness;
import dev.dmz.rules.staffing.Identification;
import dev.dmz.rules.staffing.StaffingCommand.SubstituteEngineer;
import dev.dmz.testkit.property.Gen;
import dev.dmz.testkit.property.Property;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The command generators read everything from the charter: on charters unlike the {@link
 * SampleProgram} (other parties and ids, currencies, periods, milestones, a lead whose id is the
 * generator's impostor's, a milestone named like its unknown one), sequences still get through the
 * lifecycle, are refused by every command rule, and keep every invariant.
 */
@DisplayName("Command sequences against other ready charters")
class AnyCharterProperties {

  static Gen<CommandSequence> sequences() {
    return ProgramGenerators.commandSequences(Gen.of(OtherCharters.all()));
  }

  @Test
  @DisplayName("the other charters are ready")
  void otherChartersAreReady() {
    for (ProgramCharter charter : OtherCharters.all()) {
      Readiness readiness = RuleBook.standard().check(charter);
      assertTrue(readiness.isReady(), () -> charter.name() + ": " + readiness.findings());
    }
  }

  @Test
  @DisplayName("every parent has its engineers: those its premium rates name, then identified people, ids unique")
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

  @Test
  @DisplayName("strangers and unknown ids are no parent, lead or milestone of the charter")
  void strangersAreStrangers() {
    ProgramCast cast = ProgramCast.of(OtherCharters.twoParentsInYen());
    assertTrue(!cast.impostorLead().equals(cast.lead()), "the impostor is not the lead");
    assertTrue(!cast.milestones().contains(cast.unknownMilestone()), "the unknown milestone is unknown");
    assertTrue(cast.strangers().stream().noneMatch(s -> cast.parents().stream().anyMatch(s::is)),
        "no stranger is a parent");
  }

  @Test
  @DisplayName("get every kind of command accepted, and are refused by every command rule")
  void coverTheLifecycle() {
    Property<CommandSequence> property = Property.forAll(sequences()).tries(200).seed(4711);
    for (ProgramCharter charter : OtherCharters.all()) {
      String name = charter.name() + ": ";
      for (var kind : GeneratorCoverageProperties.ACCEPTED) {
        property = property.requireCoverage("accepted", name + kind.getSimpleName(), 0);
      }
      for (var rule : GeneratorCoverageProperties.REFUSING) {
        property = property.requireCoverage("refused by", name + rule.id().value(), 0);
      }
    }
    property.requireCoverage("premium cancelled", OtherCharters.fourParents().name() + ": true", 0)
        .checkWithStatistics((sequence, statistics) -> sequence.walk((before, command, after) -> {
          Decision decision = after.lastDecision().orElseThrow();
          String charter = sequence.charter().name() + ": ";
          if (decision.isAccepted()) {
            statistics.collect("accepted", charter + GeneratorCoverageProperties.kind(command));
          } else {
            decision.ruleIds().forEach(rule -> statistics.collect("refused by", charter + rule.value()));
            if (command instanceof SubstituteEngineer) {
              statistics.collect("premium cancelled", charter
                  + !after.state().commercial().premiumCancellations().equals(before.state().commercial().premiumCancellations()));
            }
          }
        }));
  }

  @Test
  @DisplayName("keep every invariant after every step")
  void keepEveryInvariant() {
    Property.forAll(sequences()).check(sequence -> {
      sequence.walk(Invariants::checkAll);
      sequence.walk(Invariants.replayGivesSameState(sequence.charter()));
    });
  }
}
