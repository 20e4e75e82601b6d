package dev.dmz.benchmarks;

import dev.dmz.core.commercial.Milestone;
import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.party.PersonId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.Actor;
import dev.dmz.rules.ActorKind;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.commercial.CommercialCommand.AcceptMilestone;
import dev.dmz.rules.commercial.CommercialCommand.DrawOnPool;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.FillVacancy;
import dev.dmz.rules.staffing.StaffingCommand.SubstituteEngineer;
import dev.dmz.rules.staffing.VacancyId;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.joda.money.Money;

/**
 * The floor: the one rule that decides each benchmarked command, written the way an application
 * would write it without the rule book, as plain Java over {@code java.util} maps and sets. It reads
 * the very command object the library decides (its ids, dates and money), so the two answer the same
 * question from the same input. The library's decision with the full rule book is measured against it
 * in the same run, so that its overhead is a ratio and not a guess.
 *
 * <p>Each check answers what the library's decision answers: accepted, or refused with a sentence
 * saying why (a refusal builds its message, as the library's does). It checks only what its rule
 * checks, and none of the other ten rules: that difference, and the decision as data, is the
 * overhead measured.
 */
final class InlineRules {
  /** The verdict of an accepted command. */
  static final Verdict ACCEPTED = new Verdict(true, "");

  private final PersonId lead;
  private final LocalDate start;
  private final LocalDate end;
  private final boolean wallsStand;
  private final Map<EngineerId, NamedEngineer> candidates = new HashMap<>();
  private final Map<EngineerId, NamedEngineer> onProgram = new HashMap<>();
  private final Map<VacancyId, Boolean> vacancyOpen = new HashMap<>();
  private final Map<MilestoneId, Money> milestones = new HashMap<>();
  private final Set<MilestoneId> acceptedMilestones = new HashSet<>();
  private final Money pool;

  /**
   * The plain model of a program's state, copied from the library's state.
   *
   * @param state the state
   */
  InlineRules(ProgramState state) {
    this.lead = state.lead().orElseThrow().id();
    this.start = state.charter().period().start();
    this.end = state.charter().period().end();
    this.wallsStand = state.readiness().isReady();
    state.staffing().candidates().forEach(candidates::put);
    state.staffing().roster().forEach(onProgram::put);
    state.staffing().vacancies().forEach((id, vacancy) -> vacancyOpen.put(id, vacancy.isOpen()));
    for (Milestone m : state.charter().commercialModel().orElseThrow().milestones()) {
      milestones.put(m.id(), m.amount());
    }
    state.commercial().acceptances().keySet().forEach(acceptedMilestones::add);
    this.pool = state.commercial().poolBalance().orElseThrow();
  }

  /** Accepted, or refused with the reason. */
  record Verdict(boolean accepted, String reason) {
    static Verdict refused(String reason) {
      return new Verdict(false, reason);
    }
  }

  private boolean isLead(Actor actor) {
    return actor.kind() == ActorKind.LEAD && actor.id().equals(lead.value());
  }

  private boolean outside(LocalDate day) {
    return day.isBefore(start) || day.isAfter(end);
  }

  /**
   * DMZ-LEAD-ADMITS (with the walls' readiness): only the lead admits, a candidate from the pool, on
   * a day of the program, once the walls stand.
   */
  Verdict admit(Admit command) {
    if (!isLead(command.actor())) {
      return Verdict.refused(command.actor() + " is not the lead; only the lead admits engineers.");
    }
    if (!wallsStand) {
      return Verdict.refused("Nobody enters before the walls stand.");
    }
    if (onProgram.containsKey(command.engineer())) {
      return Verdict.refused(command.engineer() + " is already on the program.");
    }
    if (!candidates.containsKey(command.engineer())) {
      return Verdict.refused(command.engineer() + " is not in the candidate pool.");
    }
    if (outside(command.date())) {
      return Verdict.refused("An admission on " + command.date() + " lies outside the program.");
    }
    return ACCEPTED;
  }

  /**
   * DMZ-REPLACEMENT-VETO for a fill: only the lead fills an open vacancy, with a candidate from the
   * pool, on a day of the program.
   */
  Verdict fill(FillVacancy command) {
    if (!isLead(command.actor())) {
      return Verdict.refused(command.actor() + " is not the lead; only the lead fills a vacancy.");
    }
    Boolean open = vacancyOpen.get(command.vacancy());
    if (open == null || !open) {
      return Verdict.refused("There is no open vacancy " + command.vacancy() + ".");
    }
    if (!candidates.containsKey(command.engineer())) {
      return Verdict.refused(command.engineer() + " is not in the candidate pool.");
    }
    if (outside(command.date())) {
      return Verdict.refused("Filling a vacancy on " + command.date() + " lies outside the program.");
    }
    return ACCEPTED;
  }

  /** DMZ-REPLACEMENT-VETO for a substitution: refused, whoever tries it, saying who tried what. */
  Verdict substitute(SubstituteEngineer command) {
    NamedEngineer outgoing = onProgram.get(command.outgoing());
    return Verdict.refused(command.actor() + " tries to replace "
        + (outgoing == null ? command.outgoing().value() : outgoing.name()) + " with "
        + command.incoming().label() + " on its own; only the program lead fills a seat.");
  }

  /**
   * DMZ-RISK-POOL-DRAW: only the lead draws, naming the surprise, never below zero, on a day of the
   * program.
   */
  Verdict draw(DrawOnPool command) {
    if (!isLead(command.actor())) {
      return Verdict.refused(command.actor() + " is not the lead; only the lead draws on the pool.");
    }
    if (command.surprise().isBlank()) {
      return Verdict.refused("The draw does not name its surprise.");
    }
    if (command.amount().isGreaterThan(pool)) {
      return Verdict.refused("A draw of " + command.amount() + " would take the pool below zero.");
    }
    if (outside(command.date())) {
      return Verdict.refused("A draw on " + command.date() + " lies outside the program.");
    }
    return ACCEPTED;
  }

  /**
   * DMZ-MILESTONE-PAYMENT: only the lead accepts a milestone of the contract, once, on a day of the
   * program.
   */
  Verdict acceptMilestone(AcceptMilestone command) {
    if (!isLead(command.actor())) {
      return Verdict.refused(command.actor() + " is not the lead; only the lead accepts milestones.");
    }
    if (!milestones.containsKey(command.milestone())) {
      return Verdict.refused("The contract has no milestone " + command.milestone() + ".");
    }
    if (acceptedMilestones.contains(command.milestone())) {
      return Verdict.refused("Milestone " + command.milestone() + " was already accepted.");
    }
    if (outside(command.date())) {
      return Verdict.refused("An acceptance on " + command.date() + " lies outside the program.");
    }
    return ACCEPTED;
  }
}
