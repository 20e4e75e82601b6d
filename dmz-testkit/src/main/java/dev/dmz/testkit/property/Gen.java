package dev.dmz.testkit.property;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A generator of values: a function of a {@link Source} of choices. Generators compose with {@link
 * #map}, {@link #flatMap}, {@link #filter}, {@link #list} and the factories below, or by drawing from
 * others in a lambda; whatever the composition, a failing value shrinks, because shrinking edits the
 * choices and not the values.
 *
 * <pre>{@code
 * Gen<Integer> counts = Gen.integers(1, 12);
 * Gen<String> roles = Gen.of("Java developer", "Tester", "Architect");
 * Gen<String> lines = source -> source.draw(counts) + " x " + source.draw(roles);
 * Gen<List<String>> staffing = lines.list().ofMaxSize(5);
 * }</pre>
 *
 * <p>Every factory shrinks towards a stated simplest value: integers towards zero (or the bound
 * nearest it), dates and amounts towards the lower bound, choices towards the first, lists towards
 * the shortest, optionals towards absent. While a property runs, its first tries draw edge cases (the
 * bounds, and the values next to them) more often than the rest.
 *
 * @param <T> the type of values
 */
@FunctionalInterface
public interface Gen<T> {

  /**
   * Makes a value from the source's choices. A generator draws every choice from the source and
   * keeps no state, so that the same choices give the same value.
   *
   * @param source the source
   * @return the value
   */
  T generate(Source source);

  // ---------------------------------------------------------------------------------------------
  // Composition

  /**
   * The values mapped.
   *
   * @param mapper the mapping, pure
   * @param <R> the type of mapped values
   * @return the generator
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper is null");
    return source -> mapper.apply(generate(source));
  }

  /**
   * A generator chosen by each value, drawn from in turn.
   *
   * <pre>{@code
   * Gen<List<Integer>> sameSize = Gen.integers(0, 5).flatMap(n -> Gen.integers(0, 9).list().ofSize(n));
   * }</pre>
   *
   * @param mapper the generator of each value, pure
   * @param <R> the type of values
   * @return the generator
   */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> mapper) {
    Objects.requireNonNull(mapper, "mapper is null");
    return source -> mapper.apply(generate(source)).generate(source);
  }

  /**
   * Only the values that pass the predicate. A value is drawn again when one fails, up to 100 times
   * in a row; then the try is rejected, and a property whose tries are mostly rejected fails saying
   * so, instead of spinning. Generate what you need where you can: filtering away most values is
   * slow.
   *
   * @param predicate what a value must satisfy
   * @return the generator
   */
  default Gen<T> filter(Predicate<? super T> predicate) {
    return new Filtered<>(this, predicate);
  }

  /**
   * Lists of these values, of 0 to {@link ListGen#DEFAULT_MAX_SIZE} elements; {@link ListGen} sets
   * the bounds, the size distribution and uniqueness.
   *
   * @return the generator of lists
   */
  default ListGen<T> list() {
    return new ListGen<>(this);
  }

  /**
   * A value present with the given probability, absent otherwise; shrinks towards absent.
   *
   * @param presence how often a value is present, from 0 to 1
   * @return the generator
   */
  default Gen<Optional<T>> optional(double presence) {
    if (!(presence >= 0 && presence <= 1)) {
      throw new IllegalArgumentException("presence must be between 0 and 1, was " + presence);
    }
    return source -> source.chance(presence) ? Optional.of(generate(source)) : Optional.empty();
  }

  /**
   * One value, from the given seed: for trying a generator out, and for examples.
   *
   * @param seed the seed
   * @return the value; the same seed gives the same value
   */
  default T sample(long seed) {
    return generate(Source.random(seed, 0));
  }

  /**
   * Several values, from the given seed: for looking at what a generator makes.
   *
   * @param seed the seed
   * @param count how many
   * @return the values; the same seed gives the same values
   */
  default List<T> samples(long seed, int count) {
    SplittableRandom seeds = new SplittableRandom(seed);
    List<T> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(sample(seeds.nextLong()));
    }
    return values;
  }

  // ---------------------------------------------------------------------------------------------
  // Constants and choices

  /**
   * Always the same value.
   *
   * @param value the value
   * @param <T> its type
   * @return the generator
   */
  static <T> Gen<T> just(T value) {
    return source -> value;
  }

  /**
   * One of the values; shrinks towards the first.
   *
   * @param values the values, at least one
   * @param <T> their type
   * @return the generator
   */
  @SafeVarargs
  static <T> Gen<T> of(T... values) {
    List<T> list = new ArrayList<>();
    for (var element : values) {
      list.add(element);
    }
    return of(list);
  }

  /**
   * One of the values; shrinks towards the first.
   *
   * @param values the values, at least one
   * @param <T> their type
   * @return the generator
   * @throws IllegalArgumentException if there are none
   */
  static <T> Gen<T> of(List<? extends T> values) {
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("a choice needs at least one value, was none");
    }
    return source -> copy.get((int) source.choose(copy.size() - 1L));
  }

  /**
   * One of the constants of an enum, in declaration order; shrinks towards the first.
   *
   * @param type the enum
   * @param <E> its type
   * @return the generator
   */
  static <E extends Enum<E>> Gen<E> of(Class<E> type) {
    return of(type.getEnumConstants());
  }

  /**
   * {@code false} or {@code true}, shrinking towards {@code false}.
   *
   * @return the generator
   */
  static Gen<Boolean> booleans() {
    return of(false, true);
  }

  /**
   * A value of one of the generators, each as likely; shrinks towards the first generator.
   *
   * @param gens the generators, at least one
   * @param <T> the type of values
   * @return the generator
   */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> list = new ArrayList<>();
    for (var element : gens) {
      list.add(element);
    }
    return oneOf(list);
  }

  /**
   * A value of one of the generators, each as likely; shrinks towards the first generator.
   *
   * @param gens the generators, at least one
   * @param <T> the type of values
   * @return the generator
   * @throws IllegalArgumentException if there are none
   */
  static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> gens) {
    List<Gen<? extends T>> copy = List.copyOf(gens);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("oneOf needs at least one generator, was none");
    }
    return source -> copy.get((int) source.choose(copy.size() - 1L)).generate(source);
  }

  /**
   * A value of one of the generators, chosen by weight; shrinks towards the first generator.
   *
   * <pre>{@code
   * Gen<Integer> mostlyZero = Gen.frequency(Gen.weighted(4, Gen.just(0)), Gen.weighted(1, Gen.integers(1, 99)));
   * }</pre>
   *
   * @param choices the weighted generators, at least one
   * @param <T> the type of values
   * @return the generator
   */
  @SafeVarargs
  static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
    List<Weighted<? extends T>> list = new ArrayList<>();
    for (var element : choices) {
      list.add(element);
    }
    return frequency(list);
  }

  /**
   * A value of one of the generators, chosen by weight; shrinks towards the first generator.
   *
   * @param choices the weighted generators, at least one
   * @param <T> the type of values
   * @return the generator
   * @throws IllegalArgumentException if there are none
   */
  static <T> Gen<T> frequency(List<? extends Weighted<? extends T>> choices) {
    List<Weighted<? extends T>> copy = List.copyOf(choices);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("frequency needs at least one weighted generator, was none");
    }
    long total = copy.stream().mapToLong(Weighted::weight).sum();
    return source -> {
      long pick = source.choose(total - 1);
      for (Weighted<? extends T> choice : copy) {
        if (pick < choice.weight()) {
          return choice.gen().generate(source);
        }
        pick -= choice.weight();
      }
      throw new IllegalStateException("no choice for the pick " + pick + " of " + total);
    };
  }

  /**
   * A generator with a weight, for {@link #frequency}.
   *
   * @param weight how often, relative to the others; at least 1
   * @param gen the generator
   * @param <T> the type of values
   * @return the weighted generator
   */
  static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
    return new Weighted<>(weight, gen);
  }

  /**
   * A generator and how often it is chosen among others.
   *
   * @param weight how often, relative to the others; at least 1
   * @param gen the generator
   * @param <T> the type of values
   */
  record Weighted<T>(int weight, Gen<? extends T> gen) {
    /** Checks the weight and the generator. */
    public Weighted {
      if (weight < 1) {
        throw new IllegalArgumentException("weight must be at least 1, was " + weight);
      }
      Objects.requireNonNull(gen, "gen is null");
    }
  }

  /**
   * Two values combined.
   *
   * @param first the first generator
   * @param second the second generator
   * @param combiner how the values combine
   * @param <A> the first type
   * @param <B> the second type
   * @param <R> the combined type
   * @return the generator
   */
  static <A, B, R> Gen<R> combine(Gen<A> first, Gen<B> second, BiFunction<? super A, ? super B, ? extends R> combiner) {
    Objects.requireNonNull(first, "first is null");
    Objects.requireNonNull(second, "second is null");
    Objects.requireNonNull(combiner, "combiner is null");
    return source -> {
      A a = first.generate(source);
      return combiner.apply(a, second.generate(source));
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Numbers, text, dates and money

  /**
   * Integers between two bounds, both included; shrinks towards zero, or the bound nearest it.
   *
   * @param min the least
   * @param max the greatest, not less than {@code min}
   * @return the generator
   */
  static Gen<Integer> integers(int min, int max) {
    return longs(min, max).map(Long::intValue);
  }

  /**
   * Longs between two bounds, both included; shrinks towards zero, or the bound nearest it. The
   * distance from that value to either bound must fit in a long (any range but one spanning almost
   * all longs).
   *
   * @param min the least
   * @param max the greatest, not less than {@code min}
   * @return the generator
   * @throws IllegalArgumentException if {@code max < min} or the range is too wide
   */
  static Gen<Long> longs(long min, long max) {
    if (max < min) {
      throw new IllegalArgumentException("max must not be less than min, were " + min + " and " + max);
    }
    long target = Math.max(min, Math.min(max, 0));
    long up;
    long down;
    try {
      up = Math.subtractExact(max, target);
      down = Math.subtractExact(target, min);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("the range from " + min + " to " + max + " is too wide", e);
    }
    boolean wide = up > Long.MAX_VALUE - down;
    return source -> {
      if (down == 0) {
        return target + source.choose(up);
      }
      if (up == 0) {
        return target - source.choose(down);
      }
      // First the side of the target (in proportion to its size), then the distance on that side.
      boolean below = wide ? source.choose(1) == 1 : source.choose(up + down - 1) >= up;
      return below ? target - 1 - source.choose(down - 1) : target + source.choose(up);
    };
  }

  /**
   * Decimals between two bounds with the given number of decimals; shrinks towards zero, or the bound
   * nearest it.
   *
   * @param min the least (rounded up to the scale)
   * @param max the greatest (rounded down to the scale)
   * @param scale the number of decimals
   * @return the generator
   */
  static Gen<BigDecimal> decimals(BigDecimal min, BigDecimal max, int scale) {
    long least = min.setScale(scale, RoundingMode.CEILING).unscaledValue().longValueExact();
    long greatest = max.setScale(scale, RoundingMode.FLOOR).unscaledValue().longValueExact();
    return longs(least, greatest).map(unscaled -> BigDecimal.valueOf(unscaled, scale));
  }

  /**
   * Days between two dates, both included; shrinks towards the first.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the generator
   */
  static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from is null");
    Objects.requireNonNull(to, "to is null");
    long days = ChronoUnit.DAYS.between(from, to);
    if (days < 0) {
      throw new IllegalArgumentException("to must not be before from, were " + from + " and " + to);
    }
    return longs(0, days).map(from::plusDays);
  }

  /**
   * Amounts of money between two amounts, both included, to the currency's minor unit; shrinks
   * towards the least.
   *
   * @param currency the currency
   * @param least the least amount, in that currency's units (rounded up to its minor unit)
   * @param greatest the greatest (rounded down to the minor unit)
   * @return the generator
   */
  static Gen<Money> amounts(CurrencyUnit currency, BigDecimal least, BigDecimal greatest) {
    Objects.requireNonNull(currency, "currency is null");
    int places = currency.getDecimalPlaces();
    long min = least.setScale(places, RoundingMode.CEILING).unscaledValue().longValueExact();
    long max = greatest.setScale(places, RoundingMode.FLOOR).unscaledValue().longValueExact();
    if (max < min) {
      throw new IllegalArgumentException("greatest must not be less than least, were " + least + " and " + greatest);
    }
    return longs(0, max - min).map(offset -> Money.ofMinor(currency, min + offset));
  }

  /**
   * Strings of the given characters; shrinks towards the shortest, made of the first character.
   *
   * @param alphabet the characters to use, at least one
   * @param minLength the least length
   * @param maxLength the greatest length
   * @return the generator
   */
  static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    if (alphabet.isEmpty()) {
      throw new IllegalArgumentException("alphabet must not be empty");
    }
    Gen<Character> characters = of(alphabet.chars().mapToObj(c -> (char) c).toList());
    return characters.list().ofMinSize(minLength).ofMaxSize(maxLength).map(list -> {
      StringBuilder text = new StringBuilder(list.size());
      list.forEach(text::append);
      return text.toString();
    });
  }

  /**
   * The characters from one to another, in order, as an alphabet for {@link #strings}.
   *
   * @param first the first character
   * @param last the last character
   * @return the characters
   */
  static String characters(char first, char last) {
    StringBuilder text = new StringBuilder();
    for (char c = first; c <= last; c++) {
      text.append(c);
    }
    return text.toString();
  }

}
