package dev.dmz.core.ip;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import java.util.List;
import org.immutables.value.Value;

/**
 * A parent's declaration of the background IP it brings in. An explicit empty declaration ("we bring
 * nothing") counts as a declaration; a missing one is reported by {@code DMZ-IP-FRAMEWORK}.
 *
 * <pre>{@code
 * BackgroundIpDeclaration.of(PartyId.of("nordwerk"), List.of(vehicleBusSpec))
 * BackgroundIpDeclaration.nothing(PartyId.of("bytebridge"))
 * }</pre>
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract class BackgroundIpDeclaration implements WithBackgroundIpDeclaration {
  BackgroundIpDeclaration() {}

  /**
   * The declaring parent, which owns the assets.
   *
   * @return the parent
   */
  @Value.Parameter
  public abstract PartyId party();

  /**
   * The assets the parent brings in.
   *
   * @return the assets, possibly empty
   */
  @Value.Parameter
  public abstract List<BackgroundAsset> assets();

  /**
   * A declaration of assets.
   *
   * @param party the declaring parent
   * @param assets the assets it brings in
   * @return the declaration
   */
  public static BackgroundIpDeclaration of(PartyId party, List<BackgroundAsset> assets) {
    return ImmutableBackgroundIpDeclaration.of(party, assets);
  }

  /**
   * A declaration that the parent brings no background IP.
   *
   * @param party the declaring parent
   * @return the empty declaration
   */
  public static BackgroundIpDeclaration nothing(PartyId party) {
    return ImmutableBackgroundIpDeclaration.of(party, List.of());
  }

  @Value.Check
  protected void check() {
    Require.unique("BackgroundIpDeclaration.assets", assets(), BackgroundAsset::id);
  }
}
