package dev.dmz.testkit.property;

import dev.dmz.testkit.property.PropertyResult.Counterexample;
import dev.dmz.testkit.property.Shrinker.Attempt;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** One run of a property: its tries, then the shrinking of the first failure. */
final class Run<T> {
  private final Property<T> property;
  private final Property.CheckWithStatistics<? super T> check;
  private final Map<String, Map<Object, Integer>> counts = new LinkedHashMap<>();

  Run(Property<T> property, Property.CheckWithStatistics<? super T> check) {
    this.property = property;
    this.check = check;
  }

  PropertyResult<T> execute() {
    int tries = property.effectiveTries();
    long runSeed = property.effectiveSeed();
    long started = System.nanoTime();
    long budget = property.budget().map(Duration::toNanos).orElse(Long.MAX_VALUE);
    int maxRejected = Math.max(100, tries);
    int ran = 0;
    int rejected = 0;
    String lastRejection = null;
    for (int n = 0; ran < tries; n++) {
      if (n > 0 && System.nanoTime() - started >= budget) {
        break;
      }
      if (rejected > maxRejected) {
        return PropertyResult.gaveUp(property.name(), runSeed, tries, ran, rejected, lastRejection);
      }
      long trySeed = Property.trySeed(runSeed, n, tries);
      Source source = Source.random(trySeed, Property.edgeProbability(trySeed));
      T value;
      try {
        value = property.gen().generate(source);
      } catch (Source.Rejected e) {
        rejected++;
        lastRejection = e.getMessage();
        continue;
      } catch (RuntimeException | AssertionError e) {
        return falsified(runSeed, tries, ran + 1, rejected, trySeed,
            new Attempt(source.choices(), source.spans(), null, e));
      }
      Statistics statistics = new Statistics();
      Throwable failure = checked(value, statistics);
      ran++;
      if (failure != null) {
        return falsified(runSeed, tries, ran, rejected, trySeed,
            new Attempt(source.choices(), source.spans(), value, failure));
      }
      statistics.seen().forEach((label, values) -> values.forEach(v ->
          counts.computeIfAbsent(label, l -> new LinkedHashMap<>()).merge(v, 1, Integer::sum)));
    }
    return PropertyResult.ran(property.name(), runSeed, tries, ran, rejected, counts, property.coverage());
  }

  private PropertyResult<T> falsified(long runSeed, int tries, int ran, int rejected, long trySeed, Attempt original) {
    Class<?> kind = original.failure().getClass();
    Shrinker shrinker = new Shrinker(original, choices -> replay(choices, kind), property.shrinkRuns());
    Attempt shrunk = shrinker.shrink();
    @SuppressWarnings("unchecked")
    Counterexample<T> counterexample = new Counterexample<>((T) shrunk.value(), (T) original.value(),
        shrunk.failure(), original.failure(), trySeed, ran, shrinker.shrinks(), shrunk.choices().length);
    return PropertyResult.falsified(property.name(), runSeed, tries, ran, rejected, counterexample);
  }

  /** The attempt on these choices if it failed with the same kind of failure, or null. */
  private Attempt replay(long[] choices, Class<?> kind) {
    Source source = Source.replaying(choices);
    Object value;
    Throwable failure;
    try {
      T generated = property.gen().generate(source);
      value = generated;
      failure = checked(generated, new Statistics());
    } catch (Source.Rejected e) {
      return null;
    } catch (RuntimeException | AssertionError e) {
      value = null;
      failure = e;
    }
    return failure != null && failure.getClass() == kind
        ? new Attempt(source.choices(), source.spans(), value, failure) : null;
  }

  /** What the check threw, or null if it held. Errors of the virtual machine are not the check's. */
  private Throwable checked(T value, Statistics statistics) {
    try {
      check.check(value, statistics);
      return null;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) { // NOPMD: any failure of the check falsifies the property
      return e;
    }
  }
}
