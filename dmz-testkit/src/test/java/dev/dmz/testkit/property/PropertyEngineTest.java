package dev.dmz.testkit.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The engine's own tests. They are about its defaults, so they run without the soak's {@code
 * -Ddmz.tries} (restored afterwards).
 */
@DisplayName("The property engine")
class PropertyEngineTest {
  private String soakTries;

  @BeforeEach
  void withoutTheSoaksTries() {
    soakTries = System.getProperty(Property.TRIES);
    System.clearProperty(Property.TRIES);
  }

  @AfterEach
  void restoreTheSoaksTries() {
    if (soakTries != null) {
      System.setProperty(Property.TRIES, soakTries);
    }
  }

  @Nested
  @DisplayName("shrinking")
  class Shrinking {
    @Test
    @DisplayName("a list property failing only when the list holds 17 shrinks to [17]")
    void seventeen() {
      for (long seed = 1; seed <= 20; seed++) {
        PropertyResult<List<Integer>> result = Property.forAll(Gen.integers(0, 100).list()).seed(seed).tries(1000)
            .run(list -> assertFalse(list.contains(17)));
        assertEquals(List.of(17), result.counterexample().orElseThrow().value(), result::report);
      }
    }

    @Test
    @DisplayName("an integer property shrinks to its boundary, on either side of zero")
    void boundary() {
      assertEquals(300, Property.forAll(Gen.integers(0, 1000)).run(n -> assertTrue(n < 300))
          .counterexample().orElseThrow().value());
      assertEquals(-300, Property.forAll(Gen.integers(-1000, 1000)).run(n -> assertTrue(n > -300))
          .counterexample().orElseThrow().value());
      assertEquals(1_000_001L, Property.forAll(Gen.longs(1, Long.MAX_VALUE / 2)).run(n -> assertTrue(n <= 1_000_000))
          .counterexample().orElseThrow().value());
    }

    @Test
    @DisplayName("a date shrinks to the first day that fails, an amount to the least that fails")
    void datesAndAmounts() {
      LocalDate start = LocalDate.of(2027, 1, 1);
      assertEquals(LocalDate.of(2027, 3, 1), Property.forAll(Gen.dates(start, LocalDate.of(2030, 12, 31)))
          .run(day -> assertTrue(day.isBefore(LocalDate.of(2027, 3, 1)))).counterexample().orElseThrow().value());
      Gen<Money> amounts = Gen.amounts(CurrencyUnit.EUR, new BigDecimal("0.01"), new BigDecimal("1000000"));
      assertEquals(Money.of(CurrencyUnit.EUR, new BigDecimal("250.00")), Property.forAll(amounts)
          .run(amount -> assertTrue(amount.isLessThan(Money.of(CurrencyUnit.EUR, new BigDecimal("250")))))
          .counterexample().orElseThrow().value());
    }

    @Test
    @DisplayName("a sum over a list shrinks to a short list of small numbers")
    void sums() {
      PropertyResult<List<Integer>> result = Property.forAll(Gen.integers(0, 1000).list()).seed(3)
          .run(list -> assertTrue(list.stream().mapToInt(Integer::intValue).sum() <= 1000));
      List<Integer> shrunk = result.counterexample().orElseThrow().value();
      assertEquals(1001, shrunk.stream().mapToInt(Integer::intValue).sum(), result::report);
      assertTrue(shrunk.size() <= 2, result::report);
    }

    @Test
    @DisplayName("a choice shrinks to its first value, an optional to absent, a frequency to its first case")
    void simplest() {
      Gen<String> words = Gen.of("alpha", "beta", "gamma");
      record Parts(String word, Optional<Integer> number, int weighted, boolean flag) {}
      Gen<Parts> parts = source -> new Parts(source.draw(words), source.draw(Gen.integers(5, 9).optional(0.5)),
          source.draw(Gen.frequency(Gen.weighted(1, Gen.just(7)), Gen.weighted(9, Gen.integers(100, 200)))),
          source.draw(Gen.booleans()));
      PropertyResult<Parts> result = Property.forAll(parts).run(p -> assertTrue(false, "always fails"));
      assertEquals(new Parts("alpha", Optional.empty(), 7, false), result.counterexample().orElseThrow().value());
    }

    @Test
    @DisplayName("a counterexample shrinks only to values that fail the same way as the first")
    void sameFailure() {
      for (long seed = 1; seed <= 20; seed++) {
        PropertyResult<Integer> result = Property.forAll(Gen.integers(0, 1000)).seed(seed).run(n -> {
          if (n < 10) {
            throw new IllegalStateException("small: " + n);
          }
          assertTrue(n < 500);
        });
        PropertyResult.Counterexample<Integer> counterexample = result.counterexample().orElseThrow();
        Class<?> kind = counterexample.originalFailure().getClass();
        assertEquals(kind, counterexample.failure().getClass(), result::report);
        assertEquals(kind == IllegalStateException.class ? 0 : 500, counterexample.value(), result::report);
      }
    }

    @Test
    @DisplayName("an action chain shrinks to the few actions that matter (2 or 3 of up to 30)")
    void chains() {
      Gen<ActionChain<Integer>> chains = ActionChain.of(() -> 0,
          total -> Gen.integers(1, 10).map(n -> Action.of("add " + n, x -> x + n)), 30);
      PropertyResult<ActionChain<Integer>> result = Property.forAll(chains)
          .run(chain -> chain.withInvariant("below 15", total -> assertTrue(total < 15)).run());
      ActionChain<Integer> shrunk = result.counterexample().orElseThrow().value();
      assertEquals(15, shrunk.run(), result::report);
      assertTrue(shrunk.actions().size() <= 3, result::report);
      assertTrue(result.report().contains("after action " + shrunk.actions().size() + " (add "), result::report);
    }
  }

  @Nested
  @DisplayName("determinism and replay")
  class Replay {
    @Test
    @DisplayName("the same seed gives the same values, another seed others")
    void sameSeed() {
      Gen<List<Integer>> lists = Gen.integers(-50, 50).list().ofMaxSize(20);
      assertEquals(lists.samples(7, 50), lists.samples(7, 50));
      assertNotEquals(lists.samples(7, 50), lists.samples(8, 50));
      List<List<Integer>> first = new ArrayList<>();
      List<List<Integer>> second = new ArrayList<>();
      Property.forAll(lists).seed(99).check(first::add);
      Property.forAll(lists).seed(99).check(second::add);
      assertEquals(first, second);
      assertEquals(Property.DEFAULT_TRIES, first.size());
    }

    @Test
    @DisplayName("the reported seed fails on the first try and shrinks to the same counterexample")
    void replay() {
      Property<List<Integer>> property = Property.forAll(Gen.integers(0, 100).list()).seed(5);
      PropertyResult<List<Integer>> result = property.run(list -> assertTrue(list.size() < 6));
      PropertyResult.Counterexample<List<Integer>> found = result.counterexample().orElseThrow();
      assertTrue(found.tryNumber() > 1, result::report);
      PropertyResult<List<Integer>> replayed = property.seed(found.seed()).run(list -> assertTrue(list.size() < 6));
      assertEquals(1, replayed.counterexample().orElseThrow().tryNumber());
      assertEquals(found.original(), replayed.counterexample().orElseThrow().original());
      assertEquals(found.value(), replayed.counterexample().orElseThrow().value());
      assertTrue(result.report().contains("Replay: -Dtest='PropertyEngineTest$Replay#replay' -Ddmz.seed="
          + found.seed()), result::report);
    }

    @Test
    @DisplayName("the system property dmz.seed replays a failure; dmz.tries sets the tries of every property")
    void systemProperties() {
      Property<Integer> property = Property.forAll(Gen.integers(0, 1_000_000)).seed(11);
      long seed = property.run(n -> assertTrue(n < 900_000)).counterexample().orElseThrow().seed();
      List<Integer> seen = new ArrayList<>();
      withSystemProperty(Property.SEED, Long.toString(seed), () -> assertEquals(1,
          property.run(n -> assertTrue(n < 900_000)).counterexample().orElseThrow().tryNumber()));
      withSystemProperty(Property.TRIES, "7", () -> property.tries(500).check(seen::add));
      assertEquals(7, seen.size());
      IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
          () -> withSystemProperty(Property.TRIES, "lots", () -> property.check(n -> { })));
      assertEquals("-Ddmz.tries must be a whole number of at least 1, was 'lots'", bad.getMessage());
    }

    private void withSystemProperty(String key, String value, Runnable run) {
      String before = System.getProperty(key);
      System.setProperty(key, value);
      try {
        run.run();
      } finally {
        if (before == null) {
          System.clearProperty(key);
        } else {
          System.setProperty(key, before);
        }
      }
    }
  }

  @Nested
  @DisplayName("the report of a failure")
  class Report {
    @Test
    @DisplayName("names the property, the try, the shrunk and the original counterexample, the failure and the replay")
    void report() {
      PropertyFailure failure = assertThrows(PropertyFailure.class, () -> Property.forAll(Gen.integers(0, 100).list())
          .seed(5).check(list -> assertFalse(list.contains(17), "17 is in " + list)));
      String report = failure.getMessage();
      assertTrue(report.startsWith("Property PropertyEngineTest$Report#report failed on try "), report);
      assertTrue(report.contains("Counterexample, shrunk "), report);
      assertTrue(report.contains("\n  [17]\n"), report);
      assertTrue(report.contains("17 is in [17]"), report);
      assertTrue(report.contains("Original counterexample:"), report);
      assertTrue(report.contains("Replay: -Dtest='PropertyEngineTest$Report#report' -Ddmz.seed="), report);
      assertEquals("17 is in [17] ==> expected: <false> but was: <true>", failure.getCause().getMessage());
    }

    @Test
    @DisplayName("a filter that rejects almost everything fails with a clear message instead of spinning")
    void filterRejectingEverything() {
      PropertyFailure failure = assertThrows(PropertyFailure.class, () -> Property.forAll(
          Gen.integers(0, 1_000_000).filter(n -> n == 424_242)).check(n -> { }));
      assertEquals(PropertyResult.Status.GAVE_UP, failure.result().status());
      String report = failure.getMessage();
      assertTrue(report.contains("gave up: 101 tries were rejected before the check, 0 ran"), report);
      assertTrue(report.contains("a filter rejected 100 values in a row"), report);
      assertTrue(report.contains("Generate the values the property needs rather than filtering"), report);
    }

    @Test
    @DisplayName("a generator that throws falsifies the property, and its choices shrink too")
    void generatorThrows() {
      Gen<Integer> broken = Gen.integers(0, 100).map(n -> {
        if (n > 50) {
          throw new IllegalStateException("no value above 50, was " + n);
        }
        return n;
      });
      PropertyResult<Integer> result = Property.forAll(broken).run(n -> { });
      PropertyResult.Counterexample<Integer> counterexample = result.counterexample().orElseThrow();
      assertEquals(null, counterexample.value());
      assertEquals("no value above 50, was 51", counterexample.failure().getMessage());
      assertTrue(result.report().contains("(none: the generator threw before it made one)"), result::report);
    }

    @Test
    @DisplayName("a filter that rejects some values passes, drawing again")
    void filterRejectingSome() {
      List<Integer> seen = new ArrayList<>();
      Property.forAll(Gen.integers(0, 100).filter(n -> n % 2 == 0)).check(seen::add);
      assertEquals(Property.DEFAULT_TRIES, seen.size());
      assertTrue(seen.stream().allMatch(n -> n % 2 == 0));
    }

    @Test
    @DisplayName("coverage that falls short fails, naming the label, the value and the share")
    void coverage() {
      Gen<Integer> numbers = Gen.integers(0, 99);
      Property.forAll(numbers).seed(1).requireCoverage("size", "small", 5)
          .checkWithStatistics((n, statistics) -> statistics.collect("size", n < 50 ? "small" : "large"));
      PropertyFailure failure = assertThrows(PropertyFailure.class, () -> Property.forAll(numbers).seed(1)
          .requireCoverage("size", "tiny", 1)
          .checkWithStatistics((n, statistics) -> statistics.collect("size", n < 50 ? "small" : "large")));
      assertEquals(PropertyResult.Status.COVERAGE_SHORT, failure.result().status());
      assertTrue(failure.getMessage().contains("'size' = 'tiny' occurred in 0 of 100 tries (0.0%), at least 1.0% "
          + "required"), failure.getMessage());
    }

    @Test
    @DisplayName("a passing property reports its tries and statistics")
    void passed() {
      PropertyResult<Integer> result = Property.forAll(Gen.integers(0, 9)).tries(50)
          .runWithStatistics((n, statistics) -> statistics.collect("parity", n % 2));
      assertTrue(result.passed());
      assertEquals(50, result.triesRun());
      assertEquals(50, result.statistics().get("parity").values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    @DisplayName("a time budget stops starting new tries once spent")
    void budget() {
      List<Integer> seen = new ArrayList<>();
      Property.forAll(Gen.integers(0, 9)).tries(1_000_000).within(Duration.ZERO).check(seen::add);
      assertEquals(1, seen.size());
    }
  }

  @Nested
  @DisplayName("generators")
  class Generators {
    @Test
    @DisplayName("stay in their bounds, edges included early")
    void bounds() {
      List<Integer> values = new ArrayList<>();
      Property.forAll(Gen.integers(-3, 12)).tries(200).check(values::add);
      assertTrue(values.stream().allMatch(n -> n >= -3 && n <= 12));
      assertTrue(values.subList(0, 20).containsAll(List.of(-3, 12)), values::toString);
      List<BigDecimal> decimals = Gen.decimals(BigDecimal.ONE, BigDecimal.valueOf(33), 1).samples(1, 200);
      assertTrue(decimals.stream().allMatch(d -> d.scale() == 1 && d.compareTo(BigDecimal.ONE) >= 0
          && d.compareTo(BigDecimal.valueOf(33)) <= 0));
      List<LocalDate> days = Gen.dates(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31)).samples(1, 200);
      assertEquals(31, new HashSet<>(days).size());
    }

    @Test
    @DisplayName("lists keep their size bounds and uniqueness; sets keep the order drawn")
    void lists() {
      List<List<Integer>> lists = Gen.integers(0, 5).list().ofMinSize(2).ofMaxSize(4).unique().samples(3, 300);
      assertTrue(lists.stream().allMatch(l -> l.size() >= 2 && l.size() <= 4 && new HashSet<>(l).size() == l.size()));
      List<List<Integer>> uniform = Gen.integers(0, 5).list().ofMaxSize(10).uniformSize().samples(3, 2000);
      long long10 = uniform.stream().filter(l -> l.size() == 10).count();
      assertTrue(long10 > 100 && long10 < 300, () -> "size 10 drawn " + long10 + " times of 2000");
      Set<Integer> set = Gen.integers(0, 9).list().ofSize(5).toSet().sample(4);
      assertEquals(5, set.size());
    }

    @Test
    @DisplayName("misuse is refused with the value named")
    void misuse() {
      assertEquals("max must not be less than min, were 5 and 4",
          assertThrows(IllegalArgumentException.class, () -> Gen.integers(5, 4)).getMessage());
      assertEquals("a choice needs at least one value, was none",
          assertThrows(IllegalArgumentException.class, () -> Gen.of(List.of())).getMessage());
      assertEquals("weight must be at least 1, was 0",
          assertThrows(IllegalArgumentException.class, () -> Gen.weighted(0, Gen.just(1))).getMessage());
      assertEquals("tries must be at least 1, was 0",
          assertThrows(IllegalArgumentException.class, () -> Property.forAll(Gen.just(1)).tries(0)).getMessage());
      assertEquals("the range from -9223372036854775808 to 9223372036854775807 is too wide",
          assertThrows(IllegalArgumentException.class, () -> Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE)).getMessage());
    }
  }
}
