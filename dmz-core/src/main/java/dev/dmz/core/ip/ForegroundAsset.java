package dev.dmz.core.ip;

import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * IP the program produces, attributed to its named contributors. Each contributor must be active on
 * the program on the day of record ({@code DMZ-IP-ATTRIBUTION}); an empty list of contributors is
 * representable so that the rule can refuse it.
 *
 * <pre>{@code
 * ForegroundAsset.builder()
 *     .id(AssetId.of("fg-cell-balancing"))
 *     .description("Active cell-balancing algorithm")
 *     .addContributor(EngineerId.of("VS-1042"))
 *     .recordedOn(LocalDate.of(2027, 9, 14))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DmzStyle
public abstract class ForegroundAsset implements WithForegroundAsset {
  ForegroundAsset() {}

  /**
   * The asset's id.
   *
   * @return the id
   */
  public abstract AssetId id();

  /**
   * What was produced.
   *
   * <p>One line: it holds no control character, line break or bidirectional control, which
   * {@link dev.dmz.core.value.Require#oneLine} refuses.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * The named engineers who produced it.
   *
   * @return the contributors, each once
   */
  public abstract List<EngineerId> contributors();

  /**
   * The day the asset is recorded.
   *
   * @return the day
   */
  public abstract LocalDate recordedOn();

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ForegroundAsset}. */
  public static final class Builder extends ImmutableForegroundAsset.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Require.plannable("ForegroundAsset.recordedOn", recordedOn());
    Require.notBlank("ForegroundAsset.description", description());
    Require.oneLine("ForegroundAsset.description", description());
    Require.unique("ForegroundAsset.contributors", contributors(), c -> c);
  }
}
