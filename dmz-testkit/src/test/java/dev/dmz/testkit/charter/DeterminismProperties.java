package dev.dmz.testkit.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.testkit.property.Gen;
import dev.dmz.testkit.property.Property;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The same seed gives the same charters: two runs of a property with one seed draw from the same
 * generator, and what they drew is compared. A generator with hidden state (a counter, the order of
 * a hash set) would make them differ.
 */
@DisplayName("Determinism")
class DeterminismProperties {
  private static final int TRIES = 30;

  static Gen<ProgramCharter> anyCharter() {
    List<Gen<ProgramCharter>> all = new ArrayList<>();
    all.add(CharterGenerators.readyCharters());
    for (DmzRuleId rule : CharterGenerators.READINESS_RULES) {
      all.add(CharterGenerators.breaking(rule));
    }
    return Gen.oneOf(all);
  }

  @Test
  @DisplayName("two runs with seed 4711 draw the same charters")
  void sameSeedSameCharters() {
    List<ProgramCharter> first = new ArrayList<>();
    List<ProgramCharter> second = new ArrayList<>();
    Property.forAll(anyCharter()).seed(4711).tries(TRIES).check(first::add);
    Property.forAll(anyCharter()).seed(4711).tries(TRIES).check(second::add);
    assertEquals(first.size(), second.size());
    assertEquals(first, second, "the same seed gave different charters");
  }

  @Test
  @DisplayName("a generator's sample is the same for the same seed, and differs for another")
  void samples() {
    assertEquals(anyCharter().sample(42), anyCharter().sample(42));
    assertNotEquals(anyCharter().sample(42), anyCharter().sample(43));
  }
}
