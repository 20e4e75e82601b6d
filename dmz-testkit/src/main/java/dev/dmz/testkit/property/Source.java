package dev.dmz.testkit.property;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The stream of choices a generator draws from. Every value a {@link Gen} makes comes from a sequence
 * of small non-negative numbers chosen here: while a property runs they are drawn at random from a
 * seed, while a counterexample shrinks they are read back from an edited copy. A choice of 0 is always
 * the simplest (the first of a list, the bound nearest zero, "stop" for a list, "absent" for an
 * optional), which is what lets the shrinker simplify any generator without knowing it.
 *
 * <p>Generators use {@link #draw(Gen)} to draw from other generators, {@link #choose(long)} for a raw
 * choice and {@link #chance(double)} for a weighted yes or no. A source belongs to one try of one
 * property, on one thread; it is not to be kept.
 *
 * <pre>{@code
 * Gen<Period> periods = source -> {
 *   int months = source.draw(Gen.integers(1, 24));
 *   return source.chance(0.5) ? Period.ofMonths(months) : Period.ofDays(months * 30);
 * };
 * }</pre>
 */
public final class Source {
  /** The most choices one value may take: beyond it the value is rejected, not generated for ever. */
  static final int MAX_CHOICES = 200_000;

  private final SplittableRandom random;
  private final double edgeProbability;
  private final long[] prefix;
  private long[] made = new long[64];
  private int size;
  private long[] spans = new long[16];
  private int spanCount;

  private Source(SplittableRandom random, double edgeProbability, long[] prefix) {
    this.random = random;
    this.edgeProbability = edgeProbability;
    this.prefix = prefix;
  }

  /**
   * A source that draws at random from a seed.
   *
   * @param seed the seed: the same seed gives the same choices
   * @param edgeProbability how often a choice is an edge (0, 1, the greatest or the one below it)
   *     rather than uniform
   */
  static Source random(long seed, double edgeProbability) {
    return new Source(new SplittableRandom(seed), edgeProbability, new long[0]);
  }

  /**
   * A source that reads the given choices back, then chooses 0 (the simplest) once they run out.
   *
   * @param choices the choices
   */
  static Source replaying(long[] choices) {
    return new Source(null, 0, choices.clone());
  }

  /**
   * Chooses a number from 0 to {@code max}, both included; 0 is the simplest.
   *
   * @param max the greatest choice, not negative
   * @return the choice
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public long choose(long max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative, was " + max);
    }
    long choice;
    if (size < prefix.length) {
      choice = Math.min(Math.max(prefix[size], 0), max);
    } else if (random == null) {
      choice = 0;
    } else if (max > 0 && random.nextDouble() < edgeProbability) {
      long[] edges = {0, max, 1, max - 1};
      choice = edges[random.nextInt(edges.length)];
    } else {
      choice = max == Long.MAX_VALUE ? random.nextLong() & Long.MAX_VALUE : random.nextLong(max + 1);
    }
    record(choice);
    return choice;
  }

  /**
   * A weighted yes or no: yes with the given probability while drawing at random. No is the simpler.
   *
   * @param probability how likely yes is, from 0 to 1
   * @return the choice
   * @throws IllegalArgumentException if the probability is not between 0 and 1
   */
  public boolean chance(double probability) {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be between 0 and 1, was " + probability);
    }
    long choice;
    if (size < prefix.length) {
      choice = prefix[size] > 0 ? 1 : 0;
    } else if (random == null) {
      choice = 0;
    } else {
      choice = random.nextDouble() < probability ? 1 : 0;
    }
    record(choice);
    return choice == 1;
  }

  /**
   * Draws a value from a generator.
   *
   * @param gen the generator
   * @param <T> the type of values
   * @return the value
   */
  public <T> T draw(Gen<T> gen) {
    return Objects.requireNonNull(gen, "gen is null").generate(this);
  }

  /**
   * Gives up on the value being made: the try is not counted and the property draws another.
   *
   * @param why what could not be made, for the message if too many tries are rejected
   * @return never returns; declared so that a caller can write {@code throw source.reject(...)}
   */
  public RuntimeException reject(String why) {
    throw new Rejected(why);
  }

  /** How many choices have been made so far: where the next one goes. */
  int position() {
    return size;
  }

  /** Marks the choices from one position to another as one list element's, which shrinking may delete. */
  void span(int from, int to) {
    if (to > from) {
      if (spanCount == spans.length) {
        spans = Arrays.copyOf(spans, spans.length * 2);
      }
      spans[spanCount++] = ((long) from << 32) | to;
    }
  }

  /** The list elements' spans, in the order they were marked. */
  long[] spans() {
    return Arrays.copyOf(spans, spanCount);
  }

  /** The choices made so far, in order. */
  long[] choices() {
    return Arrays.copyOf(made, size);
  }

  private void record(long choice) {
    if (size == MAX_CHOICES) {
      throw new Rejected("a value took more than " + MAX_CHOICES + " choices");
    }
    if (size == made.length) {
      made = Arrays.copyOf(made, made.length * 2);
    }
    made[size++] = choice;
  }

  /** A value that could not be made; the try is discarded. */
  static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Rejected(String why) {
      super(why, null, false, false);
    }
  }
}
