package dev.dmz.testkit.property;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A property: a check that must hold for every value of a generator. It runs inside an ordinary JUnit
 * test method (or any other code): {@link #check} tries it on generated values and, on the first
 * failure, shrinks the value to a simple counterexample and throws a {@link PropertyFailure} that
 * shows it, the original, the seed and the line that replays it.
 *
 * <pre>{@code
 * @Test
 * void everyReadyCharterIsReadyUnderMyRuleBook() {
 *   Property.forAll(CharterGen.readyCharters())
 *       .tries(200)
 *       .check(charter -> assertTrue(myRuleBook.check(charter).isReady()));
 * }
 * }</pre>
 *
 * <p><b>Deterministic.</b> A property's seed is its own (derived from its class and method names)
 * unless {@link #seed} or the system property {@value #SEED} sets it: the same seed gives the same
 * values, so a build fails or passes the same way every time. Try {@code n} of a run draws from a seed
 * derived from the run's seed and {@code n}, except the first, which draws from the run's seed itself:
 * that is why the seed a failure reports replays it on the first try. The first tenth of the tries
 * (at least the first) draw edge cases more often.
 *
 * <p><b>Settings from the command line</b>, for every property of a run: {@value #TRIES} sets the
 * tries ({@code -Ddmz.tries=10000} for a soak) and {@value #SEED} the seed (to replay a failure,
 * with {@code -Dtest=} naming the test).
 *
 * <p>A property is immutable: each setting returns a new one.
 *
 * @param <T> the type of values
 */
public final class Property<T> {
  /** The system property that sets every property's tries. */
  public static final String TRIES = "dmz.tries";
  /** The system property that sets every property's seed. */
  public static final String SEED = "dmz.seed";
  /** The tries of a property that sets none. */
  public static final int DEFAULT_TRIES = 100;
  /** The most runs of the property that shrinking a counterexample may take. */
  public static final int DEFAULT_SHRINK_RUNS = 5_000;

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private final Gen<T> gen;
  private final String name;
  private final int tries;
  private final Long seed;
  private final Duration budget;
  private final int shrinkRuns;
  private final List<Coverage> coverage;

  private Property(Gen<T> gen, String name, int tries, Long seed, Duration budget, int shrinkRuns,
      List<Coverage> coverage) {
    this.gen = gen;
    this.name = name;
    this.tries = tries;
    this.seed = seed;
    this.budget = budget;
    this.shrinkRuns = shrinkRuns;
    this.coverage = List.copyOf(coverage);
  }

  /**
   * A property over the values of a generator, named after the method that calls this.
   *
   * @param gen the generator
   * @param <T> the type of values
   * @return the property, with {@value #DEFAULT_TRIES} tries
   */
  public static <T> Property<T> forAll(Gen<T> gen) {
    Objects.requireNonNull(gen, "gen is null");
    return new Property<>(gen, caller(), DEFAULT_TRIES, null, null, DEFAULT_SHRINK_RUNS, List.of());
  }

  /**
   * The same property under another name (the name reports show and the default seed comes from).
   *
   * @param name the name
   * @return the property
   */
  public Property<T> named(String name) {
    Objects.requireNonNull(name, "name is null");
    return new Property<>(gen, name, tries, seed, budget, shrinkRuns, coverage);
  }

  /**
   * The same property with another number of tries (the system property {@value #TRIES} wins).
   *
   * @param tries how many values to try, at least 1
   * @return the property
   */
  public Property<T> tries(int tries) {
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be at least 1, was " + tries);
    }
    return new Property<>(gen, name, tries, seed, budget, shrinkRuns, coverage);
  }

  /**
   * The same property with a seed of its own (the system property {@value #SEED} wins).
   *
   * @param seed the seed
   * @return the property
   */
  public Property<T> seed(long seed) {
    return new Property<>(gen, name, tries, seed, budget, shrinkRuns, coverage);
  }

  /**
   * The same property with a time budget: no new try starts once it is spent (the first always
   * runs). Shrinking is bounded by runs, not by time, so that it stays deterministic.
   *
   * @param budget the time budget
   * @return the property
   */
  public Property<T> within(Duration budget) {
    Objects.requireNonNull(budget, "budget is null");
    return new Property<>(gen, name, tries, seed, budget, shrinkRuns, coverage);
  }

  /**
   * The same property with another bound on the runs that shrinking may take.
   *
   * @param runs the most runs, at least 0 (0 does not shrink)
   * @return the property
   */
  public Property<T> shrinkRuns(int runs) {
    if (runs < 0) {
      throw new IllegalArgumentException("shrink runs must not be negative, was " + runs);
    }
    return new Property<>(gen, name, tries, seed, budget, runs, coverage);
  }

  /**
   * The same property, failing unless the value is collected under the label (see {@link
   * Statistics}) in at least the given share of the tries that ran.
   *
   * @param label the label
   * @param value the value
   * @param minPercent the least share, in percent, from 0 (exclusive: at least once) to 100
   * @return the property
   */
  public Property<T> requireCoverage(String label, Object value, double minPercent) {
    Objects.requireNonNull(label, "label is null");
    if (!(minPercent >= 0 && minPercent <= 100)) {
      throw new IllegalArgumentException("minPercent must be between 0 and 100, was " + minPercent);
    }
    List<Coverage> more = new ArrayList<>(coverage);
    more.add(new Coverage(label, value, minPercent));
    return new Property<>(gen, name, tries, seed, budget, shrinkRuns, more);
  }

  /**
   * Checks the property: returns if it held for every try, and throws otherwise.
   *
   * @param check what must hold for each value; fails by throwing
   * @throws PropertyFailure with the shrunk counterexample, if a try failed; or if too many tries
   *     were rejected, or coverage fell short
   */
  public void check(Check<? super T> check) {
    Objects.requireNonNull(check, "check is null");
    checkWithStatistics((value, statistics) -> check.check(value));
  }

  /**
   * Checks the property, collecting statistics: returns if it held for every try and its coverage
   * was met, and throws otherwise.
   *
   * @param check what must hold for each value; fails by throwing
   * @throws PropertyFailure with the shrunk counterexample, if a try failed; or if too many tries
   *     were rejected, or coverage fell short
   */
  public void checkWithStatistics(CheckWithStatistics<? super T> check) {
    PropertyResult<T> result = runWithStatistics(check);
    if (!result.passed()) {
      throw new PropertyFailure(result);
    }
  }

  /**
   * Runs the property and returns what happened instead of throwing: for tests of properties that
   * are meant to fail, and of the engine itself.
   *
   * @param check what must hold for each value; fails by throwing
   * @return the result
   */
  public PropertyResult<T> run(Check<? super T> check) {
    Objects.requireNonNull(check, "check is null");
    return runWithStatistics((value, statistics) -> check.check(value));
  }

  /**
   * Runs the property, collecting statistics, and returns what happened instead of throwing.
   *
   * @param check what must hold for each value; fails by throwing
   * @return the result
   */
  public PropertyResult<T> runWithStatistics(CheckWithStatistics<? super T> check) {
    Objects.requireNonNull(check, "check is null");
    return new Run<>(this, check).execute();
  }

  String name() {
    return name;
  }

  int effectiveTries() {
    String setting = System.getProperty(TRIES);
    if (setting == null || setting.isBlank()) {
      return tries;
    }
    try {
      int value = Integer.parseInt(setting.strip());
      if (value >= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("-D" + TRIES + " must be a whole number of at least 1, was '"
        + Shown.value(setting, 40) + "'");
  }

  long effectiveSeed() {
    String setting = System.getProperty(SEED);
    if (setting != null && !setting.isBlank()) {
      try {
        return Long.parseLong(setting.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("-D" + SEED + " must be a whole number (a long), was '"
            + Shown.value(setting, 40) + "'", e);
      }
    }
    return seed != null ? seed : mix(name.hashCode());
  }

  Gen<T> gen() {
    return gen;
  }

  Optional<Duration> budget() {
    return Optional.ofNullable(budget);
  }

  int shrinkRuns() {
    return shrinkRuns;
  }

  List<Coverage> coverage() {
    return coverage;
  }

  /**
   * The seed of try {@code n} of a run: the run's seed for the first, then seeds derived from it, odd
   * for the first tenth of the tries (which draw edge cases more often) and even for the rest.
   */
  static long trySeed(long runSeed, int n, int tries) {
    if (n == 0) {
      return runSeed;
    }
    long derived = mix(runSeed + n * GOLDEN_GAMMA);
    return n < edgeTries(tries) ? derived | 1 : derived & ~1L;
  }

  static int edgeTries(int tries) {
    return Math.max(1, tries / 10);
  }

  /** How often a try's choices are edges: more often for odd seeds. */
  static double edgeProbability(long trySeed) {
    return (trySeed & 1) == 1 ? 0.25 : 0.02;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * The test method that asked for the property: the first caller outside this class, named as
   * {@code -Dtest=} takes it ({@code Outer$Inner#method}); a lambda is named after its method.
   */
  private static String caller() {
    String here = Property.class.getName();
    return StackWalker.getInstance().walk(frames -> frames
        .filter(frame -> !frame.getClassName().equals(here) && !frame.getClassName().startsWith(here + "$"))
        .findFirst()
        .map(frame -> {
          String type = frame.getClassName();
          String method = frame.getMethodName();
          if (method.startsWith("lambda$")) {
            int end = method.indexOf('$', "lambda$".length());
            method = end < 0 ? method : method.substring("lambda$".length(), end);
          }
          return type.substring(type.lastIndexOf('.') + 1) + "#" + method;
        })
        .orElse("property"));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Property %s (%d tries)", name, tries);
  }

  /**
   * What must hold for each value.
   *
   * @param <T> the type of values
   */
  @FunctionalInterface
  public interface Check<T> {
    /**
     * Checks a value; fails by throwing (an assertion error, say).
     *
     * @param value the value
     * @throws Exception if it does not hold
     */
    void check(T value) throws Exception;
  }

  /**
   * What must hold for each value, with the try's statistics at hand.
   *
   * @param <T> the type of values
   */
  @FunctionalInterface
  public interface CheckWithStatistics<T> {
    /**
     * Checks a value; fails by throwing (an assertion error, say).
     *
     * @param value the value
     * @param statistics the try's statistics, to collect into
     * @throws Exception if it does not hold
     */
    void check(T value, Statistics statistics) throws Exception;
  }

  /** A labelled value that must occur in a share of the tries. */
  record Coverage(String label, Object value, double minPercent) {
    boolean metBy(int count, int tries) {
      return count > 0 && count * 100.0 >= minPercent * tries;
    }
  }
}
