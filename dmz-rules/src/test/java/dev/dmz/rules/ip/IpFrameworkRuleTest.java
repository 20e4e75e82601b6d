package dev.dmz.rules.ip;

import static dev.dmz.rules.ReadinessAssertions.assertOnly;
import static dev.dmz.rules.ReadyCharter.OEM;
import static dev.dmz.rules.ReadyCharter.SIGNED;
import static dev.dmz.rules.ReadyCharter.START;
import static dev.dmz.rules.ReadyCharter.SUP_A;
import static dev.dmz.rules.ReadyCharter.SUP_B;
import static dev.dmz.rules.ReadyCharter.charter;
import static dev.dmz.rules.ReadyCharter.ipFramework;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.core.agreement.Signature;
import dev.dmz.core.agreement.WallKind;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.ip.AssetId;
import dev.dmz.core.ip.BackgroundAsset;
import dev.dmz.core.ip.BackgroundIpDeclaration;
import dev.dmz.core.ip.IpFramework;
import dev.dmz.core.party.PartyId;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.Readiness;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("DMZ-IP-FRAMEWORK")
class IpFrameworkRuleTest {

  @Test
  @DisplayName("the ready charter's framework, with an explicit empty declaration by every parent, is complete")
  void readyFramework() {
    assertEquals(List.of(List.of(), List.of(), List.of()), ipFramework().declarations().stream()
        .map(BackgroundIpDeclaration::assets).collect(Collectors.toList()), "the fixture declares nothing");
    assertOnly(DmzRuleId.IP_FRAMEWORK, charter());
  }

  @Test
  @DisplayName("a charter without an IP framework is one finding, and nothing more is asked of a framework it lacks")
  void noFramework() {
    ProgramCharter charter = charter().withWalls(charter().walls().stream()
        .filter(w -> w.kind() != WallKind.IP_FRAMEWORK).collect(Collectors.toList()));
    Readiness readiness = assertOnly(DmzRuleId.IP_FRAMEWORK, charter,
        "wall IP_FRAMEWORK: The charter has no IP framework.");
    assertEquals(List.of("Every parent signs, before 2027-03-01, an IP framework that declares its background"
            + " IP with carve-outs, who owns foreground IP, and the licence after the program."),
        remedies(readiness));
  }

  @Nested
  @DisplayName("signatures")
  class Signatures {
    @Test
    @DisplayName("a parent that has not signed")
    void unsigned() {
      Readiness readiness = assertOnly(DmzRuleId.IP_FRAMEWORK,
          with(ipFramework().withSignatures(Signature.of(OEM, SIGNED), Signature.of(SUP_A, SIGNED))),
          "party sup-b: sup-b has not signed the IP framework.");
      assertEquals(List.of("sup-b signs the IP framework before 2027-03-01."), remedies(readiness));
    }

    @Test
    @DisplayName("a signature dated on the first day is too late: \"before the start\" is strict")
    void signedOnFirstDay() {
      Readiness readiness = assertOnly(DmzRuleId.IP_FRAMEWORK, signedBySupBOn(START),
          "party sup-b: sup-b signed the IP framework on 2027-03-01, not before the program started on 2027-03-01.");
      assertEquals(List.of("sup-b signs the IP framework by 2027-02-28."), remedies(readiness));
    }

    @Test
    @DisplayName("a signature dated the day before the first day is in time")
    void signedDayBefore() {
      assertOnly(DmzRuleId.IP_FRAMEWORK, signedBySupBOn(START.minusDays(1)));
    }

    @Test
    @DisplayName("a signature a month into the program is too late as well")
    void signedWellAfter() {
      assertOnly(DmzRuleId.IP_FRAMEWORK, signedBySupBOn(START.plusMonths(1)),
          "party sup-b: sup-b signed the IP framework on 2027-04-01, not before the program started on 2027-03-01.");
    }

    @Test
    @DisplayName("no signature at all: one finding per parent, in the charter's order")
    void nobodySigned() {
      assertOnly(DmzRuleId.IP_FRAMEWORK, with(ipFramework().withSignatures()),
          "party oem: oem has not signed the IP framework.",
          "party sup-a: sup-a has not signed the IP framework.",
          "party sup-b: sup-b has not signed the IP framework.");
    }

    private ProgramCharter signedBySupBOn(LocalDate day) {
      return with(ipFramework().withSignatures(
          Signature.of(OEM, SIGNED), Signature.of(SUP_A, SIGNED), Signature.of(SUP_B, day)));
    }
  }

  @Nested
  @DisplayName("background IP declarations")
  class Declarations {
    @Test
    @DisplayName("a parent that has declared nothing at all")
    void missingDeclaration() {
      Readiness readiness = assertOnly(DmzRuleId.IP_FRAMEWORK, with(ipFramework().withDeclarations(
              BackgroundIpDeclaration.nothing(OEM), BackgroundIpDeclaration.nothing(SUP_B))),
          "party sup-a: sup-a has not declared its background IP.");
      assertEquals(List.of("sup-a declares the assets it brings in, or declares that it brings none."),
          remedies(readiness));
    }

    @Test
    @DisplayName("an explicit empty declaration counts, beside one that brings an asset with a carve-out")
    void explicitEmptyDeclarationCounts() {
      BackgroundAsset firmware = BackgroundAsset.builder().id(AssetId.of("fw-stack"))
          .description("Legacy firmware stack").addCarveOuts("resale to third parties").build();
      assertOnly(DmzRuleId.IP_FRAMEWORK, with(ipFramework().withDeclarations(
          BackgroundIpDeclaration.of(OEM, List.of()),
          BackgroundIpDeclaration.of(SUP_A, List.of(firmware)),
          BackgroundIpDeclaration.nothing(SUP_B))));
    }

    @Test
    @DisplayName("a declaration by an organisation that is not a parent names an unknown party")
    void declarationByNonParent() {
      PartyId stranger = PartyId.of("stranger");
      Readiness readiness = assertOnly(DmzRuleId.IP_FRAMEWORK, with(ipFramework().withDeclarations(
              BackgroundIpDeclaration.nothing(OEM), BackgroundIpDeclaration.nothing(SUP_A),
              BackgroundIpDeclaration.nothing(stranger), BackgroundIpDeclaration.nothing(SUP_B))),
          "party stranger: The IP framework holds a declaration by stranger, which is not a parent.");
      assertEquals(List.of("Remove the declaration, or add stranger as a parent."), remedies(readiness));
    }

    @Test
    @DisplayName("a stranger's declaration does not stand in for the parent that made none")
    void strangerInsteadOfParent() {
      assertOnly(DmzRuleId.IP_FRAMEWORK, with(ipFramework().withDeclarations(
              BackgroundIpDeclaration.nothing(OEM), BackgroundIpDeclaration.nothing(SUP_A),
              BackgroundIpDeclaration.nothing(PartyId.of("sup-b-holding")))),
          "party sup-b: sup-b has not declared its background IP.",
          "party sup-b-holding: The IP framework holds a declaration by sup-b-holding, which is not a parent.");
    }
  }

  @Nested
  @DisplayName("foreground ownership and licence")
  class Terms {
    @Test
    @DisplayName("no foreground-ownership rule")
    void noForegroundOwnership() {
      Readiness readiness = assertOnly(DmzRuleId.IP_FRAMEWORK,
          with(ipFramework().withForegroundOwnership(Optional.empty())),
          "wall IP_FRAMEWORK: The IP framework does not say who owns the IP the program produces.");
      assertEquals(List.of("State the foreground-ownership rule."), remedies(readiness));
    }

    @Test
    @DisplayName("no post-program licence")
    void noLicence() {
      Readiness readiness = assertOnly(DmzRuleId.IP_FRAMEWORK,
          with(ipFramework().withPostProgramLicence(Optional.empty())),
          "wall IP_FRAMEWORK: The IP framework does not say what the parents may do with the results after the program.");
      assertEquals(List.of("State the post-program licence."), remedies(readiness));
    }
  }

  @Test
  @DisplayName("an empty framework: every problem at once, parent by parent, then the terms")
  void emptyFramework() {
    assertOnly(DmzRuleId.IP_FRAMEWORK, with(IpFramework.builder().build()),
        "party oem: oem has not signed the IP framework.",
        "party oem: oem has not declared its background IP.",
        "party sup-a: sup-a has not signed the IP framework.",
        "party sup-a: sup-a has not declared its background IP.",
        "party sup-b: sup-b has not signed the IP framework.",
        "party sup-b: sup-b has not declared its background IP.",
        "wall IP_FRAMEWORK: The IP framework does not say who owns the IP the program produces.",
        "wall IP_FRAMEWORK: The IP framework does not say what the parents may do with the results after the program.");
  }

  private static ProgramCharter with(IpFramework framework) {
    return charter().withWalls(charter().walls().stream()
        .map(w -> w.kind() == WallKind.IP_FRAMEWORK ? framework : w).collect(Collectors.toList()));
  }

  private static List<String> remedies(Readiness readiness) {
    return readiness.findings().stream().map(Finding::remedy).collect(Collectors.toList());
  }
}
