package dev.dmz.rules.ip;

import static dev.dmz.rules.Cast.KIRA;
import static dev.dmz.rules.Cast.LEAD;
import static dev.dmz.rules.Cast.LENA;
import static dev.dmz.rules.Cast.OEM;
import static dev.dmz.rules.Cast.OMAR;
import static dev.dmz.rules.Cast.SUP_A;
import static dev.dmz.rules.Cast.SUP_B;
import static dev.dmz.rules.Cast.day;
import static dev.dmz.rules.ProgramFixture.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.agreement.WallKind;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.ip.AssetId;
import dev.dmz.core.ip.BackgroundAsset;
import dev.dmz.core.ip.BackgroundIpDeclaration;
import dev.dmz.core.ip.ForegroundAsset;
import dev.dmz.core.ip.IpFramework;
import dev.dmz.core.ip.PostProgramLicence;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Cast;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.ProgramFixture;
import dev.dmz.rules.ReadyCharter;
import dev.dmz.rules.ip.IpCommand.AmendIpFramework;
import dev.dmz.rules.ip.IpCommand.RecordForegroundIp;
import dev.dmz.rules.ip.IpEvent.ForegroundIpRecorded;
import dev.dmz.rules.ip.IpEvent.IpFrameworkAmended;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import dev.dmz.rules.staffing.StaffingEvent.Admitted;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Intellectual property: foreground attribution, the frozen framework")
class IpLifecycleTest {
  static final ProgramCharter CHARTER = ReadyCharter.charter();
  static final AssetId FG1 = AssetId.of("FG-1");
  static final Actor STRANGER = Actor.other("law-firm");

  static Nominate nominate(NamedEngineer engineer, LocalDate day) {
    return Nominate.of(engineer.employer().equals(ReadyCharter.SUP_B) ? SUP_B : SUP_A, engineer, day);
  }

  /** Lena (sup-a) and Kira (sup-b) on the program from day 0. */
  static ProgramFixture lenaAndKiraOnBoard() {
    return given(CHARTER, nominate(LENA, day(-5)), nominate(KIRA, day(-5)),
        Admit.of(LEAD, LENA.id(), day(0)), Admit.of(LEAD, KIRA.id(), day(0)));
  }

  static ForegroundAsset asset(AssetId id, LocalDate day, EngineerId... contributors) {
    return ForegroundAsset.builder().id(id).description("Cell balancing algorithm")
        .contributors(List.of(contributors)).recordedOn(day).build();
  }

  static ProgramCharter withFramework(IpFramework framework) {
    return CHARTER.withWalls(Stream.concat(
            CHARTER.walls().stream().filter(w -> w.kind() != WallKind.IP_FRAMEWORK), Stream.of(framework))
        .collect(Collectors.toList()));
  }

  /** The framework with sup-a's legacy firmware, BG-1, as background IP. */
  static IpFramework withFirmware() {
    BackgroundAsset firmware = BackgroundAsset.builder().id(AssetId.of("BG-1"))
        .description("Legacy firmware stack").addCarveOuts("resale to third parties").build();
    return ReadyCharter.ipFramework().withDeclarations(
        BackgroundIpDeclaration.nothing(ReadyCharter.OEM),
        BackgroundIpDeclaration.of(ReadyCharter.SUP_A, List.of(firmware)),
        BackgroundIpDeclaration.nothing(ReadyCharter.SUP_B));
  }

  @Nested
  @DisplayName("DMZ-IP-ATTRIBUTION")
  class Attribution {
    @Test
    @DisplayName("foreground IP with contributors on the program that day is recorded")
    void contributorsActive() {
      ForegroundAsset fg1 = asset(FG1, day(10), LENA.id(), KIRA.id());
      ProgramFixture.Outcome then = lenaAndKiraOnBoard().when(RecordForegroundIp.of(LEAD, fg1, day(10)))
          .thenAccepted(ForegroundIpRecorded.of(fg1, day(10)));
      assertEquals(List.of(fg1), then.program().state().ip().foregroundIp().values().toJavaList());
      lenaAndKiraOnBoard().when(RecordForegroundIp.of(SUP_B, fg1, day(10)))
          .thenAccepted(ForegroundIpRecorded.of(fg1, day(10)));
    }

    @Test
    @DisplayName("the admission day counts: a contributor is on the program from that day")
    void admissionDay() {
      ForegroundAsset fg1 = asset(FG1, day(0), LENA.id());
      lenaAndKiraOnBoard().when(RecordForegroundIp.of(OEM, fg1, day(0)))
          .thenAccepted(ForegroundIpRecorded.of(fg1, day(0)));
    }

    @Test
    @DisplayName("a contributor who left is not credited from the departure day on; the day before is fine")
    void contributorLeft() {
      ProgramFixture left = lenaAndKiraOnBoard().and(RecordDeparture.of(SUP_A, LENA.id(), DepartureReason.RESIGNATION, day(20)));
      left.when(RecordForegroundIp.of(LEAD, asset(FG1, day(20), LENA.id(), KIRA.id()), day(20)))
          .thenRefused(DmzRuleId.IP_ATTRIBUTION).thenStateUnchanged()
          .thenProblems("Lena Park is not on the program on 2027-03-21, so cannot be credited with FG-1.");
      left.when(RecordForegroundIp.of(LEAD, asset(FG1, day(19), LENA.id(), KIRA.id()), day(19)))
          .thenRefused(DmzRuleId.CHRONOLOGY).thenStateUnchanged()
          .thenProblems("The command is dated 2027-03-20, before the program's latest event on 2027-03-21.");
      ForegroundAsset early = asset(FG1, day(19), LENA.id(), KIRA.id());
      lenaAndKiraOnBoard().when(RecordForegroundIp.of(LEAD, early, day(19)))
          .thenAccepted(ForegroundIpRecorded.of(early, day(19)));
    }

    @Test
    @DisplayName("a contributor never admitted, a candidate or a stranger to the program, is not credited")
    void neverAdmitted() {
      lenaAndKiraOnBoard().and(nominate(OMAR, day(5)))
          .when(RecordForegroundIp.of(LEAD, asset(FG1, day(10), LENA.id(), OMAR.id()), day(10)))
          .thenRefused(DmzRuleId.IP_ATTRIBUTION).thenStateUnchanged()
          .thenProblems("Omar Haddad is not on the program on 2027-03-11, so cannot be credited with FG-1.");
      lenaAndKiraOnBoard()
          .when(RecordForegroundIp.of(LEAD, asset(FG1, day(10), EngineerId.of("X-1"), OMAR.id()), day(10)))
          .thenRefused(DmzRuleId.IP_ATTRIBUTION).thenStateUnchanged()
          .thenProblems("X-1 is not on the program on 2027-03-11, so cannot be credited with FG-1.",
              "A-8 is not on the program on 2027-03-11, so cannot be credited with FG-1.");
    }

    @Test
    @DisplayName("a contributor is not credited the day before their admission")
    void dayBeforeAdmission() {
      ProgramFixture kiraNominated = given(CHARTER, nominate(LENA, day(-5)), nominate(KIRA, day(-5)),
          Admit.of(LEAD, LENA.id(), day(0)));
      kiraNominated.and(Admit.of(LEAD, KIRA.id(), day(10)))
          .when(RecordForegroundIp.of(LEAD, asset(FG1, day(9), KIRA.id()), day(9)))
          .thenRefused(DmzRuleId.CHRONOLOGY, DmzRuleId.IP_ATTRIBUTION).thenStateUnchanged()
          .thenProblems("The command is dated 2027-03-10, before the program's latest event on 2027-03-11.",
              "Kira Novak is not on the program on 2027-03-10, so cannot be credited with FG-1.");
      kiraNominated.when(RecordForegroundIp.of(LEAD, asset(FG1, day(9), KIRA.id()), day(9)))
          .thenRefused(DmzRuleId.IP_ATTRIBUTION).thenStateUnchanged()
          .thenProblems("Kira Novak is not on the program on 2027-03-10, so cannot be credited with FG-1.");
      ForegroundAsset onTheDay = asset(FG1, day(10), KIRA.id());
      kiraNominated.and(Admit.of(LEAD, KIRA.id(), day(10)))
          .when(RecordForegroundIp.of(LEAD, onTheDay, day(10)))
          .thenAccepted(ForegroundIpRecorded.of(onTheDay, day(10)));
    }

    @Test
    @DisplayName("an asset whose own day of record falls outside its contributor's time on the program is refused")
    void assetDayOfRecord() {
      lenaAndKiraOnBoard().when(RecordForegroundIp.of(LEAD, asset(FG1, Cast.END.plusDays(30), LENA.id()), day(10)))
          .thenRefused(DmzRuleId.IP_ATTRIBUTION).thenStateUnchanged();
      lenaAndKiraOnBoard().when(RecordForegroundIp.of(LEAD, asset(FG1, day(-30), LENA.id()), day(10)))
          .thenRefused(DmzRuleId.IP_ATTRIBUTION).thenStateUnchanged();
    }

    @Test
    @DisplayName("foreground IP with no contributor is refused")
    void noContributors() {
      lenaAndKiraOnBoard().when(RecordForegroundIp.of(LEAD, asset(FG1, day(10)), day(10)))
          .thenRefused(DmzRuleId.IP_ATTRIBUTION).thenStateUnchanged()
          .thenProblems("Foreground IP FG-1 names no contributor.");
    }

    @Test
    @DisplayName("an asset id is recorded once")
    void duplicateAssetId() {
      lenaAndKiraOnBoard().and(RecordForegroundIp.of(LEAD, asset(FG1, day(10), LENA.id()), day(10)))
          .when(RecordForegroundIp.of(LEAD, asset(FG1, day(11), KIRA.id()), day(11)))
          .thenRefused(DmzRuleId.IP_ATTRIBUTION).thenStateUnchanged()
          .thenProblems("The asset id FG-1 is already recorded.");
    }

    @Test
    @DisplayName("foreground IP cannot take a background asset's id")
    void backgroundAssetId() {
      given(withFramework(withFirmware()), nominate(LENA, day(-5)), Admit.of(LEAD, LENA.id(), day(0)))
          .when(RecordForegroundIp.of(LEAD, asset(AssetId.of("BG-1"), day(10), LENA.id()), day(10)))
          .thenRefused(DmzRuleId.IP_ATTRIBUTION).thenStateUnchanged()
          .thenProblems("The asset id BG-1 is already recorded.");
    }

    @Test
    @DisplayName("only the lead or a parent records foreground IP")
    void strangerRecords() {
      lenaAndKiraOnBoard().when(RecordForegroundIp.of(STRANGER, asset(FG1, day(10), LENA.id()), day(10)))
          .thenRefused(DmzRuleId.IP_ATTRIBUTION).thenStateUnchanged()
          .thenProblems("Only the lead or a parent records foreground IP; law-firm is neither.");
    }
  }

  @Nested
  @DisplayName("DMZ-IP-FROZEN")
  class Frozen {
    @Test
    @DisplayName("before anyone entered, a parent amends the framework and the charter holds the new one")
    void amendBeforeEntry() {
      IpFramework amended = withFirmware()
          .withPostProgramLicence(PostProgramLicence.of("Non-exclusive, royalty-free, for five years."));
      ProgramFixture.Outcome then = given(CHARTER, nominate(LENA, day(-5)))
          .when(AmendIpFramework.of(OEM, amended, day(-3)))
          .thenAccepted(IpFrameworkAmended.of(amended, day(-3)));
      assertEquals(Optional.of(amended), then.program().state().charter().ipFramework());
      assertTrue(then.program().state().readiness().isReady());
      given(then.program()).when(Admit.of(LEAD, LENA.id(), day(0)))
          .thenAccepted(Admitted.of(LENA.id(), Optional.empty(), day(0)));
    }

    @Test
    @DisplayName("an amended framework is checked again: an unsigned one keeps everybody out")
    void amendedReadinessChecked() {
      IpFramework unsigned = ReadyCharter.ipFramework().withSignatures();
      ProgramFixture amended = given(CHARTER, nominate(LENA, day(-5)), AmendIpFramework.of(LEAD, unsigned, day(-3)));
      assertFalse(amended.program().state().readiness().isReady());
      amended.when(Admit.of(LEAD, LENA.id(), day(0)))
          .thenRefused(DmzRuleId.WALLS_BEFORE_ENTRY).thenStateUnchanged()
          .thenProblems("Nobody enters before the walls stand: the charter has 3 readiness finding(s) under DMZ-IP-FRAMEWORK.");
    }

    @Test
    @DisplayName("once the first engineer entered, the framework is frozen, even after that engineer left")
    void frozenAfterEntry() {
      ProgramFixture onBoard = given(CHARTER, nominate(LENA, day(-5)), Admit.of(LEAD, LENA.id(), day(0)));
      onBoard.when(AmendIpFramework.of(OEM, withFirmware(), day(1)))
          .thenRefused(DmzRuleId.IP_FROZEN).thenStateUnchanged()
          .thenProblems("The IP framework is frozen since 2027-03-01, when the first engineer entered.");
      onBoard.and(RecordDeparture.of(LEAD, LENA.id(), DepartureReason.OTHER, day(5)))
          .when(AmendIpFramework.of(LEAD, withFirmware(), day(6)))
          .thenRefused(DmzRuleId.IP_FROZEN).thenStateUnchanged()
          .thenProblems("The IP framework is frozen since 2027-03-01, when the first engineer entered.");
    }

    @Test
    @DisplayName("someone who is neither the lead nor a parent cannot propose a framework")
    void stranger() {
      given(CHARTER).when(AmendIpFramework.of(STRANGER, withFirmware(), day(-3)))
          .thenRefused(DmzRuleId.IP_FROZEN).thenStateUnchanged()
          .thenProblems("Only the lead or a parent proposes an IP framework; law-firm is neither.");
    }
  }
}
