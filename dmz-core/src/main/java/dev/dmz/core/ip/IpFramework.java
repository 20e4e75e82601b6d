package dev.dmz.core.ip;

import dev.dmz.core.agreement.Signature;
import dev.dmz.core.agreement.Wall;
import dev.dmz.core.agreement.WallKind;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The IP wall: each parent's background IP with its carve-outs, who owns foreground IP, and the
 * licence after the program.
 *
 * <pre>{@code
 * IpFramework.builder()
 *     .addSignature(Signature.of(oem, signingDay))
 *     .addSignature(Signature.of(supplier, signingDay))
 *     .addDeclaration(BackgroundIpDeclaration.of(supplier, List.of(cellModel)))
 *     .addDeclaration(BackgroundIpDeclaration.nothing(oem))
 *     .foregroundOwnership(ForegroundOwnership.JOINTLY_BY_ALL_PARENTS)
 *     .postProgramLicence(PostProgramLicence.of("..."))
 *     .build();
 * }</pre>
 *
 * Missing declarations, signatures, ownership rule or licence are representable: the rule {@code
 * DMZ-IP-FRAMEWORK} reports them.
 */
@Value.Immutable
@DmzStyle
public abstract class IpFramework implements Wall, WithIpFramework {
  IpFramework() {}

  @Override
  public final WallKind kind() {
    return WallKind.IP_FRAMEWORK;
  }

  @Override
  public abstract List<Signature> signatures();

  /**
   * The parents' background-IP declarations, at most one per parent.
   *
   * @return the declarations
   */
  public abstract List<BackgroundIpDeclaration> declarations();

  /**
   * Who owns foreground IP.
   *
   * @return the ownership rule, or empty when the framework does not state one
   */
  public abstract Optional<ForegroundOwnership> foregroundOwnership();

  /**
   * The licence after the program.
   *
   * @return the licence, or empty when the framework does not state one
   */
  public abstract Optional<PostProgramLicence> postProgramLicence();

  /**
   * A parent's declaration.
   *
   * @param party the parent
   * @return its declaration, or empty when it made none
   */
  public Optional<BackgroundIpDeclaration> declarationOf(PartyId party) {
    return declarations().stream().filter(d -> d.party().equals(party)).findFirst();
  }

  /**
   * A background asset by id, whoever declared it.
   *
   * @param id the asset's id
   * @return the asset, or empty when no declaration holds it
   */
  public Optional<BackgroundAsset> asset(AssetId id) {
    return declarations().stream()
        .flatMap(d -> d.assets().stream())
        .filter(a -> a.id().equals(id))
        .findFirst();
  }

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IpFramework}. */
  public static final class Builder extends ImmutableIpFramework.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Require.unique("IpFramework.signatures", signatures(), Signature::party);
    Require.unique("IpFramework.declarations", declarations(), BackgroundIpDeclaration::party);
    Require.unique("IpFramework.assets", declarations().stream()
        .flatMap(d -> d.assets().stream()).collect(Collectors.toList()),
        BackgroundAsset::id);
  }
}
