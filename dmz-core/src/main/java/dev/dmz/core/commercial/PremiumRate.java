package dev.dmz.core.commercial;

import dev.dmz.core.staffing.StaffingLine;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A premium paid to a supplier for one named engineer, justified by that engineer's expected impact.
 * It accrues only for the days that engineer is on the program and never passes to a replacement
 * ({@code DMZ-PREMIUM-CONDITIONAL}). The amount is stated per calendar month.
 *
 * <pre>{@code
 * PremiumRate.builder()
 *     .engineer(jonas)
 *     .monthlyAmount(Money.ofMajor(CurrencyUnit.EUR, 6_000))
 *     .expectedImpact("Designed the cell-balancing algorithm of the previous platform")
 *     .build();
 * }</pre>
 *
 * A rate without an expected impact, or whose engineer is a placeholder, is representable: the rule
 * {@code DMZ-PREMIUM-BASIS} reports it.
 */
@Value.Immutable
@DmzStyle
public abstract class PremiumRate implements WithPremiumRate {
  PremiumRate() {}

  /**
   * The engineer the rate is tied to, as the contract names them; the employer is paid. A DMZ ties
   * a rate to one {@link dev.dmz.core.staffing.NamedEngineer}; a headcount or placeholder line is
   * representable so that {@code DMZ-PREMIUM-BASIS} can refuse it.
   *
   * @return the engineer's line
   */
  public abstract StaffingLine engineer();

  /**
   * The premium per calendar month, prorated by calendar days for a partial month.
   *
   * @return the amount, more than zero
   */
  public abstract Money monthlyAmount();

  /**
   * The expected impact that justifies the rate.
   *
   * <p>One line: it holds no control character, line break or bidirectional control, which
   * {@link dev.dmz.core.value.Require#oneLine} refuses.
   *
   * @return the justification, or empty when none is stated
   */
  public abstract Optional<String> expectedImpact();

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PremiumRate}. */
  public static final class Builder extends ImmutablePremiumRate.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Require.positive("PremiumRate.monthlyAmount", monthlyAmount());
    expectedImpact().ifPresent(text -> {
      Require.notBlank("PremiumRate.expectedImpact", text);
      Require.oneLine("PremiumRate.expectedImpact", text);
    });
  }
}
