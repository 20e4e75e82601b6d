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
 *
 * <p>A scope (the baseline here, the current one in a scope change) and the growth threshold have at
 * most {@value #SCOPE_DIGITS} digits before the point and as many after it: growth divides one scope by
 * another, and with these bounds the growth a trigger records (in percent, to six decimals) stays
 * within the 30 digits each side that every reader of dmz documents takes.
 */
@Value.Immutable
@DmzStyle
public abstract class RebaseliningTerms implements WithRebaseliningTerms {
  /** The most digits a scope or a growth threshold has before its point, and after it. */
  public static final int SCOPE_DIGITS = 12;

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
    return NONE;
  }

  private static final RebaseliningTerms NONE = builder().build();

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
    baselineScope().ifPresent(s -> Require.digits("RebaseliningTerms.baselineScope", s, SCOPE_DIGITS, SCOPE_DIGITS));
    scopeExpansionThresholdPercent().ifPresent(
        p -> Require.notNegative("RebaseliningTerms.scopeExpansionThresholdPercent", p));
    scopeExpansionThresholdPercent().ifPresent(p -> Require.digits(
        "RebaseliningTerms.scopeExpansionThresholdPercent", p, SCOPE_DIGITS, SCOPE_DIGITS));
    milestoneSlipThresholdDays().ifPresent(
        d -> Require.notNegative("RebaseliningTerms.milestoneSlipThresholdDays", d));
  }
}
