package dev.dmz.testkit.charter;

import java.util.Objects;

/**
 * How big the generated charters are: the number of parents, of premium engineers (named engineers
 * with a premium rate) and of milestones, each between a minimum and a maximum, both included.
 *
 * <pre>{@code
 * CharterSize.defaults()                         // 2..4 parents, 0..3 engineers, 1..4 milestones
 * CharterSize.smallest()                         // one OEM, one supplier, no engineer, one milestone
 * CharterSize.defaults().withParents(3, 6).withMilestones(2, 2)
 * CharterSize.of(2, 5, 1, 4, 1, 8)
 * }</pre>
 *
 * A ready charter has at least two parents (an OEM and a supplier) and at least one milestone (its
 * compensation is tied to milestones); a size that allows fewer is refused.
 */
public final class CharterSize {
  private static final CharterSize DEFAULTS = new CharterSize(2, 4, 0, 3, 1, 4);
  private static final CharterSize SMALLEST = new CharterSize(2, 2, 0, 0, 1, 1);

  private final int minParents;
  private final int maxParents;
  private final int minEngineers;
  private final int maxEngineers;
  private final int minMilestones;
  private final int maxMilestones;

  private CharterSize(int minParents, int maxParents, int minEngineers, int maxEngineers,
      int minMilestones, int maxMilestones) {
    requireRange("parents", minParents, maxParents, 2);
    requireRange("engineers", minEngineers, maxEngineers, 0);
    requireRange("milestones", minMilestones, maxMilestones, 1);
    this.minParents = minParents;
    this.maxParents = maxParents;
    this.minEngineers = minEngineers;
    this.maxEngineers = maxEngineers;
    this.minMilestones = minMilestones;
    this.maxMilestones = maxMilestones;
  }

  private static void requireRange(String what, int min, int max, int least) {
    if (min < least) {
      throw new IllegalArgumentException(
          "the minimum number of " + what + " must be at least " + least + ", was " + min);
    }
    if (max < min) {
      throw new IllegalArgumentException("the maximum number of " + what + " (" + max
          + ") must not be less than the minimum (" + min + ")");
    }
  }

  /**
   * The default size: 2 to 4 parents, 0 to 3 premium engineers, 1 to 4 milestones. Small enough for
   * fast properties and readable counterexamples, big enough for several suppliers.
   *
   * @return the default size
   */
  public static CharterSize defaults() {
    return DEFAULTS;
  }

  /**
   * The smallest ready charter: one OEM, one supplier, no premium engineer, one milestone.
   *
   * @return the size
   */
  public static CharterSize smallest() {
    return SMALLEST;
  }

  /**
   * A size with every bound given.
   *
   * @param minParents at least 2
   * @param maxParents at least {@code minParents}
   * @param minEngineers at least 0
   * @param maxEngineers at least {@code minEngineers}
   * @param minMilestones at least 1
   * @param maxMilestones at least {@code minMilestones}
   * @return the size
   * @throws IllegalArgumentException if a minimum is too small or a maximum below its minimum
   */
  public static CharterSize of(int minParents, int maxParents, int minEngineers, int maxEngineers,
      int minMilestones, int maxMilestones) {
    return new CharterSize(minParents, maxParents, minEngineers, maxEngineers, minMilestones,
        maxMilestones);
  }

  /**
   * This size with other bounds for the number of parents.
   *
   * @param min at least 2
   * @param max at least {@code min}
   * @return the new size
   * @throws IllegalArgumentException if {@code min} is below 2 or {@code max} below {@code min}
   */
  public CharterSize withParents(int min, int max) {
    return new CharterSize(min, max, minEngineers, maxEngineers, minMilestones, maxMilestones);
  }

  /**
   * This size with other bounds for the number of premium engineers.
   *
   * @param min at least 0
   * @param max at least {@code min}
   * @return the new size
   * @throws IllegalArgumentException if {@code min} is negative or {@code max} below {@code min}
   */
  public CharterSize withEngineers(int min, int max) {
    return new CharterSize(minParents, maxParents, min, max, minMilestones, maxMilestones);
  }

  /**
   * This size with other bounds for the number of milestones.
   *
   * @param min at least 1
   * @param max at least {@code min}
   * @return the new size
   * @throws IllegalArgumentException if {@code min} is below 1 or {@code max} below {@code min}
   */
  public CharterSize withMilestones(int min, int max) {
    return new CharterSize(minParents, maxParents, minEngineers, maxEngineers, min, max);
  }

  /**
   * The least number of parents.
   *
   * @return at least 2
   */
  public int minParents() {
    return minParents;
  }

  /**
   * The greatest number of parents.
   *
   * @return at least {@link #minParents()}
   */
  public int maxParents() {
    return maxParents;
  }

  /**
   * The least number of premium engineers.
   *
   * @return at least 0
   */
  public int minEngineers() {
    return minEngineers;
  }

  /**
   * The greatest number of premium engineers.
   *
   * @return at least {@link #minEngineers()}
   */
  public int maxEngineers() {
    return maxEngineers;
  }

  /**
   * The least number of milestones.
   *
   * @return at least 1
   */
  public int minMilestones() {
    return minMilestones;
  }

  /**
   * The greatest number of milestones.
   *
   * @return at least {@link #minMilestones()}
   */
  public int maxMilestones() {
    return maxMilestones;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CharterSize)) {
      return false;
    }
    CharterSize that = (CharterSize) other;
    return minParents == that.minParents && maxParents == that.maxParents
        && minEngineers == that.minEngineers && maxEngineers == that.maxEngineers
        && minMilestones == that.minMilestones && maxMilestones == that.maxMilestones;
  }

  @Override
  public int hashCode() {
    return Objects.hash(minParents, maxParents, minEngineers, maxEngineers, minMilestones,
        maxMilestones);
  }

  @Override
  public String toString() {
    return "CharterSize{parents " + minParents + ".." + maxParents + ", engineers " + minEngineers
        + ".." + maxEngineers + ", milestones " + minMilestones + ".." + maxMilestones + "}";
  }
}
