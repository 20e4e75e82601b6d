package dev.dmz.core.commercial;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When the commercial arrangement re-opens: scope growth beyond a percentage of the baseline scope,
 * or a milestone slip beyond a number of days. Both thresholds are "beyond": a measure exactly at its
 * threshold does not trigger ({@code DMZ-REBASELINE}).
 *
 * <pre>{@code
 * RebaseliningTerms.builder()
 *     .baselineScope(new BigDecimal("400"))        // for example story points
 *     .scopeExpansionThresholdPercent(new BigDecimal("15"))
 *     .milestoneSlipThresholdDays(30)
 *     .build();
 * }</pre>
 *
 * Missing thresholds are representable: the rule {@code DMZ-REBASELINE-TRIGGERS} reports them.
 */
@Value.Immutable
@DmzStyle
public abstract class RebaseliningTerms implements WithRebaseliningTerms {
  RebaseliningTerms() {}

  /**
   * The scope the commercial arrangement was priced on, in the program's own unit of scope.
   *
   * @return the baseline scope, more than zero, or empty when none is stated
   */
  public abstract Optional<BigDecimal> baselineScope();

  /**
   * How far, in percent of the baseline scope, the scope may grow before the arrangement re-opens.
   *
   * @return the threshold, zero or more, or empty when none is stated
   */
  public abstract Optional<BigDecimal> scopeExpansionThresholdPercent();

  /**
   * How many days a milestone may slip past its due date before the arrangement re-opens.
   *
   * @return the threshold, zero or more, or empty when none is stated
   */
  public abstract Optional<Integer> milestoneSlipThresholdDays();

  /**
   * Terms that state nothing.
   *
   * @return empty terms
   */
  public static RebaseliningTerms none() {
    return builder().build();
  }

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RebaseliningTerms}. */
  public static final class Builder extends ImmutableRebaseliningTerms.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    baselineScope().ifPresent(s -> Require.positive("RebaseliningTerms.baselineScope", s));
    scopeExpansionThresholdPercent().ifPresent(
        p -> Require.notNegative("RebaseliningTerms.scopeExpansionThresholdPercent", p));
    milestoneSlipThresholdDays().ifPresent(
        d -> Require.notNegative("RebaseliningTerms.milestoneSlipThresholdDays", d));
  }
}
