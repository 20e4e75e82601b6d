package dev.dmz.core.ip;

import static dev.dmz.core.value.Malformed.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.agreement.Signature;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.EngineerId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("IP: structure")
class IpStructureTest {
  static final PartyId OEM = PartyId.of("nordwerk");
  static final PartyId SUPPLIER = PartyId.of("voltaic");
  static final LocalDate DAY = LocalDate.of(2027, 1, 15);

  static BackgroundAsset asset(String id) {
    return BackgroundAsset.builder().id(AssetId.of(id)).description("asset " + id).build();
  }

  @Test
  @DisplayName("an asset with a blank description or a blank carve-out is refused")
  void blankAsset() {
    assertRefused("BackgroundAsset.description must not be blank, was \"\"",
        () -> BackgroundAsset.builder().id(AssetId.of("a")).description("").build());
    assertRefused("BackgroundAsset.carveOuts must not be blank, was \" \"",
        () -> BackgroundAsset.builder().id(AssetId.of("a")).description("d").addCarveOut(" ").build());
  }

  @Test
  @DisplayName("a carve-out is matched by its exact words")
  void carveOut() {
    BackgroundAsset a = asset("a").withCarveOuts(List.of("resale"));
    assertTrue(a.isCarvedOut("resale"));
    assertFalse(a.isCarvedOut("Resale"));
    assertFalse(asset("b").isCarvedOut("resale"));
  }

  @Test
  @DisplayName("one asset declared twice is refused, within and across declarations")
  void duplicateAssets() {
    assertRefused("BackgroundIpDeclaration.assets must not contain a duplicate, was a",
        () -> BackgroundIpDeclaration.of(OEM, List.of(asset("a"), asset("a"))));
    assertRefused("IpFramework.assets must not contain a duplicate, was a",
        () -> IpFramework.builder()
            .addDeclaration(BackgroundIpDeclaration.of(OEM, List.of(asset("a"))))
            .addDeclaration(BackgroundIpDeclaration.of(SUPPLIER, List.of(asset("a"))))
            .build());
  }

  @Test
  @DisplayName("a parent declaring twice, or signing twice, is refused")
  void duplicateDeclarationOrSignature() {
    assertRefused("IpFramework.declarations must not contain a duplicate, was nordwerk",
        () -> IpFramework.builder()
            .addDeclaration(BackgroundIpDeclaration.nothing(OEM))
            .addDeclaration(BackgroundIpDeclaration.nothing(OEM))
            .build());
    assertRefused("IpFramework.signatures must not contain a duplicate, was nordwerk",
        () -> IpFramework.builder()
            .addSignature(Signature.of(OEM, DAY))
            .addSignature(Signature.of(OEM, DAY.plusDays(1)))
            .build());
  }

  @Test
  @DisplayName("an empty framework builds, and says what it lacks by absence")
  void emptyFrameworkBuilds() {
    IpFramework empty = IpFramework.builder().build();
    assertEquals(Optional.empty(), empty.foregroundOwnership());
    assertEquals(Optional.empty(), empty.postProgramLicence());
    assertEquals(Optional.empty(), empty.declarationOf(OEM));
    assertEquals(Optional.empty(), empty.signatureOf(OEM));
  }

  @Test
  @DisplayName("an explicit empty declaration is a declaration")
  void explicitEmptyDeclaration() {
    IpFramework framework = IpFramework.builder()
        .addDeclaration(BackgroundIpDeclaration.nothing(OEM))
        .addDeclaration(BackgroundIpDeclaration.of(SUPPLIER, List.of(asset("cell"))))
        .addSignature(Signature.of(SUPPLIER, DAY))
        .build();
    assertEquals(List.of(), framework.declarationOf(OEM).orElseThrow().assets());
    assertEquals("asset cell", framework.asset(AssetId.of("cell")).orElseThrow().description());
    assertEquals(Optional.empty(), framework.asset(AssetId.of("none")));
    assertEquals(DAY, framework.signatureOf(SUPPLIER).orElseThrow().signedOn());
  }

  @Test
  @DisplayName("foreground IP needs a description and each contributor once; none builds, for DMZ-IP-ATTRIBUTION")
  void foreground() {
    assertRefused("ForegroundAsset.description must not be blank, was \"\"",
        () -> ForegroundAsset.builder().id(AssetId.of("f")).description("").recordedOn(DAY).build());
    ForegroundAsset orphan = ForegroundAsset.builder()
        .id(AssetId.of("f")).description("d").recordedOn(DAY).build();
    assertTrue(orphan.contributors().isEmpty());
    assertRefused("ForegroundAsset.contributors must not contain a duplicate, was e1",
        () -> orphan.withContributors(List.of(EngineerId.of("e1"), EngineerId.of("e1"))));
  }

  @Test
  @DisplayName("a blank licence is refused")
  void blankLicence() {
    assertRefused("PostProgramLicence.terms must not be blank, was \"\"", () -> PostProgramLicence.of(""));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("dev.dmz.core.value.Malformed#unsafe")
  @DisplayName("an asset id, a description or a carve-out holding a line break, ESC, a right-to-left override, a "
      + "line separator or NUL is refused")
  void unsafeText(String c, String what, String shown) {
    assertRefused("AssetId.value must not contain " + what + ", was \"cell" + shown + "model\"",
        () -> AssetId.of("cell" + c + "model"));
    assertRefused("BackgroundAsset.description must not contain " + what + ", was \"asset a" + shown + "\"",
        () -> asset("a").withDescription("asset a" + c));
    assertRefused("BackgroundAsset.carveOuts must not contain " + what + ", was \"resale" + shown + "\"",
        () -> asset("a").withCarveOuts(List.of("resale" + c)));
    assertRefused("ForegroundAsset.description must not contain " + what + ", was \"d" + shown + "\"",
        () -> ForegroundAsset.builder().id(AssetId.of("f")).description("d" + c).recordedOn(DAY).build());
  }

  @Test
  @DisplayName("a licence may run over several lines, broken with \\n only")
  void licenceLines() {
    assertEquals("Perpetual.\nRoyalty-free.", PostProgramLicence.of("Perpetual.\nRoyalty-free.").terms());
    assertRefused("PostProgramLicence.terms must not contain a line break other than \\n (U+2028), was "
        + "\"Perpetual.\\u2028Royalty-free.\"", () -> PostProgramLicence.of("Perpetual.\u2028Royalty-free."));
    assertRefused("PostProgramLicence.terms must not contain a control character (U+001B), was \"\\u001b[2J\"",
        () -> PostProgramLicence.of("\u001b[2J"));
  }
}
