package dev.dmz.json.codec;

import dev.dmz.core.ip.AssetId;
import dev.dmz.core.ip.BackgroundAsset;
import dev.dmz.core.ip.BackgroundIpDeclaration;
import dev.dmz.core.ip.ForegroundAsset;
import dev.dmz.core.ip.ForegroundOwnership;
import dev.dmz.core.ip.IpFramework;
import dev.dmz.core.ip.PostProgramLicence;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.json.syntax.Node;

/**
 * The IP framework and foreground IP as JSON. A post-program licence is written as its terms.
 */
public final class IpCodec {
  private IpCodec() {}

  /**
   * Reads an IP framework's fields: as a wall of the charter (after its {@code type}), or standing
   * alone, as in an amendment.
   *
   * @param in the fields
   * @return the framework
   */
  public static IpFramework framework(Fields in) {
    return IpFramework.builder()
        .addAllSignatures(WallCodec.signatures(in))
        .addAllDeclarations(in.list("declarations", v -> v.object(IpCodec::declaration)))
        .foregroundOwnership(in.find("foregroundOwnership").map(v -> v.choice(ForegroundOwnership.class)))
        .postProgramLicence(in.find("postProgramLicence").map(v -> v.text(PostProgramLicence::of)))
        .build();
  }

  static void framework(IpFramework framework, Write out) {
    WallCodec.signatures(framework, out)
        .list("declarations", framework.declarations(), IpCodec::declaration)
        .optional("foregroundOwnership", framework.foregroundOwnership(), Write::choice)
        .optional("postProgramLicence", framework.postProgramLicence(), l -> Write.text(l.terms()));
  }

  /**
   * Writes an IP framework that stands alone.
   *
   * @param framework the framework
   * @return the node
   */
  public static Node standalone(IpFramework framework) {
    Write out = Write.object();
    framework(framework, out);
    return out.node();
  }

  static BackgroundIpDeclaration declaration(Fields in) {
    return BackgroundIpDeclaration.of(in.get("party").text(PartyId::of),
        in.list("assets", v -> v.object(IpCodec::backgroundAsset)));
  }

  static Node declaration(BackgroundIpDeclaration declaration) {
    return Write.object().put("party", declaration.party())
        .list("assets", declaration.assets(), IpCodec::backgroundAsset).node();
  }

  static BackgroundAsset backgroundAsset(Fields in) {
    return BackgroundAsset.builder()
        .id(in.get("id").text(AssetId::of))
        .description(in.get("description").text())
        .addAllCarveOuts(in.list("carveOuts", Value::text))
        .build();
  }

  static Node backgroundAsset(BackgroundAsset asset) {
    return Write.object().put("id", asset.id()).put("description", asset.description())
        .list("carveOuts", asset.carveOuts(), Write::text).node();
  }

  /**
   * Reads a foreground asset.
   *
   * @param in the fields
   * @return the asset
   */
  public static ForegroundAsset foregroundAsset(Fields in) {
    return ForegroundAsset.builder()
        .id(in.get("id").text(AssetId::of))
        .description(in.get("description").text())
        .addAllContributors(in.list("contributors", v -> v.text(EngineerId::of)))
        .recordedOn(in.get("recordedOn").date())
        .build();
  }

  /**
   * Writes a foreground asset.
   *
   * @param asset the asset
   * @return the node
   */
  public static Node foregroundAsset(ForegroundAsset asset) {
    return Write.object().put("id", asset.id()).put("description", asset.description())
        .list("contributors", asset.contributors(), Write::id)
        .put("recordedOn", asset.recordedOn()).node();
  }
}
