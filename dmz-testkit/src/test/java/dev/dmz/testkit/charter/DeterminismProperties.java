package dev.dmz.testkit.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.DmzRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The same seed gives the same charters: two properties with one seed draw from the same arbitrary,
 * and after both have run, what they drew is compared. A generator with hidden state (a counter, the
 * order of a hash set) would make them differ.
 */
@Label("Determinism")
class DeterminismProperties {
  private static final int TRIES = 30;
  private static final Map<String, List<ProgramCharter>> DRAWN = new ConcurrentHashMap<>();

  @Provide
  Arbitrary<ProgramCharter> anyCharter() {
    List<Arbitrary<ProgramCharter>> all = new ArrayList<>();
    all.add(CharterArbitraries.readyCharters());
    for (DmzRule rule : CharterArbitraries.READINESS_RULES) {
      all.add(CharterArbitraries.breaking(rule));
    }
    return Arbitraries.oneOf(all);
  }

  @Property(seed = "4711", tries = TRIES)
  @Label("a first run with seed 4711")
  void firstRun(@ForAll("anyCharter") ProgramCharter charter) {
    DRAWN.computeIfAbsent("first", run -> new ArrayList<>()).add(charter);
  }

  @Property(seed = "4711", tries = TRIES)
  @Label("a second run with seed 4711")
  void secondRun(@ForAll("anyCharter") ProgramCharter charter) {
    DRAWN.computeIfAbsent("second", run -> new ArrayList<>()).add(charter);
  }

  @AfterContainer
  static void bothRunsDrewTheSameCharters() {
    assertEquals(TRIES, DRAWN.get("first").size());
    assertEquals(DRAWN.get("first"), DRAWN.get("second"), "the same seed gave different charters");
  }
}
