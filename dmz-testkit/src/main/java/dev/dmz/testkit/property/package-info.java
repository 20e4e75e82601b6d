/**
 * A small property-based testing engine, designed like Hypothesis: a {@link
 * dev.dmz.testkit.property.Gen generator} draws every value from a recorded stream of choices (a
 * {@link dev.dmz.testkit.property.Source}), and shrinking simplifies that stream, so every composed
 * generator (charters, command sequences, {@link dev.dmz.testkit.property.ActionChain action chains})
 * shrinks to a readable counterexample without a hand-written shrinker. A {@link
 * dev.dmz.testkit.property.Property} runs inside an ordinary JUnit Jupiter test method; no test engine
 * of its own.
 *
 * <pre>{@code
 * @Test
 * void noListContainsSeventeen() {
 *   Property.forAll(Gen.integers(0, 100).list())
 *       .check(list -> assertFalse(list.contains(17)));
 *   // fails: Counterexample, shrunk ... to [17]; Replay: -Dtest='MyTest#noListContainsSeventeen' -Ddmz.seed=...
 * }
 * }</pre>
 */
package dev.dmz.testkit.property;
