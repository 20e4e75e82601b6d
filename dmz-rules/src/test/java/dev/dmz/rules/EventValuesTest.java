package dev.dmz.rules;

import static dev.dmz.rules.Cast.LENA;
import static dev.dmz.rules.ReadyCharter.OEM;
import static dev.dmz.rules.ReadyCharter.SUP_A;
import static dev.dmz.rules.ReadyCharter.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.ip.AssetId;
import dev.dmz.core.ip.ForegroundAsset;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.value.InvalidValueException;
import dev.dmz.rules.commercial.CommercialEvent.BaselineRenewed;
import dev.dmz.rules.commercial.CommercialEvent.BaselineSigned;
import dev.dmz.rules.commercial.CommercialEvent.MilestoneAccepted;
import dev.dmz.rules.commercial.CommercialEvent.PoolContributed;
import dev.dmz.rules.commercial.CommercialEvent.PoolDrawn;
import dev.dmz.rules.commercial.CommercialEvent.PremiumCancelled;
import dev.dmz.rules.commercial.CommercialEvent.RebaselineTriggered;
import dev.dmz.rules.commercial.CommercialEvent.ScopeChanged;
import dev.dmz.rules.commercial.Trigger;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.ip.IpEvent.ForegroundIpRecorded;
import dev.dmz.rules.ip.IpEvent.IpFrameworkAmended;
import dev.dmz.rules.nonpoaching.NonPoachingEvent.JobOfferMade;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingEvent.Admitted;
import dev.dmz.rules.staffing.StaffingEvent.Departed;
import dev.dmz.rules.staffing.StaffingEvent.Nominated;
import dev.dmz.rules.staffing.StaffingEvent.VacancyClosed;
import dev.dmz.rules.staffing.VacancyId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What an event is made of, checked when it is made, so that a log holds nothing a reader refuses:
 * a date in the years 1000 to 9999, scopes and measures of bounded digits.
 */
@DisplayName("Events are checked when they are made")
class EventValuesTest {
  static final LocalDate FIRST = LocalDate.of(1000, 1, 1);
  static final LocalDate LAST = LocalDate.of(9999, 12, 31);

  private static Map<String, Function<LocalDate, Event>> events() {
    Map<String, Function<LocalDate, Event>> all = new TreeMap<>();
    all.put("Admitted", day -> Admitted.of(LENA.id(), Optional.empty(), day));
    all.put("BaselineRenewed", day -> BaselineRenewed.of(Optional.of(BigDecimal.TEN), day));
    all.put("BaselineSigned", day -> BaselineSigned.of(SUP_A, day));
    all.put("CommandRefused", day -> CommandRefused.of(Admit.of(Actor.parent(SUP_A), LENA.id(), FIRST),
        List.of(DmzRuleId.LEAD_ADMITS.error(Subject.engineer(LENA.id()), "Only the lead admits.", "Ask the lead.")),
        day));
    all.put("Departed", day -> Departed.of(LENA.id(), DepartureReason.ILLNESS, VacancyId.number(1), day));
    all.put("ForegroundIpRecorded", day -> ForegroundIpRecorded.of(ForegroundAsset.builder().id(AssetId.of("F-1"))
        .description("A design note").recordedOn(FIRST).build(), day));
    all.put("IpFrameworkAmended", day -> IpFrameworkAmended.of(ReadyCharter.ipFramework(), day));
    all.put("JobOfferMade", day -> JobOfferMade.of(OEM, LENA.id(), day));
    all.put("MilestoneAccepted", day -> MilestoneAccepted.of(MilestoneId.of("M1"), SUP_A, eur(10), 0, day));
    all.put("Nominated", day -> Nominated.of(LENA, SUP_A, day));
    all.put("PoolContributed", day -> PoolContributed.of(SUP_A, eur(10), day));
    all.put("PoolDrawn", day -> PoolDrawn.of(eur(10), "a recall", day));
    all.put("PremiumCancelled", day -> PremiumCancelled.of(LENA.id(), day));
    all.put("RebaselineTriggered", day -> RebaselineTriggered.of(Trigger.scopeGrowth(BigDecimal.ONE, BigDecimal.ZERO),
        day));
    all.put("ScopeChanged", day -> ScopeChanged.of(BigDecimal.TEN, day));
    all.put("VacancyClosed", day -> VacancyClosed.of(VacancyId.number(1), day));
    return all;
  }

  @Test
  @DisplayName("every kind of event is dated in the years 1000 to 9999: the first and last day pass, the days around them do not")
  void datesInTheCalendar() {
    Map<String, Function<LocalDate, Event>> events = events();
    assertEquals(16, events.size(), "every kind of event");
    events.forEach((kind, event) -> {
      assertEquals(FIRST, event.apply(FIRST).date());
      assertEquals(LAST, event.apply(LAST).date());
      assertEquals(kind + ".date must be a date in the years 1000 to 9999, was 0999-12-31",
          assertThrows(InvalidValueException.class, () -> event.apply(FIRST.minusDays(1))).getMessage());
      assertEquals(kind + ".date must be a date in the years 1000 to 9999, was +10000-01-01",
          assertThrows(InvalidValueException.class, () -> event.apply(LAST.plusDays(1))).getMessage());
    });
  }

  @Test
  @DisplayName("every field of every kind of event but a refusal, left null, is a NullPointerException that names it")
  void nullFields() {
    List<Record> records = events().values().stream().map(event -> event.apply(FIRST))
        .filter(Record.class::isInstance).map(Record.class::cast).toList();
    assertEquals(15, records.size(), "the walls' events are records; a refusal is not");
    records.forEach(CommandValuesTest::assertNullFieldsNamed);
  }

  @Test
  @DisplayName("an event prints as a record does, an absent vacancy or baseline scope left out")
  void printed() {
    assertEquals("Admitted[engineer=VS-1, date=2027-02-03]",
        Admitted.of(EngineerId.of("VS-1"), Optional.empty(), LocalDate.of(2027, 2, 3)).toString());
    assertEquals("Admitted[engineer=VS-1, vacancy=V2, date=2027-02-03]",
        Admitted.of(EngineerId.of("VS-1"), Optional.of(VacancyId.number(2)), LocalDate.of(2027, 2, 3)).toString());
    assertEquals("BaselineRenewed[date=2028-01-10]", BaselineRenewed.of(Optional.empty(), LocalDate.of(2028, 1, 10))
        .toString());
    assertEquals("BaselineRenewed[baselineScope=470, date=2028-01-10]",
        BaselineRenewed.of(Optional.of(new BigDecimal("470")), LocalDate.of(2028, 1, 10)).toString());
    assertEquals("PoolDrawn[amount=EUR 10.00, surprise=a recall, date=2028-01-10]",
        PoolDrawn.of(eur(10), "a recall", LocalDate.of(2028, 1, 10)).toString());
  }

  @Test
  @DisplayName("a scope changed or renewed has at most 12 digits each side; a trigger's figures at most 30")
  void digits() {
    assertEquals("ScopeChanged.scope must have at most 12 digits before the point and 12 after it, was 1E+50",
        assertThrows(InvalidValueException.class, () -> ScopeChanged.of(new BigDecimal("1E+50"), FIRST)).getMessage());
    assertEquals("BaselineRenewed.baselineScope must have at most 12 digits before the point and 12 after it, "
        + "was 1E-50", assertThrows(InvalidValueException.class,
            () -> BaselineRenewed.of(Optional.of(new BigDecimal("1E-50")), FIRST)).getMessage());
    assertEquals("Trigger.measure must have at most 30 digits before the point and 30 after it, was 1E+50",
        assertThrows(InvalidValueException.class,
            () -> Trigger.scopeGrowth(new BigDecimal("1E+50"), BigDecimal.TEN)).getMessage());
    assertEquals("Trigger.threshold must have at most 30 digits before the point and 30 after it, was 1E-50",
        assertThrows(InvalidValueException.class,
            () -> Trigger.scopeGrowth(BigDecimal.TEN, new BigDecimal("1E-50"))).getMessage());
    assertEquals(new BigDecimal("999999999999.999999999999"),
        ScopeChanged.of(new BigDecimal("999999999999.999999999999"), FIRST).scope());
  }
}
