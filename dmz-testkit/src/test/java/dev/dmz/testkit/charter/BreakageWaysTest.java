package dev.dmz.testkit.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.rules.DmzRuleId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The ways of breaking a rule")
class BreakageWaysTest {
  /** How many ways Breakages has for each rule; a new way is counted here too. */
  private static final Map<DmzRuleId, Integer> WAYS = Map.of(
      DmzRuleId.CHARTER_PARENTS, 2, DmzRuleId.LEAD_NEUTRAL, 3, DmzRuleId.LEAD_MANDATE, 5,
      DmzRuleId.NORMS, 5, DmzRuleId.IP_FRAMEWORK, 7, DmzRuleId.COMMERCIAL_OUTCOME, 4,
      DmzRuleId.PREMIUM_BASIS, 4, DmzRuleId.REBASELINE_TRIGGERS, 4, DmzRuleId.RISK_POOL, 5,
      DmzRuleId.NON_POACHING, 4);

  @Test
  @DisplayName("every way of breaking each rule is taken, alone and together with others")
  void everyWayIsTaken() {
    for (DmzRuleId rule : CharterGenerators.READINESS_RULES) {
      List<Breakage> breakages = Breakages.of(rule).samples(4711, 400);
      Set<String> alone = breakages.stream().filter(b -> b.ways().size() == 1).map(Breakage::way)
          .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(WAYS.get(rule), alone.size(), () -> rule + ": " + alone);
      assertTrue(breakages.stream().anyMatch(b -> b.ways().size() > 1), rule::toString);
    }
  }
}
