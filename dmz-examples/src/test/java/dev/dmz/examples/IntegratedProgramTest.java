package dev.dmz.examples;

import static dev.dmz.examples.BatteryProgram.FIRST_DAY;
import static dev.dmz.examples.BatteryProgram.JONAS;
import static dev.dmz.examples.BatteryProgram.LEA;
import static dev.dmz.examples.BatteryProgram.TOBIAS;
import static dev.dmz.examples.BatteryProgram.VOLTAIC;
import static dev.dmz.examples.IntegratedProgram.JONAS_LEAVES;
import static dev.dmz.examples.IntegratedProgram.LEA_ENTERS;
import static dev.dmz.examples.IntegratedProgram.STATEMENT_TO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.rules.CommandRefused;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.commercial.CommercialEvent.PoolDrawn;
import dev.dmz.rules.commercial.PremiumLine;
import dev.dmz.rules.commercial.Premiums;
import dev.dmz.rules.commercial.Settlement;
import dev.dmz.rules.commercial.SupplierStatement;
import dev.dmz.rules.staffing.Vacancy;
import dev.dmz.rules.staffing.VacancyId;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An integrated program that works")
class IntegratedProgramTest {
  private static final CurrencyUnit EUR = CurrencyUnit.EUR;
  private final ProgramState state = IntegratedProgram.play().state();

  @Test
  @DisplayName("every command of the story is accepted")
  void nothingRefused() {
    assertTrue(IntegratedProgram.play().history().filter(e -> e instanceof CommandRefused).isEmpty(),
        () -> IntegratedProgram.play().history().mkString("\n"));
  }

  @Test
  @DisplayName("the lead fills Jonas Brandt's seat with Lea Sommer from the pool")
  void replacement() {
    Vacancy seat = state.staffing().vacancies().get(VacancyId.of("V1")).get();
    assertEquals(JONAS.id(), seat.leftBy());
    assertEquals(DepartureReason.ILLNESS, seat.reason());
    assertEquals(LEA.id(), seat.filledBy().orElseThrow());
    assertEquals(LEA_ENTERS, seat.resolvedOn().orElseThrow());
    assertEquals(Set.of(LEA.id(), TOBIAS.id()), state.staffing().roster().keySet().toJavaSet());
    assertTrue(state.staffing().candidates().isEmpty());
  }

  @Test
  @DisplayName("the premium stops on the departure day and does not pass on")
  void premium() {
    assertTrue(Premiums.inForce(state, JONAS.id(), JONAS_LEAVES.minusDays(1)).isYes());
    assertFalse(Premiums.inForce(state, JONAS.id(), JONAS_LEAVES).isYes());
    assertFalse(Premiums.inForce(state, LEA.id(), LEA_ENTERS).isYes());
  }

  @Test
  @DisplayName("Voltaic is owed milestone M1 and the premium for February, March and eleven days of April")
  void statement() {
    SupplierStatement voltaic = Settlement.owed(state, FIRST_DAY, STATEMENT_TO).statement(VOLTAIC).orElseThrow();
    assertEquals(List.of(MilestoneId.of("M1")),
        voltaic.milestones().stream().map(m -> m.milestone()).collect(Collectors.toList()));
    assertEquals(List.of(YearMonth.of(2027, 2), YearMonth.of(2027, 3), YearMonth.of(2027, 4)),
        voltaic.premiums().stream().map(PremiumLine::month).collect(Collectors.toList()));
    assertEquals(List.of(28, 31, 11), voltaic.premiums().stream().map(PremiumLine::days).collect(Collectors.toList()));
    assertTrue(voltaic.premiums().stream().allMatch(p -> p.engineer().equals(JONAS.id())), "no premium for Lea");
    assertEquals(Money.ofMajor(EUR, 264_200), voltaic.total());
  }

  @Test
  @DisplayName("the lead's draw names its surprise and leaves the rest in the pool")
  void riskPool() {
    assertEquals(Money.ofMajor(EUR, 470_000), state.commercial().poolBalance().orElseThrow());
    PoolDrawn draw = (PoolDrawn) IntegratedProgram.play().history().filter(PoolDrawn.class::isInstance).last();
    assertEquals(IntegratedProgram.SURPRISE, draw.surprise());
    assertEquals(Money.ofMajor(EUR, 30_000), draw.amount());
  }

  @Test
  @DisplayName("tells the story in plain sentences and aligned tables")
  void tells() {
    assertEquals(TALE, Printed.tale(new IntegratedProgram()));
  }

  private static final String TALE = """
      Nordwerk Automotive (the OEM) and Voltaic Systems (a supplier) build a battery-management system
      under a neutral lead, Mira Okafor, whom both mandate and neither employs. The charter:

      Program: Battery management, platform 2028
      Runs 2027-02-01 to 2028-07-31 (547 days, both ends included)

      Parents
        Parent                  Id        Role
        ----------------------  --------  --------
        Nordwerk Automotive AG  nordwerk  OEM
        Voltaic Systems GmbH    voltaic   SUPPLIER

      Program lead: Mira Okafor, employed by okafor-advisory

      Mandates
        Granted by  Signed on   Authorities
        ----------  ----------  --------------------------------------
        nordwerk    2027-01-15  STAFFING, NORMS, RISK_POOL, MILESTONES
        voltaic     2027-01-15  STAFFING, NORMS, RISK_POOL, MILESTONES

      Walls
        Wall              Signed by
        ----------------  ---------------------------------------------
        IP_FRAMEWORK      nordwerk on 2027-01-15, voltaic on 2027-01-15
        COMMERCIAL_MODEL  nordwerk on 2027-01-15, voltaic on 2027-01-15
        NON_POACHING      nordwerk on 2027-01-15, voltaic on 2027-01-15

      Commercial model (OUTCOME_ALIGNED, EUR)
        Milestone                            Due         Payee    Amount
        -----------------------------------  ----------  -------  --------------
        M1 Cell balancing on the test bench  2027-06-30  voltaic  EUR 250,000.00
        Premium rate for  Per month     Because
        ----------------  ------------  ---------------------------------------------------------
        Jonas Brandt      EUR 6,000.00  Designed the balancing algorithm of the previous platform

      Readiness: ready. Every rule of the charter holds; engineers may enter.

      What happened
        Date        What happened
        ----------  ------------------------------------------------------------------------------------
        2027-01-20  Voltaic Systems GmbH nominated Jonas Brandt (VS-1042)
        2027-01-20  Voltaic Systems GmbH nominated Lea Sommer (VS-1107)
        2027-01-20  Nordwerk Automotive AG nominated Tobias Reiner (NW-5520)
        2027-02-01  The lead admitted Jonas Brandt
        2027-02-01  The lead admitted Tobias Reiner
        2027-02-01  Nordwerk Automotive AG paid EUR 400,000.00 into the risk pool
        2027-02-01  Voltaic Systems GmbH paid EUR 100,000.00 into the risk pool
        2027-04-12  Jonas Brandt left (illness); the seat is vacancy V1
        2027-04-19  The lead filled vacancy V1 with Lea Sommer, from the pool
        2027-06-28  The lead accepted milestone M1 (2 days early): Voltaic Systems GmbH is owed
                      EUR 250,000.00
        2027-07-05  The lead drew EUR 30,000.00 from the risk pool for: Recalled cell batch: the pack is
                      re-tested

      Jonas Brandt's premium stops on the day he leaves, and does not pass to Lea Sommer
        Is Jonas Brandt's premium in force on 2027-04-11?
          Yes (DMZ-PREMIUM-CONDITIONAL): The premium rate of EUR 6000.00 a month for Jonas Brandt is in
            force on 2027-04-11; it stops on the day Jonas Brandt leaves, and for good on an attempt by
            the employer to substitute Jonas Brandt.
        And on 2027-04-12, the day he leaves?
          No (DMZ-PREMIUM-CONDITIONAL): Jonas Brandt is not on the program on 2027-04-12, so the premium
            rate does not accrue.
        Does Lea Sommer, who took his seat, carry a premium?
          No (DMZ-PREMIUM-CONDITIONAL): No premium rate names VS-1107.

      What each supplier is owed for 2027-02-01 to 2027-06-30
        Supplier              For                                                     Amount
        --------------------  ----------------------------------------------  --------------
        Voltaic Systems GmbH  milestone M1, accepted 2027-06-28               EUR 250,000.00
        Voltaic Systems GmbH  Jonas Brandt's premium, 2027-02: 28 of 28 days    EUR 6,000.00
        Voltaic Systems GmbH  Jonas Brandt's premium, 2027-03: 31 of 31 days    EUR 6,000.00
        Voltaic Systems GmbH  Jonas Brandt's premium, 2027-04: 11 of 30 days    EUR 2,200.00
        Voltaic Systems GmbH  total                                           EUR 264,200.00

      The risk pool
        Date        Movement                                                               Amount
        ----------  -------------------------------------------------------------  --------------
        2027-02-01  paid in by Nordwerk Automotive AG                              EUR 400,000.00
        2027-02-01  paid in by Voltaic Systems GmbH                                EUR 100,000.00
        2027-07-05  drawn by the lead: Recalled cell batch: the pack is re-tested  EUR -30,000.00
      It holds EUR 470,000.00. Only the lead draws, each draw names its surprise, and the pool never goes
      below zero.
      """;
}
