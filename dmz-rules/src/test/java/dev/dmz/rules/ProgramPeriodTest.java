package dev.dmz.rules;

import static dev.dmz.rules.Cast.LEAD;
import static dev.dmz.rules.Cast.LENA;
import static dev.dmz.rules.Cast.OEM;
import static dev.dmz.rules.Cast.OMAR;
import static dev.dmz.rules.Cast.SUP_A;
import static dev.dmz.rules.Cast.SUP_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.ip.AssetId;
import dev.dmz.core.ip.ForegroundAsset;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.rules.command.Window;
import dev.dmz.rules.commercial.CommercialCommand.AcceptMilestone;
import dev.dmz.rules.commercial.CommercialCommand.ContributeToPool;
import dev.dmz.rules.commercial.CommercialCommand.DrawOnPool;
import dev.dmz.rules.commercial.CommercialCommand.RecordScopeChange;
import dev.dmz.rules.commercial.CommercialCommand.SignNewBaseline;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.ip.IpCommand.AmendIpFramework;
import dev.dmz.rules.ip.IpCommand.RecordForegroundIp;
import dev.dmz.rules.nonpoaching.NonPoachingCommand.MakeJobOffer;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.CloseVacancy;
import dev.dmz.rules.staffing.StaffingCommand.FillVacancy;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import dev.dmz.rules.staffing.StaffingCommand.SubstituteEngineer;
import dev.dmz.rules.staffing.VacancyId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DOMAIN.md, Conventions: the program period bounds the work. Each kind of command at the first and last
 * day of its window and the day before and after, decided on a program with no history (so that no
 * other rule's date check, {@code DMZ-CHRONOLOGY}, speaks).
 */
@DisplayName("The program period: each kind of command has its window")
class ProgramPeriodTest {
  static final LocalDate START = Cast.START;
  static final LocalDate END = Cast.END;
  static final ProgramState FRESH = Program.start(ReadyCharter.charter()).state();

  record Kind(String what, DmzRuleId rule, Window window, Function<LocalDate, Command> on) {
    @Override
    public String toString() {
      return what + " (" + rule.id() + ", " + window + ")";
    }
  }

  static Stream<Kind> kinds() {
    return Stream.of(
        new Kind("A nomination", DmzRuleId.LEAD_ADMITS, Window.UNTIL_PROGRAM_END,
            day -> Nominate.of(SUP_A, OMAR, day)),
        new Kind("An admission", DmzRuleId.LEAD_ADMITS, Window.PROGRAM_PERIOD,
            day -> Admit.of(LEAD, LENA.id(), day)),
        new Kind("A departure", DmzRuleId.REPLACEMENT_VETO, Window.PROGRAM_PERIOD,
            day -> RecordDeparture.of(LEAD, LENA.id(), DepartureReason.OTHER, day)),
        new Kind("Filling a vacancy", DmzRuleId.REPLACEMENT_VETO, Window.PROGRAM_PERIOD,
            day -> FillVacancy.of(LEAD, VacancyId.number(1), OMAR.id(), day)),
        new Kind("Closing a vacancy", DmzRuleId.REPLACEMENT_VETO, Window.PROGRAM_PERIOD,
            day -> CloseVacancy.of(LEAD, VacancyId.number(1), day)),
        new Kind("A foreground IP record", DmzRuleId.IP_ATTRIBUTION, Window.PROGRAM_PERIOD,
            day -> RecordForegroundIp.of(LEAD, ForegroundAsset.builder().id(AssetId.of("FG-1"))
                .description("Cell balancing algorithm").contributors(List.of(LENA.id())).recordedOn(day).build(),
                day)),
        new Kind("A contribution", DmzRuleId.RISK_POOL_DRAW, Window.PROGRAM_PERIOD,
            day -> ContributeToPool.of(OEM, ReadyCharter.eur(1_000), day)),
        new Kind("A draw", DmzRuleId.RISK_POOL_DRAW, Window.PROGRAM_PERIOD,
            day -> DrawOnPool.of(LEAD, ReadyCharter.eur(1), "supplier recall", day)),
        new Kind("An acceptance", DmzRuleId.MILESTONE_PAYMENT, Window.FROM_PROGRAM_START,
            day -> AcceptMilestone.of(LEAD, MilestoneId.of("M1"), day)),
        new Kind("A scope change", DmzRuleId.REBASELINE, Window.FROM_PROGRAM_START,
            day -> RecordScopeChange.of(LEAD, new BigDecimal("210"), day)),
        new Kind("A new-baseline signature", DmzRuleId.REBASELINE, Window.FROM_PROGRAM_START,
            day -> SignNewBaseline.of(OEM, day)),
        new Kind("A job offer", DmzRuleId.NON_POACHING_OFFER, Window.FROM_PROGRAM_START,
            day -> MakeJobOffer.of(SUP_B, LENA.id(), day)),
        new Kind("An amendment of the IP framework", DmzRuleId.IP_FROZEN, Window.UNTIL_PROGRAM_END,
            day -> AmendIpFramework.of(OEM, ReadyCharter.ipFramework(), day)));
  }

  /** The finding of the command's own rule about its date, if any. */
  static List<Finding> windowFindings(Kind kind, LocalDate day) {
    return windowFindings(RuleBook.standard().decide(FRESH, kind.on().apply(day)));
  }

  static List<Finding> windowFindings(Decision decision) {
    return decision.findings().stream().filter(f -> f.problem().contains(" lies outside its window, ")).toList();
  }

  static void inside(Kind kind, LocalDate day) {
    assertEquals(List.of(), windowFindings(kind, day), () -> kind + " on " + day + " is inside its window");
  }

  static void outside(Kind kind, LocalDate day, String window) {
    List<Finding> found = windowFindings(kind, day);
    assertEquals(1, found.size(), () -> kind + " on " + day + ": one finding for the one fault, was " + found);
    assertEquals(kind.rule().id(), found.get(0).ruleId(), "refused by the rule the command concerns");
    assertEquals(kind.what() + " on " + day + " lies outside its window, " + window + ".", found.get(0).problem());
    assertTrue(found.get(0).isError());
    assertFalse(RuleBook.standard().decide(FRESH, kind.on().apply(day)).isAccepted());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  @DisplayName("the first and last day of the window, and the day before and after")
  void edges(Kind kind) {
    switch (kind.window()) {
      case PROGRAM_PERIOD -> {
        outside(kind, START.minusDays(1), "the program period, 2027-03-01 to 2027-12-31");
        inside(kind, START);
        inside(kind, END);
        outside(kind, END.plusDays(1), "the program period, 2027-03-01 to 2027-12-31");
      }
      case UNTIL_PROGRAM_END -> {
        inside(kind, START.minusYears(1));
        inside(kind, START.minusDays(1));
        inside(kind, END);
        outside(kind, END.plusDays(1), "up to the program's last day, 2027-12-31");
      }
      case FROM_PROGRAM_START -> {
        outside(kind, START.minusDays(1), "from the program's first day, 2027-03-01, on (its close-out included)");
        inside(kind, START);
        inside(kind, END);
        inside(kind, END.plusDays(1));
        inside(kind, END.plusYears(1));
      }
    }
  }

  @Test
  @DisplayName("every kind of command but a substitution attempt has a window")
  void everyKind() {
    Set<Class<?>> all = Slice.all().stream().flatMap(slice -> Stream.of(slice.commands().getPermittedSubclasses()))
        .collect(Collectors.toSet());
    Set<Class<?>> tested = kinds().map(kind -> kind.on().apply(START).getClass())
        .collect(Collectors.toSet());
    assertEquals(14, all.size());
    assertEquals(all.stream().filter(type -> type != SubstituteEngineer.class).collect(Collectors.toSet()), tested);
  }

  @Test
  @DisplayName("a substitution attempt gets the veto's one finding on any day: no date would make it right")
  void substitutionOnAnyDay() {
    for (LocalDate day : List.of(START.minusDays(1), START, END, END.plusDays(1))) {
      Decision decision = RuleBook.standard().decide(FRESH, SubstituteEngineer.of(SUP_A, LENA.id(), OMAR, day));
      assertEquals(1, decision.findingsOf(DmzRuleId.REPLACEMENT_VETO.id()).size(), () -> day + ": " + decision);
      assertEquals(List.of(), windowFindings(decision), () -> day + ": " + decision);
    }
  }

  @Test
  @DisplayName("the refusal says how to mend it: a date inside the window")
  void remedy() {
    Decision decision = RuleBook.standard().decide(FRESH, Admit.of(LEAD, LENA.id(), END.plusDays(1)));
    assertEquals(List.of("Date it between 2027-03-01 and 2027-12-31."), decision.findingsOf(DmzRuleId.LEAD_ADMITS.id())
        .stream().filter(f -> f.problem().contains("window")).map(Finding::remedy).toList());
  }
}
