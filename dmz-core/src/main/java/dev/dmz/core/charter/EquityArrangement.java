package dev.dmz.core.charter;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An optional shared-equity arrangement between parents. No DMZ rule asks for one; a charter may
 * record one, as a joint venture would.
 *
 * <pre>{@code
 * EquityArrangement.builder()
 *     .addStake(EquityStake.of(oem, supplier, new BigDecimal("8.5")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DmzStyle
public abstract class EquityArrangement implements WithEquityArrangement {
  EquityArrangement() {}

  /**
   * The stakes, at most one per holder and issuer.
   *
   * @return the stakes, at least one
   */
  public abstract List<EquityStake> stakes();

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EquityArrangement}. */
  public static final class Builder extends ImmutableEquityArrangement.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Require.that(!stakes().isEmpty(), "EquityArrangement.stakes", "must hold at least one stake",
        stakes());
    Require.unique("EquityArrangement.stakes", stakes(), s -> s.holder() + " in " + s.issuer());
    stakes().stream().collect(Collectors.groupingBy(EquityStake::issuer, TreeMap::new,
            Collectors.reducing(BigDecimal.ZERO, EquityStake::percent, BigDecimal::add)))
        .forEach((issuer, total) -> Require.that(total.compareTo(BigDecimal.valueOf(100)) <= 0,
            "EquityArrangement.stakes", "must not hold more than 100% of " + issuer, total));
  }
}
