package dev.dmz.testkit.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.DmzRule;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.decision.Readiness;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;

@Label("Charters that break one readiness rule")
class BreakingCharterProperties {

  @Provide
  Arbitrary<Tuple2<DmzRule, ProgramCharter>> broken() {
    return CharterArbitraries.readinessRules()
        .flatMap(rule -> CharterArbitraries.breaking(rule).map(charter -> Tuple.of(rule, charter)));
  }

  @Provide
  Arbitrary<Tuple2<DmzRule, ProgramCharter>> brokenBig() {
    CharterSize big = CharterSize.defaults().withParents(3, 7).withEngineers(2, 6).withMilestones(2, 6);
    return CharterArbitraries.readinessRules()
        .flatMap(rule -> CharterArbitraries.breaking(rule, big).map(charter -> Tuple.of(rule, charter)));
  }

  @Property(tries = 500, seed = "4711")
  @StatisticsReport(StatisticsReportMode.OFF)
  @Label("have findings of exactly the rule they break, for each of the ten readiness rules")
  void breakExactlyTheirRule(@ForAll("broken") Tuple2<DmzRule, ProgramCharter> broken) {
    assertOnly(broken.get1(), broken.get2());
    Statistics.collect(broken.get1());
    Statistics.coverage(coverage -> {
      for (DmzRule rule : CharterArbitraries.READINESS_RULES) {
        coverage.check(rule).count(n -> n > 0);
      }
    });
  }

  @Property
  @Label("break exactly their rule in bigger charters too")
  void breakExactlyTheirRuleWhenBig(@ForAll("brokenBig") Tuple2<DmzRule, ProgramCharter> broken) {
    assertOnly(broken.get1(), broken.get2());
  }

  static void assertOnly(DmzRule rule, ProgramCharter charter) {
    Readiness readiness = RuleBook.standard().check(charter);
    assertFalse(readiness.findingsOf(rule.id()).isEmpty(), () -> "no finding of " + rule.id() + " in " + charter);
    assertEquals(Set.of(rule.id()), readiness.ruleIds(), () -> readiness.findings() + " in " + charter);
  }
}
