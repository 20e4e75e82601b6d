package dev.dmz.testkit.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.rules.DmzRule;
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
  private static final Map<DmzRule, Integer> WAYS = Map.of(
      DmzRule.CHARTER_PARENTS, 2, DmzRule.LEAD_NEUTRAL, 3, DmzRule.LEAD_MANDATE, 5,
      DmzRule.NORMS, 5, DmzRule.IP_FRAMEWORK, 7, DmzRule.COMMERCIAL_OUTCOME, 4,
      DmzRule.PREMIUM_BASIS, 4, DmzRule.REBASELINE_TRIGGERS, 4, DmzRule.RISK_POOL, 5,
      DmzRule.NON_POACHING, 4);

  @Test
  @DisplayName("every way of breaking each rule is taken, alone and together with others")
  void everyWayIsTaken() {
    for (DmzRule rule : CharterGenerators.READINESS_RULES) {
      List<Breakage> breakages = Breakages.of(rule).samples(4711, 400);
      Set<String> alone = breakages.stream().filter(b -> b.ways().size() == 1).map(Breakage::way)
          .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(WAYS.get(rule), alone.size(), () -> rule + ": " + alone);
      assertTrue(breakages.stream().anyMatch(b -> b.ways().size() > 1), rule::toString);
    }
  }
}
