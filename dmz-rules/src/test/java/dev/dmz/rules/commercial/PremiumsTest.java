package dev.dmz.rules.commercial;

import static dev.dmz.rules.Cast.LEAD;
import static dev.dmz.rules.Cast.LENA;
import static dev.dmz.rules.Cast.OMAR;
import static dev.dmz.rules.Cast.SUP_A;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.rules.Program;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.ReadyCharter;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import dev.dmz.rules.staffing.StaffingCommand.SubstituteEngineer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Is this premium still in force?")
class PremiumsTest {
  static final LocalDate ADMITTED = LocalDate.of(2027, 3, 1);
  static final LocalDate LEFT = LocalDate.of(2027, 5, 10);

  static ProgramState lenaLeftOn10May() {
    return Program.start(ReadyCharter.charter()).applyAll(List.of(
        Nominate.of(SUP_A, LENA, ADMITTED.minusDays(3)), Admit.of(LEAD, LENA.id(), ADMITTED),
        RecordDeparture.of(SUP_A, LENA.id(), DepartureReason.ILLNESS, LEFT))).state();
  }

  @Test
  @DisplayName("in force from the admission day to the day before departure")
  void inForceWhileOnProgram() {
    ProgramState state = lenaLeftOn10May();
    assertEquals("yes (DMZ-PREMIUM-CONDITIONAL): The premium rate of EUR 3100.00 a month for Lena Park is in"
            + " force on 2027-03-01; it stops on the day Lena Park leaves, and for good on an attempt by the"
            + " employer to"
            + " substitute Lena Park.",
        Premiums.inForce(state, LENA.id(), ADMITTED).toString());
    assertEquals(true, Premiums.inForce(state, LENA.id(), LEFT.minusDays(1)).isYes());
  }

  @Test
  @DisplayName("not in force on the departure day, nor before admission")
  void notOnDepartureDay() {
    ProgramState state = lenaLeftOn10May();
    assertEquals("no (DMZ-PREMIUM-CONDITIONAL): Lena Park is not on the program on 2027-05-10, so the premium"
        + " rate does not accrue.", Premiums.inForce(state, LENA.id(), LEFT).toString());
    assertEquals(false, Premiums.inForce(state, LENA.id(), ADMITTED.minusDays(1)).isYes());
  }

  @Test
  @DisplayName("cancelled for good by a substitution attempt, from its day")
  void cancelledByAttempt() {
    ProgramState state = Program.start(ReadyCharter.charter()).applyAll(List.of(
        Nominate.of(SUP_A, LENA, ADMITTED.minusDays(3)), Admit.of(LEAD, LENA.id(), ADMITTED),
        SubstituteEngineer.of(SUP_A, LENA.id(), OMAR, LocalDate.of(2027, 4, 1)))).state();
    assertEquals(true, Premiums.inForce(state, LENA.id(), LocalDate.of(2027, 3, 31)).isYes());
    assertEquals("no (DMZ-PREMIUM-CONDITIONAL): The premium rate for Lena Park was cancelled on 2027-04-01,"
        + " when a substitution was attempted.", Premiums.inForce(state, LENA.id(), LocalDate.of(2027, 4, 1)).toString());
  }

  @Test
  @DisplayName("an engineer no premium names has none")
  void noRate() {
    assertEquals("no (DMZ-PREMIUM-CONDITIONAL): No premium rate names A-8.",
        Premiums.inForce(lenaLeftOn10May(), OMAR.id(), ADMITTED).toString());
  }
}
