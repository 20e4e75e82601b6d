package dev.dmz.benchmarks;

import dev.dmz.core.commercial.Milestone;
import dev.dmz.rules.program.ProgramState;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The floor: the one rule that decides each benchmarked command, written the way an application
 * would write it without the library, as plain Java over {@code java.util} maps and sets of strings.
 * The library's decision with the full rule book is measured against it, in the same run, so that its
 * overhead is a ratio and not a guess.
 *
 * <p>Each check answers what the library's decision answers: accepted, or refused with a sentence
 * saying why (a refusal builds its message, as the library's does). It checks only what its rule
 * checks, and none of the other ten rules; that difference is the overhead measured.
 */
final class InlineRules {
  /** The verdict of an accepted command. */
  static final Verdict ACCEPTED = new Verdict(true, "");

  private final String lead;
  private final LocalDate start;
  private final LocalDate end;
  private final boolean wallsStand;
  private final Map<String, String> candidates = new HashMap<>();
  private final Set<String> onProgram = new HashSet<>();
  private final Map<String, Boolean> vacancyOpen = new HashMap<>();
  private final Map<String, Long> milestoneCents = new HashMap<>();
  private final Set<String> acceptedMilestones = new HashSet<>();
  private final long poolCents;

  /**
   * The plain model of a program's state, copied from the library's state.
   *
   * @param state the state
   */
  InlineRules(ProgramState state) {
    this.lead = state.lead().orElseThrow().id().value();
    this.start = state.charter().period().start();
    this.end = state.charter().period().end();
    this.wallsStand = state.readiness().isReady();
    state.candidates().forEach((id, engineer) -> candidates.put(id.value(), engineer.employer().value()));
    state.roster().keySet().forEach(id -> onProgram.add(id.value()));
    state.vacancies().forEach((id, vacancy) -> vacancyOpen.put(id.value(), vacancy.isOpen()));
    for (Milestone m : state.charter().commercialModel().orElseThrow().milestones()) {
      milestoneCents.put(m.id().value(), m.amount().getAmountMinorLong());
    }
    state.acceptances().keySet().forEach(id -> acceptedMilestones.add(id.value()));
    this.poolCents = state.poolBalance().orElseThrow().getAmountMinorLong();
  }

  /** Accepted, or refused with the reason. */
  record Verdict(boolean accepted, String reason) {
    static Verdict refused(String reason) {
      return new Verdict(false, reason);
    }
  }

  /**
   * DMZ-LEAD-ADMITS (with the walls' readiness): only the lead admits, a candidate from the pool, on
   * a day of the program, once the walls stand.
   */
  Verdict admit(String actor, String engineer, LocalDate day) {
    if (!actor.equals(lead)) {
      return Verdict.refused(actor + " is not the lead; only the lead admits engineers.");
    }
    if (!wallsStand) {
      return Verdict.refused("Nobody enters before the walls stand.");
    }
    if (onProgram.contains(engineer)) {
      return Verdict.refused(engineer + " is already on the program.");
    }
    if (!candidates.containsKey(engineer)) {
      return Verdict.refused(engineer + " is not in the candidate pool.");
    }
    if (day.isBefore(start) || day.isAfter(end)) {
      return Verdict.refused("An admission on " + day + " lies outside the program.");
    }
    return ACCEPTED;
  }

  /**
   * DMZ-REPLACEMENT-VETO for a fill: only the lead fills an open vacancy, with a candidate from the
   * pool, on a day of the program.
   */
  Verdict fill(String actor, String vacancy, String engineer, LocalDate day) {
    if (!actor.equals(lead)) {
      return Verdict.refused(actor + " is not the lead; only the lead fills a vacancy.");
    }
    Boolean open = vacancyOpen.get(vacancy);
    if (open == null || !open) {
      return Verdict.refused("There is no open vacancy " + vacancy + ".");
    }
    if (!candidates.containsKey(engineer)) {
      return Verdict.refused(engineer + " is not in the candidate pool.");
    }
    if (day.isBefore(start) || day.isAfter(end)) {
      return Verdict.refused("Filling a vacancy on " + day + " lies outside the program.");
    }
    return ACCEPTED;
  }

  /** DMZ-REPLACEMENT-VETO for a substitution: refused, whoever tries it, saying who tried what. */
  Verdict substitute(String actor, String outgoing, String incoming) {
    return Verdict.refused(actor + " tries to replace " + outgoing + " with " + incoming
        + " on its own; only the program lead fills a seat.");
  }

  /**
   * DMZ-RISK-POOL-DRAW: only the lead draws, naming the surprise, never below zero, on a day of the
   * program.
   */
  Verdict draw(String actor, long cents, String surprise, LocalDate day) {
    if (!actor.equals(lead)) {
      return Verdict.refused(actor + " is not the lead; only the lead draws on the pool.");
    }
    if (surprise.isBlank()) {
      return Verdict.refused("The draw does not name its surprise.");
    }
    if (cents > poolCents) {
      return Verdict.refused("The draw would take the pool below zero.");
    }
    if (day.isBefore(start) || day.isAfter(end)) {
      return Verdict.refused("A draw on " + day + " lies outside the program.");
    }
    return ACCEPTED;
  }

  /**
   * DMZ-MILESTONE-PAYMENT: only the lead accepts a milestone of the contract, once, on a day of the
   * program.
   */
  Verdict acceptMilestone(String actor, String milestone, LocalDate day) {
    if (!actor.equals(lead)) {
      return Verdict.refused(actor + " is not the lead; only the lead accepts milestones.");
    }
    if (!milestoneCents.containsKey(milestone)) {
      return Verdict.refused("The contract has no milestone " + milestone + ".");
    }
    if (acceptedMilestones.contains(milestone)) {
      return Verdict.refused("Milestone " + milestone + " was already accepted.");
    }
    if (day.isBefore(start) || day.isAfter(end)) {
      return Verdict.refused("An acceptance on " + day + " lies outside the program.");
    }
    return ACCEPTED;
  }
}
