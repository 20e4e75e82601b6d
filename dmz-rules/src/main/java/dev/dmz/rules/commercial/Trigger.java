package dev.dmz.rules.commercial;

import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A re-baselining trigger that fires, or would fire: which measure, of what, and by how much it is
 * beyond its threshold. "Beyond" is strict: a measure equal to its threshold does not fire.
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract class Trigger {
  Trigger() {}

  /**
   * Which measure.
   *
   * @return scope growth or milestone slip
   */
  @Value.Parameter
  public abstract TriggerKind kind();

  /**
   * The milestone that slipped.
   *
   * @return the milestone for a slip; empty for scope growth
   */
  @Value.Parameter
  public abstract Optional<MilestoneId> milestone();

  /**
   * The measure: growth in percent of the baseline scope, or slip in days. Days are exact; growth is
   * rounded up once to {@value dev.dmz.rules.commercial.Rebaselining#GROWTH_DECIMALS} decimals, so a
   * measure that fired is always beyond its threshold, and it reads back as written.
   *
   * @return the measure
   */
  @Value.Parameter
  public abstract BigDecimal measure();

  /**
   * The threshold the measure is beyond.
   *
   * @return the threshold
   */
  @Value.Parameter
  public abstract BigDecimal threshold();

  /**
   * A scope-growth trigger.
   *
   * @param percent the growth in percent of the baseline
   * @param threshold the threshold in percent
   * @return the trigger
   */
  public static Trigger scopeGrowth(BigDecimal percent, BigDecimal threshold) {
    return ImmutableTrigger.of(TriggerKind.SCOPE_GROWTH, Optional.empty(), percent, threshold);
  }

  /**
   * A milestone-slip trigger.
   *
   * @param milestone the milestone
   * @param days the slip in days
   * @param threshold the threshold in days
   * @return the trigger
   */
  public static Trigger milestoneSlip(MilestoneId milestone, long days, long threshold) {
    return ImmutableTrigger.of(TriggerKind.MILESTONE_SLIP, Optional.of(milestone),
        BigDecimal.valueOf(days), BigDecimal.valueOf(threshold));
  }

  /**
   * The trigger in words; growth is shown exactly up to four decimals and rounded up beyond, so that
   * it reads as beyond its threshold whenever it fired.
   *
   * @return for example "scope grew 10.0453% (threshold 10%)"
   */
  @Override
  public String toString() {
    return kind() == TriggerKind.SCOPE_GROWTH
        ? "scope grew " + shown(measure()) + "% (threshold "
            + threshold().stripTrailingZeros().toPlainString() + "%)"
        : "milestone " + milestone().orElseThrow() + " slipped " + measure().toPlainString()
            + " days (threshold " + threshold().toPlainString() + " days)";
  }

  private static String shown(BigDecimal percent) {
    BigDecimal stripped = percent.stripTrailingZeros();
    return (stripped.scale() <= 4 ? stripped : percent.setScale(4, RoundingMode.UP)).toPlainString();
  }

  @Value.Check
  protected void check() {
    Require.digits("Trigger.measure", measure(), Require.READABLE_DIGITS, Require.READABLE_DIGITS);
    Require.digits("Trigger.threshold", threshold(), Require.READABLE_DIGITS, Require.READABLE_DIGITS);
  }
}
