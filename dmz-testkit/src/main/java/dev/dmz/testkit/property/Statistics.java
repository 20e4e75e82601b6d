package dev.dmz.testkit.property;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one try of a property saw, by label: a property collects values under labels while it checks,
 * and requires with {@link Property#requireCoverage} that a labelled value occurs in a share of its
 * tries. A value collected twice in one try counts once for that try.
 *
 * <pre>{@code
 * Property.forAll(sequences)
 *     .requireCoverage("refused by", "DMZ-REPLACEMENT-VETO", 1.0)
 *     .checkWithStatistics((sequence, statistics) -> sequence.walk((before, command, after) ->
 *         after.lastDecision().orElseThrow().ruleIds()
 *             .forEach(id -> statistics.collect("refused by", id.value()))));
 * }</pre>
 */
public final class Statistics {
  private final Map<String, Set<Object>> seen = new LinkedHashMap<>();

  Statistics() {}

  /**
   * Records that this try saw the value under the label.
   *
   * @param label the label, such as "refused by"
   * @param value the value, such as a rule id; compared with {@code equals}
   */
  public void collect(String label, Object value) {
    Objects.requireNonNull(label, "label is null");
    seen.computeIfAbsent(label, l -> new LinkedHashSet<>()).add(value);
  }

  Map<String, Set<Object>> seen() {
    return seen;
  }
}
