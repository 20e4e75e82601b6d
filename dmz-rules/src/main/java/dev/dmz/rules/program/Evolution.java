package dev.dmz.rules.program;

import dev.dmz.core.agreement.Wall;
import dev.dmz.core.agreement.WallKind;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.DmzRule;
import dev.dmz.rules.RuleBook;
import io.vavr.collection.HashSet;
import io.vavr.collection.Vector;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Evolving: the state after one event. Pure; each branch touches only the persistent collections the
 * event concerns. Use it through {@link RuleBook#evolve(ProgramState, Event)} or {@link Program}.
 */
public final class Evolution {
  private Evolution() {}

  /**
   * The state after an event.
   *
   * @param before the state before
   * @param event an event that a program under {@code book} produced from {@code before}
   * @param book the rule book (an amended IP framework is checked for readiness again)
   * @return the state after
   * @throws IllegalArgumentException if the event does not apply to the state, for example the
   *     departure of an engineer who is not on the program
   */
  public static ProgramState apply(ProgramState before, Event event, RuleBook book) {
    try {
      return evolve(before, event, book);
    } catch (NoSuchElementException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("the event " + event + " does not apply to the program's state", e);
    }
  }

  private static ProgramState evolve(ProgramState before, Event event, RuleBook book) {
    if (event instanceof CommandRefused) {
      return refused((ImmutableProgramState) before, (CommandRefused) event);
    }
    ImmutableProgramState state = ((ImmutableProgramState) before).withLastDate(event.date());
    if (event instanceof Nominated) {
      Nominated e = (Nominated) event;
      return state.withCandidates(state.candidates().put(e.candidate().id(), e.candidate()));
    }
    if (event instanceof Admitted) {
      Admitted e = (Admitted) event;
      ImmutableProgramState admitted = state
          .withCandidates(state.candidates().remove(e.engineer()))
          .withEngineers(state.engineers().put(e.engineer(), state.candidates().get(e.engineer()).get()))
          .withTenures(state.tenures().put(e.engineer(),
              state.tenures().get(e.engineer()).getOrElse(Vector.empty()).append(Tenure.from(e.date()))))
          .withFirstEntry(state.firstEntry().orElse(e.date()));
      return e.vacancy().map(v -> admitted.withVacancies(admitted.vacancies()
          .put(v, admitted.vacancies().get(v).get().filled(e.engineer(), e.date())))).orElse(admitted);
    }
    if (event instanceof Departed) {
      Departed e = (Departed) event;
      Vector<Tenure> tenures = state.tenures().get(e.engineer()).get();
      return state
          .withTenures(state.tenures().put(e.engineer(),
              tenures.update(tenures.size() - 1, tenures.last().withDeparted(e.date()))))
          .withVacancies(state.vacancies().put(e.vacancy(),
              Vacancy.open(e.vacancy(), e.engineer(), e.reason(), e.date())));
    }
    if (event instanceof VacancyClosed) {
      VacancyClosed e = (VacancyClosed) event;
      return state.withVacancies(state.vacancies()
          .put(e.vacancy(), state.vacancies().get(e.vacancy()).get().closed(e.date())));
    }
    if (event instanceof MilestoneAccepted) {
      MilestoneAccepted e = (MilestoneAccepted) event;
      return state.withAcceptances(state.acceptances().put(e.milestone(), e));
    }
    if (event instanceof ScopeChanged) {
      return state.withScope(((ScopeChanged) event).scope());
    }
    if (event instanceof RebaselineTriggered) {
      return state.withFiredTriggers(state.firedTriggers().append((RebaselineTriggered) event))
          .withReopened(true);
    }
    if (event instanceof BaselineSigned) {
      return state.withBaselineSignatures(state.baselineSignatures().add(((BaselineSigned) event).party()));
    }
    if (event instanceof BaselineRenewed) {
      BaselineRenewed e = (BaselineRenewed) event;
      return state.withReopened(false).withBaselineSignatures(HashSet.empty())
          .withBaselineScope(e.baselineScope().or(state::baselineScope));
    }
    if (event instanceof PoolContributed) {
      PoolContributed e = (PoolContributed) event;
      return state.withPoolMovements(state.poolMovements().append(e))
          .withPoolBalance(state.poolBalance().map(b -> b.plus(e.amount())));
    }
    if (event instanceof PoolDrawn) {
      PoolDrawn e = (PoolDrawn) event;
      return state.withPoolMovements(state.poolMovements().append(e))
          .withPoolBalance(state.poolBalance().map(b -> b.minus(e.amount())));
    }
    if (event instanceof ForegroundIpRecorded) {
      ForegroundIpRecorded e = (ForegroundIpRecorded) event;
      return state.withForegroundIp(state.foregroundIp().put(e.asset().id(), e.asset()));
    }
    if (event instanceof IpFrameworkAmended) {
      ProgramCharter amended = withWall(state.charter(), ((IpFrameworkAmended) event).framework());
      return state.withCharter(amended).withReadiness(book.check(amended));
    }
    if (event instanceof JobOfferMade) {
      return state.withOffers(state.offers().append((JobOfferMade) event));
    }
    throw new IllegalArgumentException("not an event of a DMZ program: " + event.getClass().getName());
  }

  /**
   * A refusal changes nothing, not even the date of the latest event, with one exception: a refused
   * substitution attempt by the outgoing engineer's own employer cancels that engineer's premium rate
   * from the attempt's day (the first attempt counts), whether or not the lead has admitted the
   * engineer yet. An attempt by anyone else (another parent, a
   * stranger) cancels nothing: nobody can cost a supplier its premium. Nor does an attempt dated
   * before the latest event (refused by {@code DMZ-CHRONOLOGY}): it cannot take back days already
   * passed.
   */
  private static ProgramState refused(ImmutableProgramState state, CommandRefused refusal) {
    if (!(refusal.command() instanceof SubstituteEngineer)) {
      return state;
    }
    SubstituteEngineer attempt = (SubstituteEngineer) refusal.command();
    boolean byEmployer = state.employerOf(attempt.outgoing()).filter(attempt.actor()::is).isPresent();
    boolean inOrder = refusal.findings().stream()
        .noneMatch(f -> f.ruleId().equals(DmzRule.CHRONOLOGY.id()));
    if (byEmployer && inOrder && !state.premiumCancellations().containsKey(attempt.outgoing())) {
      return state.withPremiumCancellations(
          state.premiumCancellations().put(attempt.outgoing(), attempt.date()));
    }
    return state;
  }

  private static ProgramCharter withWall(ProgramCharter charter, Wall wall) {
    return charter.withWalls(Stream.concat(
            charter.walls().stream().filter(w -> w.kind() != WallKind.IP_FRAMEWORK), Stream.of(wall))
        .collect(Collectors.toList()));
  }

}
