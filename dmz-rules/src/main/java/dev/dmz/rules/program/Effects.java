package dev.dmz.rules.program;

import dev.dmz.core.commercial.Milestone;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.commercial.Rebaselining;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an accepted command produces: its events, given the state it applies to. Called only once
 * every rule has let the command through, so the ids it looks up exist.
 */
final class Effects {
  private Effects() {}

  static List<Event> of(ProgramState state, Command command) {
    if (command instanceof Nominate) {
      Nominate c = (Nominate) command;
      return List.of(Nominated.of((NamedEngineer) c.line(), state.parentOf(c.actor()).orElseThrow(), c.date()));
    }
    if (command instanceof Admit) {
      return List.of(Admitted.of(((Admit) command).engineer(), Optional.empty(), command.date()));
    }
    if (command instanceof RecordDeparture) {
      RecordDeparture c = (RecordDeparture) command;
      return List.of(Departed.of(c.engineer(), c.reason(), VacancyId.number(state.vacancies().size() + 1),
          c.date()));
    }
    if (command instanceof FillVacancy) {
      FillVacancy c = (FillVacancy) command;
      return List.of(Admitted.of(c.engineer(), Optional.of(c.vacancy()), c.date()));
    }
    if (command instanceof CloseVacancy) {
      return List.of(VacancyClosed.of(((CloseVacancy) command).vacancy(), command.date()));
    }
    if (command instanceof AcceptMilestone) {
      return acceptance(state, (AcceptMilestone) command);
    }
    if (command instanceof RecordScopeChange) {
      RecordScopeChange c = (RecordScopeChange) command;
      List<Event> events = new ArrayList<>(List.of(ScopeChanged.of(c.scope(), c.date())));
      if (!state.reopened()) {
        Rebaselining.scopeGrowth(state, c.scope())
            .ifPresent(t -> events.add(RebaselineTriggered.of(t, c.date())));
      }
      return events;
    }
    if (command instanceof SignNewBaseline) {
      BaselineSigned signed = BaselineSigned.of(state.parentOf(command.actor()).orElseThrow(), command.date());
      boolean everyParent = state.charter().parentIds().stream()
          .allMatch(p -> p.equals(signed.party()) || state.baselineSignatures().contains(p));
      return everyParent ? List.of(signed, BaselineRenewed.of(state.scope(), command.date())) : List.of(signed);
    }
    if (command instanceof ContributeToPool) {
      ContributeToPool c = (ContributeToPool) command;
      return List.of(PoolContributed.of(state.parentOf(c.actor()).orElseThrow(), c.amount(), c.date()));
    }
    if (command instanceof DrawOnPool) {
      DrawOnPool c = (DrawOnPool) command;
      return List.of(PoolDrawn.of(c.amount(), c.surprise(), c.date()));
    }
    if (command instanceof RecordForegroundIp) {
      return List.of(ForegroundIpRecorded.of(((RecordForegroundIp) command).asset(), command.date()));
    }
    if (command instanceof AmendIpFramework) {
      return List.of(IpFrameworkAmended.of(((AmendIpFramework) command).framework(), command.date()));
    }
    if (command instanceof MakeJobOffer) {
      return List.of(JobOfferMade.of(state.parentOf(command.actor()).orElseThrow(),
          ((MakeJobOffer) command).engineer(), command.date()));
    }
    return List.of();
  }

  private static List<Event> acceptance(ProgramState state, AcceptMilestone c) {
    Milestone milestone = state.charter().commercialModel().flatMap(m -> m.milestone(c.milestone()))
        .orElseThrow();
    long slip = ChronoUnit.DAYS.between(milestone.dueDate(), c.date());
    List<Event> events = new ArrayList<>(List.of(
        MilestoneAccepted.of(milestone.id(), milestone.payee(), milestone.amount(), slip, c.date())));
    Rebaselining.milestoneSlip(state, milestone, c.date())
        .ifPresent(t -> events.add(RebaselineTriggered.of(t, c.date())));
    return events;
  }
}
