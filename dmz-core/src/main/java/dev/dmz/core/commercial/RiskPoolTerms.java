package dev.dmz.core.commercial;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import java.util.List;
import org.immutables.value.Value;

/**
 * The terms of the risk-sharing pool: who commits how much, and who may draw.
 *
 * <pre>{@code
 * RiskPoolTerms.builder()
 *     .addCommitment(PoolCommitment.of(oem, Money.ofMajor(EUR, 400_000)))
 *     .addCommitment(PoolCommitment.of(supplier, Money.ofMajor(EUR, 100_000)))
 *     .drawAuthority(DrawAuthority.PROGRAM_LEAD_ALONE)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DmzStyle
public abstract class RiskPoolTerms implements WithRiskPoolTerms {
  RiskPoolTerms() {}

  /**
   * The parents' committed contributions, at most one per parent.
   *
   * @return the commitments
   */
  public abstract List<PoolCommitment> commitments();

  /**
   * Who may draw on the pool.
   *
   * @return the draw authority
   */
  public abstract DrawAuthority drawAuthority();

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RiskPoolTerms}. */
  public static final class Builder extends ImmutableRiskPoolTerms.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Require.unique("RiskPoolTerms.commitments", commitments(), PoolCommitment::party);
  }
}
