package dev.dmz.benchmarks;

import static dev.dmz.benchmarks.LargeCharter.EUR;
import static dev.dmz.benchmarks.LargeCharter.LEAD;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import dev.dmz.rules.Decision;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.Program;
import dev.dmz.rules.commercial.CommercialCommand.AcceptMilestone;
import dev.dmz.rules.commercial.CommercialCommand.ContributeToPool;
import dev.dmz.rules.commercial.CommercialCommand.DrawOnPool;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.FillVacancy;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import dev.dmz.rules.staffing.StaffingCommand.SubstituteEngineer;
import dev.dmz.rules.staffing.VacancyId;
import java.time.LocalDate;
import java.util.Set;
import org.joda.money.Money;

/**
 * A running program of a given size under the standard rule book, and one command of each kind the
 * benchmarks decide on it.
 *
 * <p>Every engineer of {@link LargeCharter} was nominated by their employer and admitted by the lead
 * on {@link #ENTRY}; one more engineer left, so vacancy {@code V1} is open; two candidates wait in the
 * pool; the OEM paid into the risk pool. The roster holds exactly the requested number of engineers.
 * The commands are dated {@link #TODAY} and checked once, when the program is built, to be decided as
 * the benchmark says (accepted, or refused by {@code DMZ-REPLACEMENT-VETO}): a benchmark measures the
 * decision it claims to measure.
 */
final class LargeProgram {
  /** The day everyone entered. */
  static final LocalDate ENTRY = LargeCharter.START.plusDays(9);
  /** The day of the commands decided. */
  static final LocalDate TODAY = LargeCharter.START.plusMonths(5);

  final ProgramCharter charter;
  final Program program;
  /** The lead admits a candidate from the pool: accepted. */
  final Admit admit;
  /** The lead fills the open vacancy with a candidate: accepted. */
  final FillVacancy fill;
  /** A supplier replaces its own engineer with someone new: refused by DMZ-REPLACEMENT-VETO. */
  final SubstituteEngineer substitution;
  /** The lead draws on the risk pool for a surprise: accepted. */
  final DrawOnPool draw;
  /** The lead accepts a supplier's milestone: accepted. */
  final AcceptMilestone acceptance;

  private LargeProgram(ProgramCharter charter, Program program, int parents) {
    this.charter = charter;
    this.program = program;
    NamedEngineer someone = LargeCharter.engineer(1, parents);
    this.admit = Admit.of(LEAD, candidate(0).id(), TODAY);
    this.fill = FillVacancy.of(LEAD, VacancyId.number(1), candidate(1).id(), TODAY);
    this.substitution = SubstituteEngineer.of(Actor.parent(someone.employer()), someone.id(),
        NamedEngineer.of(EngineerId.of("X-1"), "Walter Brenner", someone.employer()), TODAY);
    this.draw = DrawOnPool.of(LEAD, Money.ofMajor(EUR, 25_000), "Recall of a sensor batch: re-test", TODAY);
    this.acceptance = AcceptMilestone.of(LEAD, LargeCharter.milestone(1, 1), TODAY);
  }

  /**
   * A program with this many parents and engineers on the roster.
   *
   * @param parents at least 2
   * @param engineers at least 1
   * @return the program and its commands
   */
  static LargeProgram of(int parents, int engineers) {
    ProgramCharter charter = LargeCharter.of(parents, engineers);
    Program program = Program.start(charter);
    for (int n = 0; n <= engineers; n++) {
      NamedEngineer engineer = LargeCharter.engineer(n, parents);
      program = accepted(program, Nominate.of(Actor.parent(engineer.employer()), engineer, ENTRY));
    }
    for (int n = 0; n <= engineers; n++) {
      program = accepted(program, Admit.of(LEAD, LargeCharter.engineer(n, parents).id(), ENTRY));
    }
    NamedEngineer leaver = LargeCharter.engineer(engineers, parents);
    program = accepted(program,
        RecordDeparture.of(LEAD, leaver.id(), DepartureReason.RESIGNATION, TODAY.minusDays(30)));
    for (int c = 0; c < 2; c++) {
      program = accepted(program, Nominate.of(Actor.parent(candidate(c).employer()), candidate(c), TODAY.minusDays(20)));
    }
    program = accepted(program,
        ContributeToPool.of(Actor.parent(LargeCharter.parent(0)), Money.ofMajor(EUR, 500_000), TODAY.minusDays(10)));
    LargeProgram large = new LargeProgram(charter, program, parents);
    large.expectAccepted(large.admit);
    large.expectAccepted(large.fill);
    large.expectAccepted(large.draw);
    large.expectAccepted(large.acceptance);
    Decision refusal = program.decide(large.substitution);
    if (refusal.isAccepted() || !refusal.ruleIds().equals(Set.of(DmzRuleId.REPLACEMENT_VETO.id()))) {
      throw new IllegalStateException("the substitution should be refused by the veto alone: " + refusal);
    }
    if (program.state().staffing().roster().size() != engineers) {
      throw new IllegalStateException("the roster should hold " + engineers + " engineers");
    }
    return large;
  }

  /**
   * A candidate in the pool, employed by supplier 1.
   *
   * @param c 0 or 1
   * @return the candidate
   */
  static NamedEngineer candidate(int c) {
    return NamedEngineer.of(EngineerId.of("C-" + c), c == 0 ? "Yara Lindgren" : "Zeno Marchetti",
        LargeCharter.parent(1));
  }

  private void expectAccepted(Command command) {
    Decision decision = program.decide(command);
    if (!decision.isAccepted()) {
      throw new IllegalStateException("the benchmark's command should be accepted: " + decision);
    }
  }

  private static Program accepted(Program program, Command command) {
    Program next = program.apply(command);
    if (!next.lastDecision().orElseThrow().isAccepted()) {
      throw new IllegalStateException("building the program, " + command + " was "
          + next.lastDecision().orElseThrow());
    }
    return next;
  }
}
