package dev.dmz.rules;

import static dev.dmz.rules.Cast.LEAD;
import static dev.dmz.rules.Cast.LENA;
import static dev.dmz.rules.Cast.SUP_A;
import static dev.dmz.rules.ReadyCharter.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.ip.AssetId;
import dev.dmz.core.ip.ForegroundAsset;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.value.InvalidValueException;
import dev.dmz.rules.commercial.CommercialCommand.AcceptMilestone;
import dev.dmz.rules.commercial.CommercialCommand.ContributeToPool;
import dev.dmz.rules.commercial.CommercialCommand.DrawOnPool;
import dev.dmz.rules.commercial.CommercialCommand.RecordScopeChange;
import dev.dmz.rules.commercial.CommercialCommand.SignNewBaseline;
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
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a command is made of, checked when it is made, so that whatever the library records it reads
 * back: a date in the years 1000 to 9999, amounts and scopes more than zero.
 */
@DisplayName("Commands are checked when they are made")
class CommandValuesTest {
  static final LocalDate FIRST = LocalDate.of(1000, 1, 1);
  static final LocalDate LAST = LocalDate.of(9999, 12, 31);

  /** Every kind of command, made on a given day. */
  static final Map<String, Function<LocalDate, Command>> COMMANDS = commands();

  private static Map<String, Function<LocalDate, Command>> commands() {
    Map<String, Function<LocalDate, Command>> all = new TreeMap<>();
    all.put("Nominate", day -> Nominate.of(SUP_A, LENA, day));
    all.put("Admit", day -> Admit.of(LEAD, LENA.id(), day));
    all.put("RecordDeparture", day -> RecordDeparture.of(LEAD, LENA.id(), DepartureReason.ILLNESS, day));
    all.put("FillVacancy", day -> FillVacancy.of(LEAD, VacancyId.number(1), LENA.id(), day));
    all.put("CloseVacancy", day -> CloseVacancy.of(LEAD, VacancyId.number(1), day));
    all.put("SubstituteEngineer", day -> SubstituteEngineer.of(SUP_A, LENA.id(), LENA, day));
    all.put("AcceptMilestone", day -> AcceptMilestone.of(LEAD, MilestoneId.of("M1"), day));
    all.put("RecordScopeChange", day -> RecordScopeChange.of(LEAD, BigDecimal.TEN, day));
    all.put("SignNewBaseline", day -> SignNewBaseline.of(SUP_A, day));
    all.put("ContributeToPool", day -> ContributeToPool.of(SUP_A, eur(10), day));
    all.put("DrawOnPool", day -> DrawOnPool.of(LEAD, eur(10), "a recall", day));
    all.put("RecordForegroundIp", day -> RecordForegroundIp.of(SUP_A, ForegroundAsset.builder().id(AssetId.of("F-1"))
        .description("A design note").contributors(List.of(LENA.id())).recordedOn(FIRST).build(), day));
    all.put("AmendIpFramework", day -> AmendIpFramework.of(LEAD, ReadyCharter.ipFramework(), day));
    all.put("MakeJobOffer", day -> MakeJobOffer.of(SUP_A, LENA.id(), day));
    return all;
  }

  @Test
  @DisplayName("every kind of command is dated in the years 1000 to 9999: the first and last day pass, the days around them do not")
  void datesInTheCalendar() {
    assertEquals(14, COMMANDS.size(), "every kind of command");
    COMMANDS.forEach((kind, command) -> {
      assertEquals(FIRST, command.apply(FIRST).date());
      assertEquals(LAST, command.apply(LAST).date());
      assertEquals(kind + ".date must be a date in the years 1000 to 9999, was 0999-12-31",
          assertThrows(InvalidValueException.class, () -> command.apply(FIRST.minusDays(1))).getMessage());
      assertEquals(kind + ".date must be a date in the years 1000 to 9999, was +10000-01-01",
          assertThrows(InvalidValueException.class, () -> command.apply(LAST.plusDays(1))).getMessage());
      assertEquals(kind + ".date must be a date in the years 1000 to 9999, was -999999999-01-01",
          assertThrows(InvalidValueException.class, () -> command.apply(LocalDate.MIN)).getMessage());
    });
  }

  @Test
  @DisplayName("every field of every kind of command, left null, is a NullPointerException that names it")
  void nullFields() {
    COMMANDS.values().forEach(command -> assertNullFieldsNamed((Record) command.apply(FIRST)));
  }

  /**
   * Makes the sample's record again with each of its fields null in turn (primitives aside) and checks
   * that each is refused with a {@link NullPointerException} naming it, such as {@code Admit.date is null}.
   */
  static void assertNullFieldsNamed(Record sample) {
    RecordComponent[] fields = sample.getClass().getRecordComponents();
    Class<?>[] types = Stream.of(fields).map(RecordComponent::getType).toArray(Class<?>[]::new);
    for (int i = 0; i < fields.length; i++) {
      if (types[i].isPrimitive()) {
        continue;
      }
      Object[] values = new Object[fields.length];
      for (int j = 0; j < fields.length; j++) {
        values[j] = j == i ? null : value(fields[j], sample);
      }
      InvocationTargetException refused = assertThrows(InvocationTargetException.class,
          () -> sample.getClass().getConstructor(types).newInstance(values));
      assertInstanceOf(NullPointerException.class, refused.getCause());
      assertEquals(sample.getClass().getSimpleName() + "." + fields[i].getName() + " is null",
          refused.getCause().getMessage());
    }
  }

  private static Object value(RecordComponent field, Record sample) {
    try {
      return field.getAccessor().invoke(sample);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(field + " of " + sample, e);
    }
  }

  @Test
  @DisplayName("an amount paid in or drawn, and a scope, are more than zero")
  void positive() {
    Money zero = Money.zero(CurrencyUnit.EUR);
    LocalDate day = ReadyCharter.START;
    assertEquals("ContributeToPool.amount must be more than zero, was EUR 0.00", assertThrows(
        InvalidValueException.class, () -> ContributeToPool.of(SUP_A, zero, day)).getMessage());
    assertEquals("DrawOnPool.amount must be more than zero, was EUR 0.00", assertThrows(
        InvalidValueException.class, () -> DrawOnPool.of(LEAD, zero, "a recall", day)).getMessage());
    assertEquals("RecordScopeChange.scope must be more than zero, was 0", assertThrows(
        InvalidValueException.class, () -> RecordScopeChange.of(LEAD, BigDecimal.ZERO, day)).getMessage());
  }
}
