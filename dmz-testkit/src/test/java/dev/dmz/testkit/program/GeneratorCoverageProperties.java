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
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;

/**
 * The invariant properties are only as good as the sequences they run on: the generated sequences
 * must get every kind of command through somewhere, and be refused by every command rule that the
 * ready charter's program can meet ({@code DMZ-WALLS-BEFORE-ENTRY} cannot: the charter stays ready).
 */
@Label("The generated command sequences")
class GeneratorCoverageProperties {
  static final List<Class<? extends Command>> ACCEPTED = List.of(Nominate.class, Admit.class,
      RecordDeparture.class, FillVacancy.class, CloseVacancy.class, AcceptMilestone.class,
      RecordScopeChange.class, SignNewBaseline.class, ContributeToPool.class, DrawOnPool.class,
      RecordForegroundIp.class, MakeJobOffer.class, AmendIpFramework.class);
  static final List<DmzRule> REFUSING = List.of(DmzRule.CHRONOLOGY, DmzRule.NAMED_ENTRY, DmzRule.LEAD_ADMITS,
      DmzRule.REPLACEMENT_VETO, DmzRule.IP_ATTRIBUTION, DmzRule.IP_FROZEN, DmzRule.MILESTONE_PAYMENT,
      DmzRule.REBASELINE, DmzRule.RISK_POOL_DRAW, DmzRule.NON_POACHING_OFFER);

  @Provide
  Arbitrary<CommandSequence> sequences() {
    return ProgramArbitraries.commandSequences();
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE, seed = "4711")
  @StatisticsReport(StatisticsReportMode.OFF)
  @Label("get every kind of command accepted, and are refused by every command rule")
  void coverTheLifecycle(@ForAll("sequences") CommandSequence sequence) {
    sequence.walk((before, command, after) -> {
      Decision decision = after.lastDecision().orElseThrow();
      if (decision.isAccepted()) {
        Statistics.label("accepted").collect(kind(command));
      } else {
        decision.ruleIds().forEach(rule -> Statistics.label("refused by").collect(rule.value()));
        if (command instanceof SubstituteEngineer) {
          Statistics.label("premium cancelled").collect(
              !after.state().premiumCancellations().equals(before.state().premiumCancellations()));
        }
      }
    });
    Statistics.label("re-opened").collect(!sequence.run().state().firedTriggers().isEmpty());

    Statistics.label("accepted").coverage(checker -> ACCEPTED.forEach(kind ->
        checker.check(kind.getSimpleName()).count(n -> n > 0)));
    Statistics.label("refused by").coverage(checker -> REFUSING.forEach(rule ->
        checker.check(rule.id().value()).count(n -> n > 0)));
    Statistics.label("premium cancelled").coverage(checker -> checker.check(true).count(n -> n > 0));
    Statistics.label("re-opened").coverage(checker -> checker.check(true).percentage(p -> p > 5));
  }

  static String kind(Command command) {
    return ACCEPTED.stream().filter(kind -> kind.isInstance(command)).map(Class::getSimpleName).findFirst()
        .orElse(command.getClass().getSimpleName());
  }
}
