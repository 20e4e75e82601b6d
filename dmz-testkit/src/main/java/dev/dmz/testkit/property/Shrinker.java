package dev.dmz.testkit.property;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Shrinks a failing try by editing its choices, as Hypothesis does (MacIver and Donaldson, "Test-Case
 * Reduction via Test-Case Generation", ECOOP 2020): a candidate is kept when the property still fails
 * the same way on it and its choices are simpler, that is shorter, or as long and smaller at the first
 * difference. The passes, repeated until none helps or the budget of runs is spent:
 * <ol>
 *   <li>delete the choices of each list element (with its "one more?"), last first;</li>
 *   <li>delete blocks of 8, 4, 2 and 1 adjacent choices;</li>
 *   <li>set such blocks to zero;</li>
 *   <li>lower each choice to the least that still fails (binary search);</li>
 *   <li>sort blocks of adjacent choices, and swap pairs, so that smaller choices come first;</li>
 *   <li>move value from a choice to a later one nearby, as much as still fails (a sum stays, its
 *       first terms become zero and go).</li>
 * </ol>
 * As choices only ever get simpler, shrinking ends.
 */
final class Shrinker {
  private static final int[] BLOCKS = {8, 4, 2, 1};

  private final Function<long[], Attempt> run;
  private final int budget;
  private Attempt best;
  private int runs;
  private int shrinks;

  /**
   * A shrinker of a failing attempt.
   *
   * @param failing the failing attempt
   * @param run runs the property on choices: the attempt if it failed the same way, otherwise null
   * @param budget the most runs
   */
  Shrinker(Attempt failing, Function<long[], Attempt> run, int budget) {
    this.best = failing;
    this.run = run;
    this.budget = budget;
  }

  /** Shrinks, and returns the simplest failing attempt found. */
  Attempt shrink() {
    boolean improved = true;
    while (improved && runs < budget) {
      improved = deleteElements();
      improved |= deleteBlocks();
      improved |= zeroBlocks();
      improved |= lowerEach();
      improved |= sortBlocks();
      improved |= redistribute();
    }
    return best;
  }

  /** How many simpler failing attempts were found on the way. */
  int shrinks() {
    return shrinks;
  }

  private boolean deleteElements() {
    boolean improved = false;
    for (int s = best.spans().length - 1; s >= 0 && runs < budget; s--) {
      if (s >= best.spans().length) {
        continue;
      }
      long span = best.spans()[s];
      improved |= consider(without(best.choices(), (int) (span >>> 32), (int) span));
    }
    return improved;
  }

  private boolean deleteBlocks() {
    return eachBlock(Shrinker::without);
  }

  private boolean zeroBlocks() {
    return eachBlock((choices, from, to) -> {
      long[] candidate = choices.clone();
      Arrays.fill(candidate, from, to, 0);
      return candidate;
    });
  }

  /** Tries an edit of every block of 8, 4, 2 and 1 adjacent choices, last first. */
  private boolean eachBlock(BlockEdit edit) {
    boolean improved = false;
    for (int k : BLOCKS) {
      for (int i = best.choices().length - k; i >= 0 && runs < budget; i--) {
        if (i + k <= best.choices().length) {
          improved |= consider(edit.apply(best.choices(), i, i + k));
        }
      }
    }
    return improved;
  }

  /** An edit of the choices from one index to another. */
  @FunctionalInterface
  private interface BlockEdit {
    long[] apply(long[] choices, int from, int to);
  }

  private boolean lowerEach() {
    boolean improved = false;
    for (int i = 0; i < best.choices().length && runs < budget; i++) {
      long value = best.choices()[i];
      if (value == 0 || consider(with(i, 0))) {
        improved |= value != 0;
        continue;
      }
      long fails = value;
      long passes = 0;
      while (passes + 1 < fails && runs < budget && i < best.choices().length) {
        long middle = passes + (fails - passes) / 2;
        if (consider(with(i, middle))) {
          fails = middle;
          improved = true;
        } else {
          passes = middle;
        }
      }
    }
    return improved;
  }

  private boolean sortBlocks() {
    boolean improved = false;
    for (int k = 8; k >= 2; k /= 2) {
      for (int i = 0; i + k <= best.choices().length && runs < budget; i++) {
        long[] candidate = best.choices().clone();
        Arrays.sort(candidate, i, i + k);
        improved |= consider(candidate);
      }
    }
    for (int i = 0; i + 1 < best.choices().length && runs < budget; i++) {
      for (int j = i + 1; j < Math.min(i + 8, best.choices().length) && runs < budget; j++) {
        long[] candidate = best.choices().clone();
        if (candidate[i] > candidate[j]) {
          long swap = candidate[i];
          candidate[i] = candidate[j];
          candidate[j] = swap;
          improved |= consider(candidate);
        }
      }
    }
    return improved;
  }

  private boolean redistribute() {
    boolean improved = false;
    for (int i = 0; i < best.choices().length && runs < budget; i++) {
      for (int j = i + 1; j < Math.min(i + 8, best.choices().length) && runs < budget; j++) {
        // Move as much as still fails: all of it, else half, a quarter... down to one.
        long amount = best.choices()[i];
        while (amount > 0 && runs < budget && j < best.choices().length) {
          if (best.choices()[i] >= amount && best.choices()[j] <= Long.MAX_VALUE - amount
              && consider(moved(i, j, amount))) {
            improved = true;
          } else {
            amount /= 2;
          }
        }
      }
    }
    return improved;
  }

  /** The best choices with {@code amount} moved from choice i to choice j. */
  private long[] moved(int i, int j, long amount) {
    long[] candidate = best.choices().clone();
    candidate[i] -= amount;
    candidate[j] += amount;
    return candidate;
  }

  private long[] with(int i, long value) {
    long[] candidate = best.choices().clone();
    candidate[i] = value;
    return candidate;
  }

  private static long[] without(long[] choices, int from, int to) {
    long[] candidate = new long[choices.length - (to - from)];
    System.arraycopy(choices, 0, candidate, 0, from);
    System.arraycopy(choices, to, candidate, from, choices.length - to);
    return candidate;
  }

  private boolean consider(long[] candidate) {
    if (!simpler(candidate, best.choices())) {
      return false;
    }
    runs++;
    Attempt attempt = run.apply(candidate);
    if (attempt != null && simpler(attempt.choices(), best.choices())) {
      best = attempt;
      shrinks++;
      return true;
    }
    return false;
  }

  /** Shorter, or as long and smaller at the first choice that differs. */
  static boolean simpler(long[] a, long[] b) {
    if (a.length != b.length) {
      return a.length < b.length;
    }
    return Arrays.compareUnsigned(a, b) < 0;
  }

  /**
   * One run of a property on some choices.
   *
   * @param choices the choices the value was made of
   * @param spans where each list element's choices start and end (start in the high half)
   * @param value the value
   * @param failure what the property threw, or null if it passed
   */
  record Attempt(long[] choices, long[] spans, Object value, Throwable failure) {}
}
