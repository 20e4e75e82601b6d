package dev.dmz.testkit.property;

import java.util.Objects;
import java.util.function.Predicate;

/** The values of a generator that pass a predicate, drawn again a bounded number of times. */
final class Filtered<T> implements Gen<T> {
  /** How many values in a row a filter may reject before the try is rejected. */
  static final int ATTEMPTS = 100;

  private final Gen<T> gen;
  private final Predicate<? super T> predicate;

  Filtered(Gen<T> gen, Predicate<? super T> predicate) {
    this.gen = gen;
    this.predicate = Objects.requireNonNull(predicate, "predicate is null");
  }

  @Override
  public T generate(Source source) {
    T last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      last = gen.generate(source);
      if (predicate.test(last)) {
        return last;
      }
    }
    throw source.reject("a filter rejected " + ATTEMPTS + " values in a row, the last " + Shown.value(last, 200));
  }
}
