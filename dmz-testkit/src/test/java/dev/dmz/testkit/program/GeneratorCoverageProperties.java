package dev.dmz.testkit.program;

import dev.dmz.rules.DmzRule;
import dev.dmz.rules.program.AcceptMilestone;
import dev.dmz.rules.program.Admit;
import dev.dmz.rules.program.AmendIpFramework;
import dev.dmz.rules.program.CloseVacancy;
import dev.dmz.rules.program.Command;
import dev.dmz.rules.program.ContributeToPool;
import dev.dmz.rules.program.Decision;
import dev.dmz.rules.program.DrawOnPool;
import dev.dmz.rules.program.FillVacancy;
import dev.dmz.rules.program.MakeJobOffer;
import dev.dmz.rules.program.Nominate;
import dev.dmz.rules.program.RecordDeparture;
import dev.dmz.rules.program.RecordForegroundIp;
import dev.dmz.rules.program.RecordScopeChange;
import dev.dmz.rules.program.SignNewBaseline;
import dev.dmz.rules.program.SubstituteEngineer;
import dev.dmz.testkit.property.Property;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The invariant properties are only as good as the sequences they run on: the generated sequences
 * must get every kind of command through somewhere, and be refused by every command rule that the
 * ready charter's program can meet ({@code DMZ-WALLS-BEFORE-ENTRY} cannot: the charter stays ready).
 */
@DisplayName("The generated command sequences")
class GeneratorCoverageProperties {
  static final List<Class<? extends Command>> ACCEPTED = List.of(Nominate.class, Admit.class,
      RecordDeparture.class, FillVacancy.class, CloseVacancy.class, AcceptMilestone.class,
      RecordScopeChange.class, SignNewBaseline.class, ContributeToPool.class, DrawOnPool.class,
      RecordForegroundIp.class, MakeJobOffer.class, AmendIpFramework.class);
  static final List<DmzRule> REFUSING = List.of(DmzRule.CHRONOLOGY, DmzRule.NAMED_ENTRY, DmzRule.LEAD_ADMITS,
      DmzRule.REPLACEMENT_VETO, DmzRule.IP_ATTRIBUTION, DmzRule.IP_FROZEN, DmzRule.MILESTONE_PAYMENT,
      DmzRule.REBASELINE, DmzRule.RISK_POOL_DRAW, DmzRule.NON_POACHING_OFFER);

  @Test
  @DisplayName("get every kind of command accepted, and are refused by every command rule")
  void coverTheLifecycle() {
    Property<CommandSequence> property = Property.forAll(ProgramGenerators.commandSequences()).tries(200).seed(4711);
    for (var kind : ACCEPTED) {
      property = property.requireCoverage("accepted", kind.getSimpleName(), 0);
    }
    for (DmzRule rule : REFUSING) {
      property = property.requireCoverage("refused by", rule.id().value(), 0);
    }
    property.requireCoverage("premium cancelled", true, 0)
        .requireCoverage("re-opened", true, 5)
        .checkWithStatistics((sequence, statistics) -> {
          sequence.walk((before, command, after) -> {
            Decision decision = after.lastDecision().orElseThrow();
            if (decision.isAccepted()) {
              statistics.collect("accepted", kind(command));
            } else {
              decision.ruleIds().forEach(rule -> statistics.collect("refused by", rule.value()));
              if (command instanceof SubstituteEngineer) {
                statistics.collect("premium cancelled",
                    !after.state().premiumCancellations().equals(before.state().premiumCancellations()));
              }
            }
          });
          statistics.collect("re-opened", !sequence.run().state().firedTriggers().isEmpty());
        });
  }

  static String kind(Command command) {
    return ACCEPTED.stream().filter(kind -> kind.isInstance(command)).map(Class::getSimpleName).findFirst()
        .orElse(command.getClass().getSimpleName());
  }
}
