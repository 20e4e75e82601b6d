package dev.dmz.core.agreement;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The parents' promise not to hire one another's named engineers during the program and for a
 * cooling-off period after its last day.
 *
 * <pre>{@code
 * NonPoachingAgreement.builder()
 *     .addSignature(Signature.of(oem, signingDay))
 *     .addSignature(Signature.of(supplier, signingDay))
 *     .coolingOff(Period.ofMonths(12))
 *     .build();
 * }</pre>
 *
 * A missing cooling-off period is representable: the rule {@code DMZ-NON-POACHING} reports it.
 */
@Value.Immutable
@DmzStyle
public abstract class NonPoachingAgreement implements Wall, WithNonPoachingAgreement {
  NonPoachingAgreement() {}

  @Override
  public final WallKind kind() {
    return WallKind.NON_POACHING;
  }

  @Override
  public abstract List<Signature> signatures();

  /**
   * How long after the program's last day the promise still holds.
   *
   * @return the cooling-off period, or empty when the agreement does not state one
   */
  public abstract Optional<Period> coolingOff();

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NonPoachingAgreement}. */
  public static final class Builder extends ImmutableNonPoachingAgreement.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Require.unique("NonPoachingAgreement.signatures", signatures(), Signature::party);
    coolingOff().ifPresent(p -> Require.that(!p.isNegative(),
        "NonPoachingAgreement.coolingOff", "must not be negative", p));
    coolingOff().ifPresent(p -> Require.atMostYears("NonPoachingAgreement.coolingOff", p,
        Require.LONGEST_PERIOD_YEARS));
  }
}
