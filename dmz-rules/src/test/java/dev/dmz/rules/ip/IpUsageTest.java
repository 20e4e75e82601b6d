package dev.dmz.rules.ip;

import static dev.dmz.rules.Cast.LEAD;
import static dev.dmz.rules.Cast.LENA;
import static dev.dmz.rules.Cast.OMAR;
import static dev.dmz.rules.Cast.SUP_A;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.ip.AssetId;
import dev.dmz.core.ip.BackgroundAsset;
import dev.dmz.core.ip.BackgroundIpDeclaration;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.rules.Program;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.ReadyCharter;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DMZ-IP-USAGE: may this engineer use that asset today?")
class IpUsageTest {
  static final AssetId MODEL = AssetId.of("cell-model");
  static final LocalDate ADMITTED = LocalDate.of(2027, 3, 10);
  static final LocalDate LEFT = LocalDate.of(2027, 6, 1);

  static ProgramCharter charter() {
    BackgroundAsset model = BackgroundAsset.builder().id(MODEL).description("Cell model")
        .addCarveOut("series production").build();
    return ReadyCharter.charter().withWalls(ReadyCharter.ipFramework().withDeclarations(
            BackgroundIpDeclaration.nothing(ReadyCharter.OEM),
            BackgroundIpDeclaration.of(ReadyCharter.SUP_A, List.of(model)),
            BackgroundIpDeclaration.nothing(ReadyCharter.SUP_B)),
        ReadyCharter.commercialModel(), ReadyCharter.nonPoaching());
  }

  static ProgramState state(boolean departs) {
    Program program = Program.start(charter()).applyAll(List.of(
        Nominate.of(SUP_A, LENA, ADMITTED.minusDays(1)), Admit.of(LEAD, LENA.id(), ADMITTED)));
    return departs ? program.apply(RecordDeparture.of(LEAD, LENA.id(), DepartureReason.OTHER, LEFT)).state()
        : program.state();
  }

  static String answer(ProgramState state, String use, LocalDate day) {
    return IpUsage.mayUse(state, LENA.id(), MODEL, use, day).toString();
  }

  @Test
  @DisplayName("from the admission day; not the day before")
  void fromAdmission() {
    assertEquals("yes (DMZ-IP-USAGE): A-7 may use cell-model for \"simulation\" on 2027-03-10.",
        answer(state(false), "simulation", ADMITTED));
    assertEquals("no (DMZ-IP-USAGE): A-7 is not on the program on 2027-03-09, so has no usage right that day.",
        answer(state(false), "simulation", ADMITTED.minusDays(1)));
  }

  @Test
  @DisplayName("until the day before departure; gone on the departure day")
  void untilDeparture() {
    assertEquals(true, IpUsage.mayUse(state(true), LENA.id(), MODEL, "simulation", LEFT.minusDays(1)).isYes());
    assertEquals(false, IpUsage.mayUse(state(true), LENA.id(), MODEL, "simulation", LEFT).isYes());
  }

  @Test
  @DisplayName("on the program's last day, not the day after")
  void untilProgramEnd() {
    assertEquals(true, IpUsage.mayUse(state(false), LENA.id(), MODEL, "simulation", ReadyCharter.END).isYes());
    assertEquals("no (DMZ-IP-USAGE): Usage rights hold only within the program, 2027-03-01 to 2027-12-31;"
        + " 2028-01-01 lies outside it.", answer(state(false), "simulation", ReadyCharter.END.plusDays(1)));
  }

  @Test
  @DisplayName("a carved-out use is excluded")
  void carveOut() {
    assertEquals("no (DMZ-IP-USAGE): The use \"series production\" of cell-model is carved out of the"
        + " program's usage rights.", answer(state(false), "series production", ADMITTED));
  }

  @Test
  @DisplayName("nobody else may: a candidate never admitted, an unknown asset")
  void nobodyElse() {
    ProgramState state = Program.start(charter()).apply(Nominate.of(SUP_A, OMAR, ADMITTED)).state();
    assertEquals("no (DMZ-IP-USAGE): A-8 is not a named engineer of the program, so has no usage right.",
        IpUsage.mayUse(state, OMAR.id(), MODEL, "simulation", ADMITTED).toString());
    assertEquals("no (DMZ-IP-USAGE): No parent declared a background asset nope.",
        IpUsage.mayUse(state, OMAR.id(), AssetId.of("nope"), "simulation", ADMITTED).toString());
  }

  @Test
  @DisplayName("the usage grant follows the same days")
  void grant() {
    assertEquals(true, IpUsage.hasGrant(state(true), LENA.id(), ADMITTED).isYes());
    assertEquals(false, IpUsage.hasGrant(state(true), LENA.id(), LEFT).isYes());
    assertEquals("no (DMZ-IP-USAGE): The charter's IP framework declares no background IP.",
        IpUsage.hasGrant(Program.start(charter().withWalls(ReadyCharter.ipFramework().withDeclarations(),
            ReadyCharter.commercialModel(), ReadyCharter.nonPoaching())).state(), LENA.id(), ADMITTED).toString());
  }
}
