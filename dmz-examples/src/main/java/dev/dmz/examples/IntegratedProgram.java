package dev.dmz.examples;

import static dev.dmz.examples.BatteryProgram.FIRST_DAY;
import static dev.dmz.examples.BatteryProgram.JONAS;
import static dev.dmz.examples.BatteryProgram.LEA;
import static dev.dmz.examples.BatteryProgram.LEAD;
import static dev.dmz.examples.BatteryProgram.NORDWERK;
import static dev.dmz.examples.BatteryProgram.VOLTAIC;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.party.Party;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Event;
import dev.dmz.rules.Program;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.commercial.CommercialCommand.AcceptMilestone;
import dev.dmz.rules.commercial.CommercialCommand.ContributeToPool;
import dev.dmz.rules.commercial.CommercialCommand.DrawOnPool;
import dev.dmz.rules.commercial.CommercialEvent.PoolContributed;
import dev.dmz.rules.commercial.CommercialEvent.PoolDrawn;
import dev.dmz.rules.commercial.Premiums;
import dev.dmz.rules.decision.Answer;
import dev.dmz.rules.staffing.StaffingCommand.FillVacancy;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import dev.dmz.rules.staffing.Vacancy;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * An integrated program that works: the battery program's ready charter; candidates nominated and
 * admitted; Jonas Brandt, whose premium rate the charter names, leaves for illness and the lead picks
 * Lea Sommer from the pool for his seat; the premium stops on the day he leaves and does not pass to
 * her; the lead accepts milestone M1; a statement of what Voltaic is owed; a draw on the risk pool for
 * a named surprise.
 */
public final class IntegratedProgram implements Scenario {
  /** The day Jonas Brandt falls ill and leaves: he is gone that day. */
  static final LocalDate JONAS_LEAVES = LocalDate.of(2027, 4, 12);
  /** The day Lea Sommer takes his seat. */
  static final LocalDate LEA_ENTERS = LocalDate.of(2027, 4, 19);
  /** The day the lead accepts milestone M1, two days before it is due. */
  static final LocalDate M1_ACCEPTED = LocalDate.of(2027, 6, 28);
  /** The last day of the statement: the first five months of the program. */
  static final LocalDate STATEMENT_TO = LocalDate.of(2027, 6, 30);
  /** The day the lead draws on the risk pool. */
  static final LocalDate DRAW_DAY = LocalDate.of(2027, 7, 5);
  /** The surprise the draw pays for. */
  static final String SURPRISE = "Recalled cell batch: the pack is re-tested";

  /**
   * Prints this scenario alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Tour.runAlone(new IntegratedProgram(), System.out);
  }

  @Override
  public String title() {
    return "An integrated program that works";
  }

  /**
   * Plays the scenario.
   *
   * @return the program after the draw on the risk pool
   */
  static Program play() {
    CurrencyUnit eur = CurrencyUnit.EUR;
    Program program = BatteryProgram.kickOff().applyAll(List.of(
        ContributeToPool.of(Actor.parent(NORDWERK), Money.ofMajor(eur, 400_000), FIRST_DAY),
        ContributeToPool.of(Actor.parent(VOLTAIC), Money.ofMajor(eur, 100_000), FIRST_DAY)));
    // tag::departure-replacement[]
    program = program.apply(
        RecordDeparture.of(Actor.parent(VOLTAIC), JONAS.id(), DepartureReason.ILLNESS, JONAS_LEAVES));
    Vacancy seat = program.state().staffing().openVacancyLeftBy(JONAS.id()).orElseThrow();   // V1, his seat
    program = program.apply(FillVacancy.of(LEAD, seat.id(), LEA.id(), LEA_ENTERS));      // Lea, from the pool
    // end::departure-replacement[]
    program = program.apply(AcceptMilestone.of(LEAD, MilestoneId.of("M1"), M1_ACCEPTED));
    return program.apply(DrawOnPool.of(LEAD, Money.ofMajor(eur, 30_000), SURPRISE, DRAW_DAY));
  }

  @Override
  public void tell(Report report) {
    ProgramCharter charter = BatteryProgram.charter();
    report.say("Nordwerk Automotive (the OEM) and Voltaic Systems (a supplier) build a battery-management"
        + " system under a neutral lead, Mira Okafor, whom both mandate and neither employs. The charter:");
    report.blank();
    report.verbatim(CharterReport.render(charter));
    report.blank();
    report.readiness(RuleBook.standard().check(charter));

    Program program = play();
    report.section("What happened");
    report.table(ProgramLog.of(program));

    ProgramState state = program.state();
    report.section("Jonas Brandt's premium stops on the day he leaves, and does not pass to Lea Sommer");
    // tag::premium-in-force[]
    Answer dayBefore = Premiums.inForce(state, JONAS.id(), JONAS_LEAVES.minusDays(1));   // yes
    Answer onTheDay = Premiums.inForce(state, JONAS.id(), JONAS_LEAVES);                 // no: he is gone that day
    Answer successor = Premiums.inForce(state, LEA.id(), LEA_ENTERS);                    // no: it never passes on
    // end::premium-in-force[]
    report.ask("Is Jonas Brandt's premium in force on " + JONAS_LEAVES.minusDays(1) + "?", dayBefore);
    report.ask("And on " + JONAS_LEAVES + ", the day he leaves?", onTheDay);
    report.ask("Does Lea Sommer, who took his seat, carry a premium?", successor);

    report.section("What each supplier is owed for " + FIRST_DAY + " to " + STATEMENT_TO);
    report.table(SettlementReport.table(state, FIRST_DAY, STATEMENT_TO));

    report.section("The risk pool");
    report.table(poolMovements(program));
    report.say("It holds " + Report.money(state.commercial().poolBalance().orElseThrow()) + ". Only the lead draws,"
        + " each draw names its surprise, and the pool never goes below zero.");
  }

  /** The pool's movements, from the program's history: the state holds the balance, not the movements. */
  private static TextTable poolMovements(Program program) {
    ProgramState state = program.state();
    TextTable table = TextTable.withHeader("Date", "Movement", "Amount").alignRight(2);
    for (Event movement : program.history()) {
      if (movement instanceof PoolContributed paid) {
        String parent = state.charter().party(paid.party()).map(Party::name).orElseThrow();
        table.row(paid.date(), "paid in by " + parent, Report.money(paid.amount()));
      } else if (movement instanceof PoolDrawn drawn) {
        table.row(drawn.date(), "drawn by the lead: " + drawn.surprise(), Report.money(drawn.amount().negated()));
      }
    }
    return table;
  }
}
