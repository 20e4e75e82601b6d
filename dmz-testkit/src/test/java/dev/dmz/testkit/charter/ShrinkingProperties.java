package dev.dmz.testkit.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.commercial.CommercialModel;
import dev.dmz.core.ip.BackgroundAsset;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.decision.Readiness;
import dev.dmz.testkit.property.Property;
import dev.dmz.testkit.property.PropertyResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Properties that are meant to fail, to show what a counterexample shrinks to: a small charter with
 * plain names, on the first possible day, broken in a single way. Each test runs its property, requires
 * it to fail, and checks the shrunk counterexample.
 */
@DisplayName("Shrinking")
class ShrinkingProperties {

  static ProgramCharter shrunk(PropertyResult<ProgramCharter> result) {
    assertEquals(PropertyResult.Status.FALSIFIED, result.status(), result::report);
    return result.counterexample().orElseThrow().value();
  }

  @Nested
  @DisplayName("a ready charter")
  class Ready {
    @Test
    @DisplayName("with a carved-out asset shrinks to two parents, one milestone, one asset with one carve-out")
    void noCharterCarvesOut() {
      PropertyResult<ProgramCharter> result = Property.forAll(CharterGenerators.readyCharters()).seed(42).tries(200)
          .run(charter -> assertTrue(assets(charter).stream().allMatch(asset -> asset.carveOuts().isEmpty())));
      new SmallestWithCarveOut().check(shrunk(result));
    }
  }

  @Nested
  @DisplayName("a charter that breaks a rule")
  class Broken {
    @Test
    @DisplayName("DMZ-LEAD-MANDATE: shrinks to the smallest charter, broken in one way")
    void mandate() {
      new SmallestBroken().check(shrunk(brokenAlwaysReady(DmzRuleId.LEAD_MANDATE)));
    }

    @Test
    @DisplayName("DMZ-IP-FRAMEWORK: shrinks to the smallest charter, broken in one way")
    void ipFramework() {
      new SmallestBroken().check(shrunk(brokenAlwaysReady(DmzRuleId.IP_FRAMEWORK)));
    }

    @Test
    @DisplayName("DMZ-PREMIUM-BASIS: shrinks to the smallest charter, broken in one way")
    void premiumBasis() {
      new SmallestBroken().check(shrunk(brokenAlwaysReady(DmzRuleId.PREMIUM_BASIS)));
    }

    private PropertyResult<ProgramCharter> brokenAlwaysReady(DmzRuleId rule) {
      return Property.forAll(CharterGenerators.breaking(rule)).seed(42).tries(50)
          .run(charter -> assertTrue(RuleBook.standard().check(charter).isReady()));
    }
  }

  static class SmallestWithCarveOut {
    void check(ProgramCharter charter) {
      CommercialModel model = charter.commercialModel().orElseThrow();
      assertEquals(2, charter.parties().size(), charter::toString);
      assertEquals(1, model.milestones().size(), charter::toString);
      assertEquals(0, model.premiumRates().size(), charter::toString);
      assertEquals(1, assets(charter).size(), charter::toString);
      assertEquals(1, assets(charter).get(0).carveOuts().size(), charter::toString);
      assertEquals(LocalDate.of(2027, 1, 1), charter.period().start(), charter::toString);
      assertEquals(Optional.empty(), charter.equity(), charter::toString);
      assertEquals(3, charter.walls().size(), charter::toString);
      assertEquals("Nordwerk AG", charter.parties().get(0).name(), charter::toString);
    }
  }

  static class SmallestBroken {
    void check(ProgramCharter charter) {
      Readiness readiness = RuleBook.standard().check(charter);
      CommercialModel model = charter.commercialModel().orElseThrow();
      assertEquals(1, readiness.findings().size(), readiness::toString);
      assertEquals(2, charter.parties().size(), charter::toString);
      assertTrue(model.milestones().size() <= 1, charter::toString);
      assertTrue(model.premiumRates().size() <= 1, charter::toString);
      assertEquals(LocalDate.of(2027, 1, 1), charter.period().start(), charter::toString);
    }
  }

  static List<BackgroundAsset> assets(ProgramCharter charter) {
    return charter.ipFramework().orElseThrow().declarations().stream().flatMap(d -> d.assets().stream())
        .collect(Collectors.toList());
  }
}
