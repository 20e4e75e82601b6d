package dev.dmz.testkit.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.decision.Readiness;
import dev.dmz.testkit.property.Gen;
import dev.dmz.testkit.property.Property;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Charters that break one readiness rule")
class BreakingCharterProperties {

  /** A charter and the rule it was made to break. */
  record Broken(DmzRuleId rule, ProgramCharter charter) {}

  static Gen<Broken> broken(CharterSize size) {
    return CharterGenerators.readinessRules()
        .flatMap(rule -> CharterGenerators.breaking(rule, size).map(charter -> new Broken(rule, charter)));
  }

  @Test
  @DisplayName("have findings of exactly the rule they break, for each of the ten readiness rules")
  void breakExactlyTheirRule() {
    Property<Broken> property = Property.forAll(broken(CharterSize.defaults())).tries(500).seed(4711);
    for (DmzRuleId rule : CharterGenerators.READINESS_RULES) {
      property = property.requireCoverage("rule", rule, 0);
    }
    property.checkWithStatistics((broken, statistics) -> {
      assertOnly(broken.rule(), broken.charter());
      statistics.collect("rule", broken.rule());
    });
  }

  @Test
  @DisplayName("break exactly their rule in bigger charters too")
  void breakExactlyTheirRuleWhenBig() {
    CharterSize big = CharterSize.defaults().withParents(3, 7).withEngineers(2, 6).withMilestones(2, 6);
    Property.forAll(broken(big)).check(broken -> assertOnly(broken.rule(), broken.charter()));
  }

  static void assertOnly(DmzRuleId rule, ProgramCharter charter) {
    Readiness readiness = RuleBook.standard().check(charter);
    assertFalse(readiness.findingsOf(rule.id()).isEmpty(), () -> "no finding of " + rule.id() + " in " + charter);
    assertEquals(Set.of(rule.id()), readiness.ruleIds(), () -> readiness.findings() + " in " + charter);
  }
}
