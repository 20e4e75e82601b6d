package dev.dmz.core.agreement;

import static dev.dmz.core.value.Malformed.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.party.PartyId;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Agreements: structure")
class AgreementStructureTest {
  static final PartyId OEM = PartyId.of("nordwerk");
  static final LocalDate DAY = LocalDate.of(2027, 1, 15);

  @Test
  @DisplayName("a negative cooling-off period is refused; none and zero build")
  void coolingOff() {
    assertRefused("NonPoachingAgreement.coolingOff must not be negative, was P-1M",
        () -> NonPoachingAgreement.builder().coolingOff(Period.ofMonths(-1)).build());
    assertEquals(Optional.empty(), NonPoachingAgreement.builder().build().coolingOff());
    assertEquals(Period.ZERO, NonPoachingAgreement.builder().coolingOff(Period.ZERO).build()
        .coolingOff().orElseThrow());
  }

  @Test
  @DisplayName("a party signing the non-poaching agreement twice is refused")
  void signedTwice() {
    assertRefused("NonPoachingAgreement.signatures must not contain a duplicate, was nordwerk",
        () -> NonPoachingAgreement.builder()
            .addSignature(Signature.of(OEM, DAY))
            .addSignature(Signature.of(OEM, DAY))
            .build());
  }

  @Test
  @DisplayName("a wall the rules interpret cannot be recorded as plain signed terms")
  void signedTermsOnlyForLaterWalls() {
    assertRefused("SignedTerms.kind must be a wall without a dedicated type (CAREERS, SECURITY_AND_WORKSPACE), was IP_FRAMEWORK",
        () -> SignedTerms.builder().kind(WallKind.IP_FRAMEWORK).terms("t").build());
    assertRefused("SignedTerms.terms must not be blank, was \"\"",
        () -> SignedTerms.builder().kind(WallKind.CAREERS).terms("").build());
    SignedTerms workspace = SignedTerms.builder().kind(WallKind.SECURITY_AND_WORKSPACE)
        .terms("One badge system").addSignature(Signature.of(OEM, DAY)).build();
    assertEquals(DAY, workspace.signatureOf(OEM).orElseThrow().signedOn());
  }

  @Test
  @DisplayName("the walls the rule book reads have dedicated types")
  void dedicatedTypes() {
    assertTrue(WallKind.IP_FRAMEWORK.hasDedicatedType());
    assertTrue(WallKind.COMMERCIAL_MODEL.hasDedicatedType());
    assertTrue(WallKind.NON_POACHING.hasDedicatedType());
    assertFalse(WallKind.CAREERS.hasDedicatedType());
    assertFalse(WallKind.SECURITY_AND_WORKSPACE.hasDedicatedType());
  }

  @Test
  @DisplayName("signed terms may run over several lines, broken with \\n only")
  void termsLines() {
    String terms = "1. One badge system.\n2. Shared labs.";
    assertEquals(terms, SignedTerms.builder().kind(WallKind.CAREERS).terms(terms).build().terms());
    assertRefused("SignedTerms.terms must not contain a line break other than \\n (U+000D), was \"1.\\r2.\"",
        () -> SignedTerms.builder().kind(WallKind.CAREERS).terms("1.\r2.").build());
    assertRefused("SignedTerms.terms must not contain a control character (U+0000), was \"1.\\u0000\"",
        () -> SignedTerms.builder().kind(WallKind.CAREERS).terms("1.\u0000").build());
  }
}
