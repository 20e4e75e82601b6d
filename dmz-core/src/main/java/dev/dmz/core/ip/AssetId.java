package dev.dmz.core.ip;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.TypedId;
import org.immutables.value.Value;

/** Identifies an IP asset: a background asset a parent brings in, or foreground IP the program produces. */
@Value.Immutable(copy = false, builder = false)
@DmzStyle
public abstract class AssetId extends TypedId<AssetId> {
  AssetId() {}

  /**
   * The id of an IP asset.
   *
   * @param value the identifier: not blank, no surrounding white space
   * @return the id
   * @throws dev.dmz.core.value.InvalidValueException if the value is blank or padded, or holds a control
   *     character, a line break or a bidirectional control
   */
  public static AssetId of(String value) {
    return ImmutableAssetId.of(value);
  }

  @Override
  protected String typeName() {
    return "AssetId";
  }
}
