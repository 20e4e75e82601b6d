package dev.dmz.testkit.program;

import dev.dmz.rules.Command;
import dev.dmz.rules.Decision;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.commercial.CommercialCommand.AcceptMilestone;
import dev.dmz.rules.commercial.CommercialCommand.ContributeToPool;
import dev.dmz.rules.commercial.CommercialCommand.DrawOnPool;
import dev.dmz.rules.commercial.CommercialCommand.RecordScopeChange;
import dev.dmz.rules.commercial.CommercialCommand.SignNewBaseline;
import dev.dmz.rules.commercial.CommercialEvent.RebaselineTriggered;
import dev.dmz.rules.ip.IpCommand.AmendIpFramework;
import dev.dmz.rules.ip.IpCommand.RecordForegroundIp;
import dev.dmz.rules.nonpoaching.NonPoachingCommand.MakeJobOffer;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.CloseVacancy;
import dev.dmz.rules.staffing.StaffingCommand.FillVacancy;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import dev.dmz.rules.staffing.StaffingCommand.SubstituteEngineer;
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
  static final List<DmzRuleId> REFUSING = List.of(DmzRuleId.CHRONOLOGY, DmzRuleId.NAMED_ENTRY, DmzRuleId.LEAD_ADMITS,
      DmzRuleId.REPLACEMENT_VETO, DmzRuleId.IP_ATTRIBUTION, DmzRuleId.IP_FROZEN, DmzRuleId.MILESTONE_PAYMENT,
      DmzRuleId.REBASELINE, DmzRuleId.RISK_POOL_DRAW, DmzRuleId.NON_POACHING_OFFER);

  @Test
  @DisplayName("get every kind of command accepted, and are refused by every command rule")
  void coverTheLifecycle() {
    Property<CommandSequence> property = Property.forAll(ProgramGenerators.commandSequences()).tries(200).seed(4711);
    for (var kind : ACCEPTED) {
      property = property.requireCoverage("accepted", kind.getSimpleName(), 0);
    }
    for (DmzRuleId rule : REFUSING) {
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
                    !after.state().commercial().premiumCancellations()
                        .equals(before.state().commercial().premiumCancellations()));
              }
            }
          });
          statistics.collect("re-opened", sequence.run().history().exists(RebaselineTriggered.class::isInstance));
        });
  }

  static String kind(Command command) {
    return ACCEPTED.stream().filter(kind -> kind.isInstance(command)).map(Class::getSimpleName).findFirst()
        .orElse(command.getClass().getSimpleName());
  }
}
