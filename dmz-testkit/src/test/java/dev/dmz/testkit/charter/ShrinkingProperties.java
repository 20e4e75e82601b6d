package dev.dmz.testkit.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.commercial.CommercialModel;
import dev.dmz.core.ip.BackgroundAsset;
import dev.dmz.rules.DmzRule;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.decision.Readiness;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties that are meant to fail, to show what jqwik shrinks a counterexample to: a small charter
 * with plain names, on the first possible day, broken in a single way.
 */
@Label("Shrinking")
class ShrinkingProperties {

  @Group
  @Label("a ready charter")
  class Ready {
    @Provide
    Arbitrary<ProgramCharter> ready() {
      return CharterArbitraries.readyCharters();
    }

    @Property(seed = "42", tries = 200)
    @ShrinksTo(SmallestWithCarveOut.class)
    @Label("with a carved-out asset shrinks to two parents, one milestone, one asset with one carve-out")
    void noCharterCarvesOut(@ForAll("ready") ProgramCharter charter) {
      assertTrue(assets(charter).stream().allMatch(asset -> asset.carveOuts().isEmpty()));
    }
  }

  @Group
  @Label("a charter that breaks a rule")
  class Broken {
    @Provide
    Arbitrary<ProgramCharter> noMandate() {
      return CharterArbitraries.breaking(DmzRule.LEAD_MANDATE);
    }

    @Provide
    Arbitrary<ProgramCharter> noIpFramework() {
      return CharterArbitraries.breaking(DmzRule.IP_FRAMEWORK);
    }

    @Provide
    Arbitrary<ProgramCharter> noPremiumBasis() {
      return CharterArbitraries.breaking(DmzRule.PREMIUM_BASIS);
    }

    @Property(seed = "42", tries = 50)
    @ShrinksTo(SmallestBroken.class)
    @Label("DMZ-LEAD-MANDATE: shrinks to the smallest charter, broken in one way")
    void mandate(@ForAll("noMandate") ProgramCharter charter) {
      assertTrue(RuleBook.standard().check(charter).isReady());
    }

    @Property(seed = "42", tries = 50)
    @ShrinksTo(SmallestBroken.class)
    @Label("DMZ-IP-FRAMEWORK: shrinks to the smallest charter, broken in one way")
    void ipFramework(@ForAll("noIpFramework") ProgramCharter charter) {
      assertTrue(RuleBook.standard().check(charter).isReady());
    }

    @Property(seed = "42", tries = 50)
    @ShrinksTo(SmallestBroken.class)
    @Label("DMZ-PREMIUM-BASIS: shrinks to the smallest charter, broken in one way")
    void premiumBasis(@ForAll("noPremiumBasis") ProgramCharter charter) {
      assertTrue(RuleBook.standard().check(charter).isReady());
    }
  }

  static class SmallestWithCarveOut implements ShrinksTo.Check {
    @Override
    public void check(List<Object> shrunk) {
      ProgramCharter charter = (ProgramCharter) shrunk.get(0);
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

  static class SmallestBroken implements ShrinksTo.Check {
    @Override
    public void check(List<Object> shrunk) {
      ProgramCharter charter = (ProgramCharter) shrunk.get(0);
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
