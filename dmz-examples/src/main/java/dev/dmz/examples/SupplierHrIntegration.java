package dev.dmz.examples;

import static dev.dmz.examples.BatteryProgram.JONAS;
import static dev.dmz.examples.BatteryProgram.LEA;
import static dev.dmz.examples.BatteryProgram.NORDWERK;
import static dev.dmz.examples.BatteryProgram.TOBIAS;
import static dev.dmz.examples.BatteryProgram.VOLTAIC;

import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.core.staffing.PlaceholderLine;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Program;
import dev.dmz.rules.commercial.Premiums;
import dev.dmz.rules.nonpoaching.JobOffers;
import dev.dmz.rules.nonpoaching.NonPoachingCommand.MakeJobOffer;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import java.time.LocalDate;

/**
 * Supplier HR integration: Voltaic's HR tool asks the battery program its everyday questions. May
 * this employee be nominated? Is this person's premium in force, and what if they left? May we make
 * an offer to that engineer? Every answer comes from the rules, with its reason; asking changes
 * nothing.
 */
public final class SupplierHrIntegration implements Scenario {
  /** The day the HR tool asks, six weeks into the program. */
  static final LocalDate ASK_DAY = LocalDate.of(2027, 3, 15);
  /** A Voltaic engineer not yet nominated. */
  static final NamedEngineer NOAH = NamedEngineer.of(EngineerId.of("VS-1213"), "Noah Keller", VOLTAIC);
  /** The day Jonas Brandt would leave, in the HR tool's what-if. */
  static final LocalDate WHAT_IF_LEAVES = LocalDate.of(2027, 4, 1);

  /**
   * Prints this scenario alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Tour.runAlone(new SupplierHrIntegration(), System.out);
  }

  @Override
  public String title() {
    return "Supplier HR integration";
  }

  /**
   * The decisions on two job offers to the same engineer.
   *
   * @param now the offer on the day the HR tool asks
   * @param later the offer on the first day the non-poaching agreement no longer protects him
   */
  record Offers(Decision now, Decision later) {}

  /**
   * Voltaic asks whether it may offer a job to Nordwerk's engineer: during the program and the
   * cooling-off period, and on the day after it ends.
   *
   * @param program the program
   * @return the decisions
   */
  static Offers offersToTobias(Program program) {
    // tag::offer-check[]
    Decision now = program.decide(MakeJobOffer.of(Actor.parent(VOLTAIC), TOBIAS.id(), ASK_DAY));
    LocalDate free = JobOffers.protectedUntil(program.state()).plusDays(1);   // 2029-08-01
    Decision later = program.decide(MakeJobOffer.of(Actor.parent(VOLTAIC), TOBIAS.id(), free));
    // end::offer-check[]
    return new Offers(now, later);
  }

  @Override
  public void tell(Report report) {
    Program program = BatteryProgram.kickOff();
    report.say("Voltaic's HR tool asks the battery program its questions on " + ASK_DAY + ". " + JONAS.name()
        + " (Voltaic) and " + TOBIAS.name() + " (Nordwerk) are on the program; " + LEA.name()
        + " waits in the candidate pool.");

    report.section("May we nominate this employee?");
    report.ask("May Voltaic nominate " + NOAH.name() + " (" + NOAH.id() + ")?",
        program.decide(Nominate.of(Actor.parent(VOLTAIC), NOAH, ASK_DAY)));
    report.ask("May Voltaic nominate " + LEA.name() + " (" + LEA.id() + ")?",
        program.decide(Nominate.of(Actor.parent(VOLTAIC), LEA, ASK_DAY)));
    report.ask("May Voltaic nominate \"TBD\", a hire not yet made?",
        program.decide(Nominate.of(Actor.parent(VOLTAIC), PlaceholderLine.of("TBD", VOLTAIC), ASK_DAY)));

    report.section("Is this person's premium in force, and what if they left?");
    report.ask("Is " + JONAS.name() + "'s premium in force on " + ASK_DAY + "?",
        Premiums.inForce(program.state(), JONAS.id(), ASK_DAY));
    Program ifJonasLeft = program.apply(
        RecordDeparture.of(Actor.parent(VOLTAIC), JONAS.id(), DepartureReason.RESIGNATION, WHAT_IF_LEAVES));
    report.ask("If he left on " + WHAT_IF_LEAVES + ", would it be in force on " + WHAT_IF_LEAVES.minusDays(1) + "?",
        Premiums.inForce(ifJonasLeft.state(), JONAS.id(), WHAT_IF_LEAVES.minusDays(1)));
    report.ask("And on " + WHAT_IF_LEAVES + "?", Premiums.inForce(ifJonasLeft.state(), JONAS.id(), WHAT_IF_LEAVES));
    report.note("(The what-if is a copy: in the program itself, " + JONAS.name() + " is "
        + (program.state().staffing().isActive(JONAS.id()) ? "still on the program.)" : "gone.)"));

    report.section("May we make an offer to that engineer?");
    Offers toTobias = offersToTobias(program);
    report.ask("May Voltaic offer " + TOBIAS.name() + " of Nordwerk a job on " + ASK_DAY + "?", toTobias.now());
    report.ask("And on " + toTobias.later().command().date() + "?", toTobias.later());
    report.ask("May Nordwerk offer " + JONAS.name() + " a job on " + ASK_DAY + "?",
        program.decide(MakeJobOffer.of(Actor.parent(NORDWERK), JONAS.id(), ASK_DAY)));
    report.ask("May Nordwerk offer " + LEA.name() + ", who waits in the pool, a job on " + ASK_DAY + "?",
        program.decide(MakeJobOffer.of(Actor.parent(NORDWERK), LEA.id(), ASK_DAY)));
    report.note("(A candidate counts as named from the day of the nomination, admitted or not: the agreement"
        + " protects her as it protects the engineers on the program.)");
  }
}
