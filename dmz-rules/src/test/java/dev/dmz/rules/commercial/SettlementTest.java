package dev.dmz.rules.commercial;

import static dev.dmz.rules.Cast.LEAD;
import static dev.dmz.rules.Cast.LENA;
import static dev.dmz.rules.Cast.OMAR;
import static dev.dmz.rules.Cast.SUP_A;
import static dev.dmz.rules.ReadyCharter.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.commercial.CommercialModel;
import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.commercial.PremiumRate;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.HeadcountLine;
import dev.dmz.core.value.InvalidValueException;
import dev.dmz.rules.Command;
import dev.dmz.rules.Program;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.ReadyCharter;
import dev.dmz.rules.commercial.CommercialCommand.AcceptMilestone;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.FillVacancy;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import dev.dmz.rules.staffing.StaffingCommand.SubstituteEngineer;
import dev.dmz.rules.staffing.VacancyId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("What each supplier is owed")
class SettlementTest {
  static final LocalDate MAR_1 = LocalDate.of(2027, 3, 1);

  static ProgramState run(ProgramCharter charter, Command... commands) {
    Program program = Program.start(charter).applyAll(List.of(commands));
    program.history().forEach(e -> assertFalse(e instanceof dev.dmz.rules.CommandRefused, e::toString));
    return program.state();
  }

  static ProgramState run(Command... commands) {
    return run(ReadyCharter.charter(), commands);
  }

  static Nominate nominateLena(LocalDate day) {
    return Nominate.of(SUP_A, LENA, day);
  }

  static List<String> premiums(ProgramState state, LocalDate from, LocalDate to) {
    return Settlement.owed(state, from, to).statement(ReadyCharter.SUP_A).orElseThrow().premiums().stream()
        .map(l -> l.month() + " " + l.days() + "d " + l.amount()).collect(Collectors.toList());
  }

  static LocalDate d(int month, int day) {
    return LocalDate.of(2027, month, day);
  }

  @Nested
  @DisplayName("Premium proration")
  class Proration {
    @Test
    @DisplayName("a full month pays exactly the monthly amount")
    void fullMonth() {
      ProgramState state = run(nominateLena(d(2, 20)), Admit.of(LEAD, LENA.id(), MAR_1));
      assertEquals(List.of("2027-03 31d EUR 3100.00"), premiums(state, d(3, 1), d(3, 31)));
    }

    @Test
    @DisplayName("admitted on the 10th of a 31-day month: 22 days")
    void admittedMidMonth() {
      ProgramState state = run(nominateLena(d(2, 20)), Admit.of(LEAD, LENA.id(), d(3, 10)));
      assertEquals(List.of("2027-03 22d EUR 2200.00"), premiums(state, d(3, 1), d(3, 31)));
    }

    @Test
    @DisplayName("the premium stops on the departure day: gone on the 16th, 15 days of April are paid")
    void departureDay() {
      ProgramState state = run(nominateLena(d(2, 20)), Admit.of(LEAD, LENA.id(), MAR_1),
          RecordDeparture.of(SUP_A, LENA.id(), DepartureReason.ILLNESS, d(4, 16)));
      assertEquals(List.of("2027-03 31d EUR 3100.00", "2027-04 15d EUR 1550.00"),
          premiums(state, d(3, 1), d(5, 31)));
    }

    @Test
    @DisplayName("it never passes to the replacement")
    void notToReplacement() {
      ProgramState state = run(nominateLena(d(2, 20)), Admit.of(LEAD, LENA.id(), MAR_1),
          Nominate.of(SUP_A, OMAR, d(4, 1)),
          RecordDeparture.of(SUP_A, LENA.id(), DepartureReason.RESIGNATION, d(4, 16)),
          FillVacancy.of(LEAD, VacancyId.of("V1"), OMAR.id(), d(4, 16)));
      assertEquals(List.of("2027-04 15d EUR 1550.00"), premiums(state, d(4, 1), d(4, 30)));
      assertFalse(Premiums.inForce(state, OMAR.id(), d(4, 20)).isYes());
    }

    @Test
    @DisplayName("a substitution attempt, refused, cancels the premium from that day")
    void substitutionAttempt() {
      Program program = Program.start(ReadyCharter.charter()).applyAll(List.of(
          nominateLena(d(2, 20)), Admit.of(LEAD, LENA.id(), MAR_1),
          SubstituteEngineer.of(SUP_A, LENA.id(), OMAR, d(4, 10))));
      assertFalse(program.lastDecision().orElseThrow().isAccepted());
      assertTrue(program.state().staffing().isActive(LENA.id()), "the veto keeps Lena on the program");
      assertEquals(List.of("2027-04 9d EUR 930.00"), premiums(program.state(), d(4, 1), d(4, 30)));
      assertEquals(List.of(), premiums(program.state(), d(5, 1), d(5, 31)));
    }

    @Test
    @DisplayName("a period that cuts a month counts only its own days")
    void partialPeriod() {
      ProgramState state = run(nominateLena(d(2, 20)), Admit.of(LEAD, LENA.id(), MAR_1));
      assertEquals(List.of("2027-03 16d EUR 1600.00"), premiums(state, d(3, 16), d(3, 31)));
      assertEquals(List.of("2027-03 1d EUR 100.00"), premiums(state, d(3, 31), d(3, 31)));
    }

    @Test
    @DisplayName("rounding is half-even, once per engineer and month: 1000.01 x 15/30 = 500.005 -> 500.00")
    void halfEven() {
      PremiumRate odd = PremiumRate.builder().engineer(LENA).monthlyAmount(Money.of(CurrencyUnit.EUR,
          new BigDecimal("1000.01"))).expectedImpact("impact").build();
      ProgramCharter charter = ReadyCharter.charter().withWalls(ReadyCharter.ipFramework(),
          ReadyCharter.commercialModel().withPremiumRates(odd), ReadyCharter.nonPoaching());
      ProgramState state = run(charter, nominateLena(d(2, 20)), Admit.of(LEAD, LENA.id(), d(4, 16)));
      assertEquals(List.of("2027-04 15d EUR 500.00"), premiums(state, d(4, 1), d(4, 30)));
    }

    @Test
    @DisplayName("a departed engineer who comes back accrues again; days are summed before rounding")
    void comesBack() {
      ProgramState state = run(nominateLena(d(2, 20)), Admit.of(LEAD, LENA.id(), MAR_1),
          RecordDeparture.of(SUP_A, LENA.id(), DepartureReason.FAMILY, d(4, 11)),
          nominateLena(d(4, 12)), Admit.of(LEAD, LENA.id(), d(4, 21)));
      assertEquals(List.of("2027-04 20d EUR 2066.67"), premiums(state, d(4, 1), d(4, 30)));
    }

    @Test
    @DisplayName("no premium before the program starts or after it ends")
    void outsideProgram() {
      ProgramState state = run(nominateLena(d(2, 20)), Admit.of(LEAD, LENA.id(), ReadyCharter.END));
      assertEquals(List.of("2027-12 1d EUR 100.00"), premiums(state, d(2, 1), LocalDate.of(2028, 1, 31)));
    }

    @Test
    @DisplayName("a premium on a headcount line never accrues")
    void headcountPremium() {
      CommercialModel model = ReadyCharter.commercialModel().withPremiumRates(PremiumRate.builder()
          .engineer(HeadcountLine.of(5, "Java developer", ReadyCharter.SUP_A)).monthlyAmount(eur(900)).build());
      ProgramState state = run(ReadyCharter.charter().withWalls(ReadyCharter.ipFramework(), model,
          ReadyCharter.nonPoaching()));
      assertEquals(List.of(), premiums(state, d(3, 1), d(12, 31)));
    }
  }

  @Nested
  @DisplayName("Milestones and totals")
  class Totals {
    @Test
    @DisplayName("a milestone accepted in the period is owed, on its first and last day too")
    void milestoneInPeriod() {
      ProgramState state = run(AcceptMilestone.of(LEAD, MilestoneId.of("M1"), d(6, 5)));
      assertEquals(eur(100_000), Settlement.owed(state, d(6, 5), d(6, 5)).statement(ReadyCharter.SUP_A)
          .orElseThrow().total());
      assertEquals(eur(0), Settlement.owed(state, d(6, 6), d(6, 30)).statement(ReadyCharter.SUP_A)
          .orElseThrow().total());
      assertEquals(eur(0), Settlement.owed(state, d(6, 1), d(6, 4)).statement(ReadyCharter.SUP_A)
          .orElseThrow().total());
    }

    @Test
    @DisplayName("every supplier has a statement, in the charter's order, even when owed nothing")
    void everySupplier() {
      ProgramState state = run(nominateLena(d(2, 20)), Admit.of(LEAD, LENA.id(), MAR_1),
          AcceptMilestone.of(LEAD, MilestoneId.of("M1"), d(3, 20)));
      Settlement march = Settlement.owed(state, d(3, 1), d(3, 31));
      assertEquals(List.of("sup-a EUR 103100.00", "sup-b EUR 0.00"), march.statements().stream()
          .map(s -> s.supplier() + " " + s.total()).collect(Collectors.toList()));
      assertEquals(YearMonth.of(2027, 3), march.statement(ReadyCharter.SUP_A).orElseThrow().premiums().get(0).month());
      assertEquals(d(3, 1), march.from());
      assertEquals(d(3, 31), march.to());
    }

    @Test
    @DisplayName("a period that ends before it starts is refused, naming the field and value")
    void datesOutOfOrder() {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> Settlement.owed(run(), d(3, 31), d(3, 30)));
      assertEquals("Settlement.to must not be before from 2027-03-31, was 2027-03-30", e.getMessage());
    }
  }
}
