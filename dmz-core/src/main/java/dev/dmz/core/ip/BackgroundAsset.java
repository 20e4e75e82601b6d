package dev.dmz.core.ip;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An IP asset a parent brings into the program, with its carve-outs: named uses that the program's
 * usage rights exclude.
 *
 * <pre>{@code
 * BackgroundAsset.builder()
 *     .id(AssetId.of("voltaic-cell-model"))
 *     .description("Electro-thermal cell model, release 4")
 *     .addCarveOut("series production outside this program")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DmzStyle
public abstract class BackgroundAsset implements WithBackgroundAsset {
  BackgroundAsset() {}

  /**
   * The asset's id, unique within the IP framework.
   *
   * @return the id
   */
  public abstract AssetId id();

  /**
   * What the asset is.
   *
   * <p>One line: it holds no control character, line break or bidirectional control, which
   * {@link dev.dmz.core.value.Require#oneLine} refuses.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * Uses excluded from the program's usage rights, each in the words of the framework.
   *
   * <p>Each use is one line: it holds no control character, line break or bidirectional control, which
   * {@link dev.dmz.core.value.Require#oneLine} refuses.
   *
   * @return the carved-out uses, possibly empty
   */
  public abstract Set<String> carveOuts();

  /**
   * Whether a use is carved out.
   *
   * @param use the use, as the framework words it
   * @return true when the framework excludes it
   */
  public boolean isCarvedOut(String use) {
    return carveOuts().contains(use);
  }

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BackgroundAsset}. */
  public static final class Builder extends ImmutableBackgroundAsset.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Require.notBlank("BackgroundAsset.description", description());
    Require.oneLine("BackgroundAsset.description", description());
    for (String use : carveOuts()) {
      Require.notBlank("BackgroundAsset.carveOuts", use);
      Require.oneLine("BackgroundAsset.carveOuts", use);
    }
  }
}
