package dev.dmz.core.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.dmz.core.agreement.NonPoachingAgreement;
import dev.dmz.core.agreement.SignedTerms;
import dev.dmz.core.agreement.Wall;
import dev.dmz.core.agreement.WallKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A charter with one wall replaced by kind")
class WithWallTest {
  static final LocalDate START = LocalDate.of(2027, 2, 1);
  static final Wall CAREERS = SignedTerms.builder().kind(WallKind.CAREERS).terms("Career paths stay with the employer.")
      .build();
  static final Wall SECURITY = SignedTerms.builder().kind(WallKind.SECURITY_AND_WORKSPACE)
      .terms("One badge, one floor.").build();
  static final Wall SIX_MONTHS = NonPoachingAgreement.builder().coolingOff(Period.ofMonths(6)).build();
  static final Wall A_YEAR = NonPoachingAgreement.builder().coolingOff(Period.ofYears(1)).build();

  static ProgramCharter with(Wall... walls) {
    return ProgramCharter.builder().name("P").period(ProgramPeriod.of(START, START.plusDays(30)))
        .walls(List.of(walls)).build();
  }

  @Test
  @DisplayName("the new wall takes the place of the wall of its kind; the others keep theirs")
  void replacesInPlace() {
    ProgramCharter charter = with(CAREERS, SIX_MONTHS, SECURITY);
    ProgramCharter replaced = charter.withWall(A_YEAR);
    assertEquals(List.of(CAREERS, A_YEAR, SECURITY), replaced.walls());
    assertEquals(List.of(CAREERS, SIX_MONTHS, SECURITY), charter.walls(), "the charter itself is unchanged");
    assertSame(A_YEAR, replaced.nonPoaching().orElseThrow());
  }

  @Test
  @DisplayName("a charter without a wall of the kind gets it last")
  void addsWhenAbsent() {
    assertEquals(List.of(CAREERS, A_YEAR), with(CAREERS).withWall(A_YEAR).walls());
    assertEquals(List.of(A_YEAR), with().withWall(A_YEAR).walls());
  }
}
