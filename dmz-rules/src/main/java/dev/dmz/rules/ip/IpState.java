package dev.dmz.rules.ip;

import dev.dmz.core.ip.AssetId;
import dev.dmz.core.ip.ForegroundAsset;
import dev.dmz.core.value.DmzStyle;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import org.immutables.value.Value;

/**
 * The IP framework's part of a program's state: the foreground IP recorded so far. The framework
 * itself, as last amended before anyone entered, is the charter's ({@code ProgramState.charter()}).
 * Read it through {@code ProgramState.ip()}.
 */
@Value.Immutable
@DmzStyle
public abstract class IpState {
  IpState() {}

  /**
   * Foreground IP recorded so far, in the order it was recorded.
   *
   * @return the assets by id
   */
  public abstract Map<AssetId, ForegroundAsset> foregroundIp();

  /**
   * The IP of a program that has just started: no foreground IP yet.
   *
   * @return the state
   */
  public static IpState start() {
    return builder().foregroundIp(LinkedHashMap.empty()).build();
  }

  /**
   * A builder from the fields, for a codec that reads back a state written from a program (a
   * snapshot). A program makes its states itself; see {@code ProgramState.builder()}.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IpState}; see {@link IpState#builder()}. */
  public static final class Builder extends ImmutableIpState.Builder {
    Builder() {}
  }
}
