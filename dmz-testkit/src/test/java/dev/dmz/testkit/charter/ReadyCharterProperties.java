package dev.dmz.testkit.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.agreement.WallKind;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.commercial.CommercialModel;
import dev.dmz.core.party.PartyRole;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.decision.Readiness;
import dev.dmz.testkit.property.Gen;
import dev.dmz.testkit.property.Property;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Ready charters")
class ReadyCharterProperties {

  /** A size and a ready charter of that size. */
  record Sized(CharterSize size, ProgramCharter charter) {}

  static Gen<Sized> sized() {
    Gen<CharterSize> sizes = source -> {
      int minParents = source.draw(Gen.integers(2, 6));
      int minEngineers = source.draw(Gen.integers(0, 4));
      int minMilestones = source.draw(Gen.integers(1, 4));
      return CharterSize.of(minParents, minParents + source.draw(Gen.integers(0, 3)),
          minEngineers, minEngineers + source.draw(Gen.integers(0, 3)),
          minMilestones, minMilestones + source.draw(Gen.integers(0, 3)));
    };
    return sizes.flatMap(size -> CharterGenerators.readyCharters(size).map(charter -> new Sized(size, charter)));
  }

  @Test
  @DisplayName("every generated ready charter has no finding")
  void everyReadyCharterIsReady() {
    Property.forAll(CharterGenerators.readyCharters()).tries(300).check(charter -> {
      Readiness readiness = RuleBook.standard().check(charter);
      assertTrue(readiness.isReady(), () -> readiness.findings() + " in " + charter);
      assertTrue(readiness.findings().isEmpty(), () -> readiness.findings().toString());
    });
  }

  @Test
  @DisplayName("have as many parents, premium engineers and milestones as the size asks, an OEM and a supplier among the parents")
  void sizesAreRespected() {
    Property.forAll(sized()).check(sized -> {
      CharterSize size = sized.size();
      ProgramCharter charter = sized.charter();
      CommercialModel model = charter.commercialModel().orElseThrow();
      assertBetween(size.minParents(), size.maxParents(), charter.parties().size(), "parents");
      assertBetween(size.minEngineers(), size.maxEngineers(), model.premiumRates().size(), "engineers");
      assertBetween(size.minMilestones(), size.maxMilestones(), model.milestones().size(), "milestones");
      assertEquals(charter.parties().size(), charter.parentIds().size(), "party ids are unique");
      assertFalse(charter.parties(PartyRole.OEM).isEmpty(), "an OEM");
      assertFalse(charter.parties(PartyRole.SUPPLIER).isEmpty(), "a supplier");
      assertTrue(RuleBook.standard().check(charter).isReady(), "ready at any size");
    });
  }

  // A coverage check on random charters would fail now and then by chance: a fixed seed keeps it a
  // statement about the generator, not about luck.
  @Test
  @DisplayName("vary in what the rules allow: equity, later walls, assets with carve-outs, split mandates, zero thresholds")
  void areVaried() {
    List<String> labels = List.of("equity", "careers wall", "workspace wall", "carve-outs", "split mandate",
        "mandate on the first day", "several OEMs", "premium engineers", "currency with no minor unit");
    Property<ProgramCharter> property = Property.forAll(CharterGenerators.readyCharters()).tries(300).seed(4711);
    for (String label : labels) {
      property = property.requireCoverage(label, true, 2).requireCoverage(label, false, 2);
    }
    property.checkWithStatistics((charter, statistics) -> {
      CommercialModel model = charter.commercialModel().orElseThrow();
      statistics.collect("equity", charter.equity().isPresent());
      statistics.collect("careers wall", charter.wall(WallKind.CAREERS).isPresent());
      statistics.collect("workspace wall", charter.wall(WallKind.SECURITY_AND_WORKSPACE).isPresent());
      statistics.collect("carve-outs", charter.ipFramework().orElseThrow().declarations().stream()
          .flatMap(d -> d.assets().stream()).anyMatch(a -> !a.carveOuts().isEmpty()));
      statistics.collect("split mandate", charter.mandates().size() > charter.parties().size());
      statistics.collect("mandate on the first day", charter.mandates().stream()
          .anyMatch(m -> m.signedOn().equals(charter.period().start())));
      statistics.collect("several OEMs", charter.parties(PartyRole.OEM).size() > 1);
      statistics.collect("premium engineers", !model.premiumRates().isEmpty());
      statistics.collect("currency with no minor unit", model.currency().getDecimalPlaces() == 0);
    });
  }

  private static void assertBetween(int min, int max, int actual, String what) {
    assertTrue(min <= actual && actual <= max, () -> what + ": " + actual + " not in " + min + ".." + max);
  }
}
