package dev.dmz.examples;

import static dev.dmz.examples.BatteryProgram.LEA;
import static dev.dmz.examples.BatteryProgram.LEAD;
import static dev.dmz.examples.BatteryProgram.VOLTAIC;

import dev.dmz.core.staffing.HeadcountLine;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Program;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * dmz at first sight, as README's first screen and the tour's opening show it: a command refused, with
 * the rule that refuses it, what is wrong and what would put it right; and a command accepted, with its
 * event.
 */
final class FirstLook {
  private FirstLook() {}

  static void run(PrintStream out) {
    // tag::first-look[]
    Program program = BatteryProgram.kickOff();   // a ready charter; Lea Sommer waits in the pool
    LocalDate day = LocalDate.of(2027, 2, 3);

    Decision refused = program.decide(Nominate.of(Actor.parent(VOLTAIC),
        HeadcountLine.of(3, "firmware engineer", VOLTAIC), day));
    for (Finding why : refused.findings()) {
      out.println("Refused by " + why.ruleId() + " (" + why.subject() + "):");
      out.println("  " + why.problem());
      out.println("  To put it right: " + why.remedy());
    }

    Decision accepted = program.submit(Admit.of(LEAD, LEA.id(), day)).decision();
    out.println("Accepted: " + accepted.events());
    // end::first-look[]
  }
}
