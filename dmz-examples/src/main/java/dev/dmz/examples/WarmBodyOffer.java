package dev.dmz.examples;

import static dev.dmz.examples.BatteryProgram.FIRST_DAY;
import static dev.dmz.examples.BatteryProgram.JONAS;
import static dev.dmz.examples.BatteryProgram.LEAD;
import static dev.dmz.examples.BatteryProgram.NOMINATION_DAY;
import static dev.dmz.examples.BatteryProgram.VOLTAIC;

import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.HeadcountLine;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.core.staffing.PlaceholderLine;
import dev.dmz.core.staffing.StaffingLine;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Program;
import dev.dmz.rules.commercial.Premiums;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.SubstituteEngineer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The warm-body offer: Voltaic offers the battery program its star, Jonas Brandt, and lines that name
 * nobody. The star may enter; each unnamed line is refused with its own reason. Three months in,
 * Voltaic tries to swap the star for a junior to be named later: the lead's veto refuses it, and the
 * attempt alone cancels the star's premium rate from that day.
 */
public final class WarmBodyOffer implements Scenario {
  /** Voltaic's offer, line by line, as it was written. */
  static final List<StaffingLine> OFFER = List.of(
      JONAS,
      HeadcountLine.of(4, "Embedded C developer", VOLTAIC),
      PlaceholderLine.of("N.N.", VOLTAIC),
      NamedEngineer.of(EngineerId.of("VS-0003"), "Senior Developer #3", VOLTAIC));
  /** Who Voltaic would put in Jonas Brandt's place. */
  static final StaffingLine JUNIOR = PlaceholderLine.of("Junior developer, to be named", VOLTAIC);
  /** The day of the substitution attempt. */
  static final LocalDate SWAP_DAY = LocalDate.of(2027, 5, 3);

  /**
   * What the rules decided, step by step.
   *
   * @param offer the decision on each line of the offer, in the offer's order
   * @param admission the decision on the star's admission
   * @param substitution the decision on the substitution attempt
   * @param program the program after the attempt
   */
  record Outcome(List<Decision> offer, Decision admission, Decision substitution, Program program) {}

  /**
   * Prints this scenario alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Tour.runAlone(new WarmBodyOffer(), System.out);
  }

  @Override
  public String title() {
    return "The warm-body offer";
  }

  /**
   * Plays the scenario.
   *
   * @return what the rules decided
   */
  static Outcome play() {
    Program program = Program.start(BatteryProgram.charter());
    List<Decision> offer = new ArrayList<>();
    for (StaffingLine line : OFFER) {
      program = program.apply(Nominate.of(Actor.parent(VOLTAIC), line, NOMINATION_DAY));
      offer.add(program.lastDecision().orElseThrow());
    }
    program = program.apply(Admit.of(LEAD, JONAS.id(), FIRST_DAY));
    Decision admission = program.lastDecision().orElseThrow();
    program = program.apply(SubstituteEngineer.of(Actor.parent(VOLTAIC), JONAS.id(), JUNIOR, SWAP_DAY));
    return new Outcome(offer, admission, program.lastDecision().orElseThrow(), program);
  }

  @Override
  public void tell(Report report) {
    Outcome outcome = play();
    report.say("Voltaic offers the battery program one named star and " + (OFFER.size() - 1) + " lines that name"
        + " nobody. Each line is nominated on its own, and the rules decide each:");
    for (int i = 0; i < OFFER.size(); i++) {
      report.ask("May Voltaic nominate \"" + OFFER.get(i).label() + "\"?", outcome.offer().get(i));
    }
    report.blank();
    report.ask("May the lead admit " + JONAS.name() + " on " + FIRST_DAY + "?", outcome.admission());

    report.section("Three months later: the swap");
    report.ask("May Voltaic replace " + JONAS.name() + " with \"" + JUNIOR.label() + "\" on " + SWAP_DAY + "?",
        outcome.substitution());
    report.blank();
    boolean stillOn = outcome.program().state().staffing().isActive(JONAS.id());
    report.say(JONAS.name() + (stillOn ? " stays on the program" : " is off the program") + ", but the attempt"
        + " alone has cost Voltaic his premium:");
    for (LocalDate day : List.of(SWAP_DAY.minusDays(1), SWAP_DAY, SWAP_DAY.plusMonths(1))) {
      report.ask("Is " + JONAS.name() + "'s premium in force on " + day + "?",
          Premiums.inForce(outcome.program().state(), JONAS.id(), day));
    }
    report.blank();
    LocalDate from = SWAP_DAY.withDayOfMonth(1);
    LocalDate to = SWAP_DAY.withDayOfMonth(SWAP_DAY.lengthOfMonth());
    report.say("What Voltaic is owed for " + from + " to " + to + ":");
    report.table(SettlementReport.table(outcome.program().state(), from, to));
  }
}
