package dev.dmz.testkit.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.CharterRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.RuleBook;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("CharterGenerators")
class CharterGeneratorsTest {

  @Nested
  @DisplayName("breaking(rule)")
  class Breaking {
    @Test
    @DisplayName("accepts exactly the ten readiness rules of the standard rule book")
    void readinessRules() {
      List<DmzRuleId> expected = List.of(DmzRuleId.CHARTER_PARENTS, DmzRuleId.LEAD_NEUTRAL, DmzRuleId.LEAD_MANDATE,
          DmzRuleId.NORMS, DmzRuleId.IP_FRAMEWORK, DmzRuleId.COMMERCIAL_OUTCOME, DmzRuleId.PREMIUM_BASIS,
          DmzRuleId.REBASELINE_TRIGGERS, DmzRuleId.RISK_POOL, DmzRuleId.NON_POACHING);
      assertEquals(expected, CharterGenerators.READINESS_RULES);
      assertEquals(RuleBook.standard().charterRules().stream().map(CharterRule::id).collect(Collectors.toList()),
          expected.stream().map(DmzRuleId::id).collect(Collectors.toList()));
      expected.forEach(CharterGenerators::breaking);
    }

    @Test
    @DisplayName("refuses a command rule, naming it")
    void refusesCommandRules() {
      Arrays.stream(DmzRuleId.values()).filter(rule -> !CharterGenerators.READINESS_RULES.contains(rule))
          .forEach(rule -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CharterGenerators.breaking(rule));
            assertTrue(e.getMessage().contains(rule.id().value()), e::getMessage);
            assertTrue(e.getMessage().contains("not a readiness rule"), e::getMessage);
          });
    }

    @Test
    @DisplayName("the javadoc's example: a charter with a broken mandate has findings of DMZ-LEAD-MANDATE only")
    void javadocExample() {
      ProgramCharter charter = CharterGenerators.breaking(DmzRuleId.LEAD_MANDATE).sample(1);
      assertEquals(Set.of(DmzRuleId.LEAD_MANDATE.id()), RuleBook.standard().check(charter).ruleIds());
    }
  }

  @Nested
  @DisplayName("CharterSize")
  class Sizes {
    @Test
    @DisplayName("refuses fewer than two parents, a negative number of engineers, no milestone, a maximum below its minimum")
    void refusesImpossibleSizes() {
      assertThrows(IllegalArgumentException.class, () -> CharterSize.defaults().withParents(1, 3));
      assertThrows(IllegalArgumentException.class, () -> CharterSize.defaults().withEngineers(-1, 3));
      assertThrows(IllegalArgumentException.class, () -> CharterSize.defaults().withMilestones(0, 3));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> CharterSize.of(3, 2, 0, 0, 1, 1));
      assertEquals("the maximum number of parents (2) must not be less than the minimum (3)", e.getMessage());
    }

    @Test
    @DisplayName("has sensible defaults and is a value")
    void defaults() {
      CharterSize size = CharterSize.defaults();
      assertEquals(List.of(2, 4, 0, 3, 1, 4), List.of(size.minParents(), size.maxParents(), size.minEngineers(),
          size.maxEngineers(), size.minMilestones(), size.maxMilestones()));
      assertEquals(CharterSize.of(2, 2, 0, 0, 1, 1), CharterSize.smallest());
      assertEquals(CharterSize.of(3, 6, 0, 3, 2, 2), size.withParents(3, 6).withMilestones(2, 2));
      assertEquals(CharterSize.smallest().hashCode(), CharterSize.of(2, 2, 0, 0, 1, 1).hashCode());
      assertEquals("CharterSize{parents 2..4, engineers 0..3, milestones 1..4}", size.toString());
    }

    @Test
    @DisplayName("the smallest ready charter: one OEM, one supplier, one milestone, no premium engineer")
    void smallest() {
      ProgramCharter charter = CharterGenerators.readyCharters(CharterSize.smallest()).sample(1);
      assertEquals(2, charter.parties().size());
      assertEquals(1, charter.commercialModel().orElseThrow().milestones().size());
      assertEquals(0, charter.commercialModel().orElseThrow().premiumRates().size());
      assertTrue(RuleBook.standard().check(charter).isReady());
    }
  }
}
