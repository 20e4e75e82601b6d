package dev.dmz.rules.staffing;

import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.Command;
import dev.dmz.rules.Event;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.Slice;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.CloseVacancy;
import dev.dmz.rules.staffing.StaffingCommand.FillVacancy;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import dev.dmz.rules.staffing.StaffingCommand.SubstituteEngineer;
import dev.dmz.rules.staffing.StaffingEvent.Admitted;
import dev.dmz.rules.staffing.StaffingEvent.Departed;
import dev.dmz.rules.staffing.StaffingEvent.Nominated;
import dev.dmz.rules.staffing.StaffingEvent.VacancyClosed;
import io.vavr.collection.Vector;
import java.util.List;
import java.util.Optional;

/**
 * The staffing wall: nominations, admissions, departures and the vacancies they leave, governed by
 * {@code DMZ-WALLS-BEFORE-ENTRY}, {@code DMZ-NAMED-ENTRY}, {@code DMZ-LEAD-ADMITS} and {@code
 * DMZ-REPLACEMENT-VETO}; its events change the {@link StaffingState}.
 */
public final class StaffingSlice extends Slice {
  /** The wall. */
  public static final Slice SLICE = new StaffingSlice();

  private StaffingSlice() {
    super(StaffingCommand.class, StaffingEvent.class, List.of(),
        List.of(WallsBeforeEntryRule.RULE, NamedEntryRule.RULE,
        LeadAdmitsRule.RULE, ReplacementVetoRule.RULE));
  }

  @Override
  public List<Event> effects(ProgramState state, Command command) {
    if (command instanceof Nominate c) {
      if (!(c.line() instanceof NamedEngineer named)) { // DMZ-NAMED-ENTRY refuses every other line
        throw new IllegalArgumentException("a nomination of " + c.line() + " produces no event: only a named "
            + "engineer is nominated; decide it with the rule book");
      }
      return List.of(Nominated.of(named, state.parentOf(c.actor()).orElseThrow(), c.date()));
    }
    if (command instanceof Admit c) {
      return List.of(Admitted.of(c.engineer(), Optional.empty(), c.date()));
    }
    if (command instanceof RecordDeparture c) {
      VacancyId vacancy = VacancyId.number(state.staffing().vacancies().size() + 1);
      return List.of(Departed.of(c.engineer(), c.reason(), vacancy, c.date()));
    }
    if (command instanceof FillVacancy c) {
      return List.of(Admitted.of(c.engineer(), Optional.of(c.vacancy()), c.date()));
    }
    if (command instanceof CloseVacancy c) {
      return List.of(VacancyClosed.of(c.vacancy(), c.date()));
    }
    if (command instanceof SubstituteEngineer) {
      return List.of(); // never accepted: the veto refuses every substitution
    }
    throw new IllegalArgumentException("not a staffing command: " + command);
  }

  @Override
  public ProgramState evolve(ProgramState state, Event event) {
    ImmutableStaffingState staffing = (ImmutableStaffingState) state.staffing();
    if (event instanceof Nominated e) {
      return state.withStaffing(staffing.withCandidates(staffing.candidates().put(e.candidate().id(),
          e.candidate())));
    }
    if (event instanceof Admitted e) {
      ImmutableStaffingState admitted = staffing
          .withCandidates(staffing.candidates().remove(e.engineer()))
          .withEngineers(staffing.engineers().put(e.engineer(), staffing.candidates().get(e.engineer()).get()))
          .withTenures(staffing.tenures().put(e.engineer(),
              staffing.tenures().get(e.engineer()).getOrElse(Vector.empty()).append(Tenure.from(e.date()))))
          .withFirstEntry(staffing.firstEntry().orElse(e.date()));
      return state.withStaffing(e.vacancy().map(v -> admitted.withVacancies(admitted.vacancies()
          .put(v, admitted.vacancies().get(v).get().filled(e.engineer(), e.date())))).orElse(admitted));
    }
    if (event instanceof Departed e) {
      Vector<Tenure> tenures = staffing.tenures().get(e.engineer()).get();
      return state.withStaffing(staffing
          .withTenures(staffing.tenures().put(e.engineer(),
              tenures.update(tenures.size() - 1, tenures.last().withDeparted(e.date()))))
          .withVacancies(staffing.vacancies().put(e.vacancy(),
              Vacancy.open(e.vacancy(), e.engineer(), e.reason(), e.date()))));
    }
    if (event instanceof VacancyClosed e) {
      return state.withStaffing(staffing.withVacancies(staffing.vacancies()
          .put(e.vacancy(), staffing.vacancies().get(e.vacancy()).get().closed(e.date()))));
    }
    throw new IllegalArgumentException("not a staffing event: " + event);
  }
}
