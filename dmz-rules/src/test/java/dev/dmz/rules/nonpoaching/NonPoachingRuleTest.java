package dev.dmz.rules.nonpoaching;

import static dev.dmz.rules.ReadinessAssertions.assertOnly;
import static dev.dmz.rules.ReadyCharter.OEM;
import static dev.dmz.rules.ReadyCharter.SIGNED;
import static dev.dmz.rules.ReadyCharter.charter;
import static dev.dmz.rules.ReadyCharter.nonPoaching;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.core.agreement.NonPoachingAgreement;
import dev.dmz.core.agreement.Signature;
import dev.dmz.core.agreement.WallKind;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.Readiness;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("DMZ-NON-POACHING")
class NonPoachingRuleTest {

  @Test
  @DisplayName("the ready charter's agreement, signed by all with six months of cooling-off, is fine")
  void readyAgreement() {
    assertOnly(DmzRuleId.NON_POACHING, charter());
  }

  @Test
  @DisplayName("a charter without a non-poaching agreement is one finding")
  void noAgreement() {
    ProgramCharter charter = charter().withWalls(charter().walls().stream()
        .filter(w -> w.kind() != WallKind.NON_POACHING).collect(Collectors.toList()));
    Readiness readiness = assertOnly(DmzRuleId.NON_POACHING, charter,
        "wall NON_POACHING: The charter has no non-poaching agreement.");
    assertEquals(List.of("Every parent signs a promise not to hire the others' named engineers during the"
        + " program and a cooling-off period after it."), remedies(readiness));
  }

  @Nested
  @DisplayName("signatures")
  class Signatures {
    @Test
    @DisplayName("each parent that has not signed is its own finding")
    void eachUnsignedParent() {
      Readiness readiness = assertOnly(DmzRuleId.NON_POACHING,
          with(nonPoaching().withSignatures(Signature.of(OEM, SIGNED))),
          "party sup-a: sup-a has not signed the non-poaching agreement.",
          "party sup-b: sup-b has not signed the non-poaching agreement.");
      assertEquals(List.of("sup-a signs the non-poaching agreement.", "sup-b signs the non-poaching agreement."),
          remedies(readiness));
    }

    @Test
    @DisplayName("an agreement nobody signed: one finding per parent, in the charter's order")
    void nobodySigned() {
      assertOnly(DmzRuleId.NON_POACHING, with(nonPoaching().withSignatures()),
          "party oem: oem has not signed the non-poaching agreement.",
          "party sup-a: sup-a has not signed the non-poaching agreement.",
          "party sup-b: sup-b has not signed the non-poaching agreement.");
    }
  }

  @Nested
  @DisplayName("cooling-off period")
  class CoolingOff {
    @Test
    @DisplayName("no cooling-off period")
    void noCoolingOff() {
      Readiness readiness = assertOnly(DmzRuleId.NON_POACHING, with(nonPoaching().withCoolingOff(Optional.empty())),
          "wall NON_POACHING: The non-poaching agreement states no cooling-off period.");
      assertEquals(List.of("State how long after the program's last day the promise still holds."),
          remedies(readiness));
    }

    @Test
    @DisplayName("a cooling-off period of zero is read as none")
    void zeroCoolingOff() {
      Readiness readiness = assertOnly(DmzRuleId.NON_POACHING, with(nonPoaching().withCoolingOff(Period.ZERO)),
          "wall NON_POACHING: The non-poaching agreement's cooling-off period is zero.");
      assertEquals(List.of("State a cooling-off period of at least one day after the program's last day."),
          remedies(readiness));
    }

    @Test
    @DisplayName("zero months and zero days is zero too")
    void zeroWrittenOtherwise() {
      assertOnly(DmzRuleId.NON_POACHING, with(nonPoaching().withCoolingOff(Period.of(0, 0, 0))),
          "wall NON_POACHING: The non-poaching agreement's cooling-off period is zero.");
    }

    @Test
    @DisplayName("one day of cooling-off is fine")
    void oneDay() {
      assertOnly(DmzRuleId.NON_POACHING, with(nonPoaching().withCoolingOff(Period.ofDays(1))));
    }
  }

  @Test
  @DisplayName("unsigned by some and without a cooling-off period: every finding at once")
  void everything() {
    assertOnly(DmzRuleId.NON_POACHING,
        with(NonPoachingAgreement.builder().addSignatures(Signature.of(OEM, SIGNED)).build()),
        "party sup-a: sup-a has not signed the non-poaching agreement.",
        "party sup-b: sup-b has not signed the non-poaching agreement.",
        "wall NON_POACHING: The non-poaching agreement states no cooling-off period.");
  }

  private static ProgramCharter with(NonPoachingAgreement agreement) {
    return charter().withWalls(charter().walls().stream()
        .map(w -> w.kind() == WallKind.NON_POACHING ? agreement : w).collect(Collectors.toList()));
  }

  private static List<String> remedies(Readiness readiness) {
    return readiness.findings().stream().map(Finding::remedy).collect(Collectors.toList());
  }
}
