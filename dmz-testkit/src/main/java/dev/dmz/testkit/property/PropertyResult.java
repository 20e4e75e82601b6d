package dev.dmz.testkit.property;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run of a {@link Property} found: it held, it was falsified (with a shrunk counterexample),
 * it gave up (too many tries rejected), or it held but its coverage fell short. {@link #report()}
 * says it in words; {@link Property#check} throws a {@link PropertyFailure} with that report unless
 * the property passed.
 *
 * <pre>{@code
 * PropertyResult<List<Integer>> result = Property.forAll(Gen.integers(0, 100).list())
 *     .run(list -> assertFalse(list.contains(17)));
 * assertEquals(List.of(17), result.counterexample().orElseThrow().value());
 * }</pre>
 *
 * @param <T> the type of values
 */
public final class PropertyResult<T> {
  /** How a run ended. */
  public enum Status {
    /** Every try held and the coverage was met. */
    PASSED,
    /** A try failed; {@link #counterexample()} has it, shrunk. */
    FALSIFIED,
    /** Too many tries were rejected (by filters, or values too big to make) to go on. */
    GAVE_UP,
    /** Every try held, but a labelled value occurred in fewer tries than required. */
    COVERAGE_SHORT
  }

  private static final int SHOWN = 8_000;

  private final String name;
  private final Status status;
  private final long seed;
  private final int tries;
  private final int ran;
  private final int rejected;
  private final Counterexample<T> counterexample;
  private final String rejection;
  private final Map<String, Map<Object, Integer>> statistics;
  private final List<String> shortfalls;

  private PropertyResult(String name, Status status, long seed, int tries, int ran, int rejected,
      Counterexample<T> counterexample, String rejection, Map<String, Map<Object, Integer>> statistics,
      List<String> shortfalls) {
    this.name = name;
    this.status = status;
    this.seed = seed;
    this.tries = tries;
    this.ran = ran;
    this.rejected = rejected;
    this.counterexample = counterexample;
    this.rejection = rejection;
    this.statistics = statistics;
    this.shortfalls = List.copyOf(shortfalls);
  }

  static <T> PropertyResult<T> falsified(String name, long seed, int tries, int ran, int rejected,
      Counterexample<T> counterexample) {
    return new PropertyResult<>(name, Status.FALSIFIED, seed, tries, ran, rejected, counterexample, null,
        Map.of(), List.of());
  }

  static <T> PropertyResult<T> gaveUp(String name, long seed, int tries, int ran, int rejected, String why) {
    return new PropertyResult<>(name, Status.GAVE_UP, seed, tries, ran, rejected, null, why, Map.of(), List.of());
  }

  static <T> PropertyResult<T> ran(String name, long seed, int tries, int ran, int rejected,
      Map<String, Map<Object, Integer>> counts, List<Property.Coverage> coverage) {
    List<String> shortfalls = new ArrayList<>();
    for (Property.Coverage required : coverage) {
      int count = counts.getOrDefault(required.label(), Map.of()).getOrDefault(required.value(), 0);
      if (!required.metBy(count, ran)) {
        shortfalls.add(String.format(Locale.ROOT, "'%s' = '%s' occurred in %d of %d tries (%.1f%%), %s required",
            required.label(), Shown.value(required.value(), 200), count, ran, ran == 0 ? 0.0 : count * 100.0 / ran,
            required.minPercent() == 0 ? "at least one" : "at least " + required.minPercent() + "%"));
      }
    }
    Map<String, Map<Object, Integer>> copy = new LinkedHashMap<>();
    counts.forEach((label, values) -> copy.put(label, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
    return new PropertyResult<>(name, shortfalls.isEmpty() ? Status.PASSED : Status.COVERAGE_SHORT, seed, tries,
        ran, rejected, null, null, Collections.unmodifiableMap(copy), shortfalls);
  }

  /**
   * Whether the property held on every try and met its coverage.
   *
   * @return true if it passed
   */
  public boolean passed() {
    return status == Status.PASSED;
  }

  /**
   * How the run ended.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * The property's name: its test class and method, unless named otherwise.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The seed of the run.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * How many tries ran to the end of the check (rejected ones not counted).
   *
   * @return the tries that ran
   */
  public int triesRun() {
    return ran;
  }

  /**
   * How many tries were rejected before the check (by filters).
   *
   * @return the rejected tries
   */
  public int triesRejected() {
    return rejected;
  }

  /**
   * The counterexample, if the property was falsified.
   *
   * @return the counterexample, or empty
   */
  public Optional<Counterexample<T>> counterexample() {
    return Optional.ofNullable(counterexample);
  }

  /**
   * In how many tries each value was collected, by label (see {@link Statistics}).
   *
   * @return the counts, by label and value, in the order first seen
   */
  public Map<String, Map<Object, Integer>> statistics() {
    return statistics;
  }

  /**
   * The run in words: for a falsified property the shrunk counterexample and its failure, the
   * original, the seed and the line that replays it.
   *
   * @return the report
   */
  public String report() {
    StringBuilder text = new StringBuilder();
    switch (status) {
      case PASSED -> text.append(String.format(Locale.ROOT, "Property %s held in %d tries (seed %d).",
          name, ran, seed));
      case FALSIFIED -> {
        Counterexample<T> c = counterexample;
        text.append(String.format(Locale.ROOT, "Property %s failed on try %d of %d (run seed %d).%n", name,
            c.tryNumber(), tries, seed));
        text.append(String.format(Locale.ROOT, "Counterexample, shrunk %d times to %d choices:%n", c.shrinks(),
            c.choices()));
        text.append(Shown.indented(shown(c.value()), "  ")).append(System.lineSeparator());
        text.append("Failure:").append(System.lineSeparator());
        text.append(Shown.indented(Shown.value(c.failure(), SHOWN), "  ")).append(System.lineSeparator());
        text.append("Original counterexample:").append(System.lineSeparator());
        text.append(Shown.indented(shown(c.original()), "  ")).append(System.lineSeparator());
        text.append("Original failure: ").append(Shown.value(c.originalFailure(), 1_000))
            .append(System.lineSeparator());
        text.append(String.format(Locale.ROOT, "Replay: -Dtest='%s' -D%s=%d", name, Property.SEED, c.seed()));
      }
      case GAVE_UP -> text.append(String.format(Locale.ROOT,
          "Property %s gave up: %d tries were rejected before the check, %d ran (run seed %d). The last "
              + "rejection: %s. Generate the values the property needs rather than filtering most of them away.",
          name, rejected, ran, seed, rejection));
      case COVERAGE_SHORT -> {
        text.append(String.format(Locale.ROOT, "Property %s held in %d tries (run seed %d), but its coverage "
            + "fell short:", name, ran, seed));
        shortfalls.forEach(s -> text.append(System.lineSeparator()).append("  ").append(s));
        text.append(System.lineSeparator()).append("Collected:");
        statistics.forEach((label, values) -> text.append(System.lineSeparator()).append("  ").append(label)
            .append(": ").append(Shown.value(values, 2_000)));
      }
      default -> throw new IllegalStateException("unknown status " + status);
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return report();
  }

  private static String shown(Object value) {
    return value == null ? "(none: the generator threw before it made one)" : Shown.value(value, SHOWN);
  }

  /**
   * A failing value, shrunk, with the one first found.
   *
   * @param value the shrunk value, or null if the generator itself threw
   * @param original the value first found to fail, or null if the generator itself threw
   * @param failure what the property threw on the shrunk value
   * @param originalFailure what it threw on the original
   * @param seed the seed that replays the failing try as the first try of a run
   * @param tryNumber which try failed, from 1
   * @param shrinks how many simpler failing values shrinking went through
   * @param choices how many choices the shrunk value is made of
   * @param <T> the type of values
   */
  public record Counterexample<T>(T value, T original, Throwable failure, Throwable originalFailure, long seed,
      int tryNumber, int shrinks, int choices) {
    /** Checks the failures. */
    public Counterexample {
      Objects.requireNonNull(failure, "failure is null");
      Objects.requireNonNull(originalFailure, "originalFailure is null");
    }
  }
}
