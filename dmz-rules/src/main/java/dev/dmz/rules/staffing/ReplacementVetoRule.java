package dev.dmz.rules.staffing;

import static dev.dmz.rules.program.CommandChecks.onlyLead;

import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.DmzRule;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.decision.SubjectKind;
import dev.dmz.rules.program.CloseVacancy;
import dev.dmz.rules.program.Command;
import dev.dmz.rules.program.CommandChecks;
import dev.dmz.rules.program.CommandRule;
import dev.dmz.rules.program.FillVacancy;
import dev.dmz.rules.program.ProgramState;
import dev.dmz.rules.program.RecordDeparture;
import dev.dmz.rules.program.SubstituteEngineer;
import dev.dmz.rules.program.Vacancy;
import dev.dmz.rules.program.VacancyId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code DMZ-REPLACEMENT-VETO}: when a named engineer leaves, for any reason, only the lead fills the
 * vacancy (with a named candidate from the pool) or closes it; a parent's own substitution is refused.
 *
 * <p>A departure is recorded by the lead or by the engineer's employer, for an engineer on the
 * program, on a day of the program. A substitution attempt is refused whoever makes it: the DMZ has
 * no "swap" (an engineer leaves, then the lead decides). The attempt still cancels the outgoing
 * engineer's premium rate ({@code DMZ-PREMIUM-CONDITIONAL}).
 */
public final class ReplacementVetoRule implements CommandRule {
  /** The rule. */
  public static final CommandRule RULE = new ReplacementVetoRule();

  private ReplacementVetoRule() {}

  @Override
  public RuleId id() {
    return DmzRule.REPLACEMENT_VETO.id();
  }

  @Override
  public Set<Class<? extends Command>> governs() {
    return Set.of(SubstituteEngineer.class, RecordDeparture.class, FillVacancy.class, CloseVacancy.class);
  }

  @Override
  public List<Finding> check(ProgramState state, Command command) {
    if (!(command instanceof SubstituteEngineer || command instanceof RecordDeparture
        || command instanceof FillVacancy || command instanceof CloseVacancy)) {
      return List.of(); // not this rule's command: nothing to allocate
    }
    List<Finding> findings = new ArrayList<>();
    if (command instanceof SubstituteEngineer) {
      SubstituteEngineer attempt = (SubstituteEngineer) command;
      findings.add(DmzRule.REPLACEMENT_VETO.error(Subject.engineer(attempt.outgoing()),
          command.actor() + " tries to replace " + name(state, attempt) + " with "
              + attempt.incoming().label() + " on its own; only the program lead fills a seat.",
          "Record the departure; the lead then fills the vacancy from the candidate pool, or closes it."));
    } else if (command instanceof RecordDeparture) {
      departure(state, (RecordDeparture) command, findings);
    } else if (command instanceof FillVacancy) {
      FillVacancy fill = (FillVacancy) command;
      onlyLead(DmzRule.REPLACEMENT_VETO, state, command, "fills a vacancy").ifPresent(findings::add);
      openVacancy(state, fill.vacancy(), findings);
      if (!state.candidates().containsKey(fill.engineer())) {
        findings.add(DmzRule.REPLACEMENT_VETO.error(Subject.engineer(fill.engineer()),
            "A vacancy is filled only with a named candidate from the pool; " + fill.engineer()
                + " is not in it.",
            "Fill the vacancy with a candidate from the pool, or close it."));
      }
    } else if (command instanceof CloseVacancy) {
      onlyLead(DmzRule.REPLACEMENT_VETO, state, command, "closes a vacancy").ifPresent(findings::add);
      openVacancy(state, ((CloseVacancy) command).vacancy(), findings);
    }
    return findings;
  }

  private static String name(ProgramState state, SubstituteEngineer attempt) {
    return state.engineers().get(attempt.outgoing()).map(NamedEngineer::name)
        .getOrElse(attempt.outgoing().value());
  }

  private static void departure(ProgramState state, RecordDeparture command, List<Finding> findings) {
    Optional<NamedEngineer> engineer = state.engineers().get(command.engineer()).toJavaOptional()
        .filter(e -> state.isActive(e.id()));
    if (engineer.isEmpty()) {
      findings.add(DmzRule.REPLACEMENT_VETO.error(Subject.engineer(command.engineer()),
          command.engineer() + " is not on the program, so cannot leave it.",
          "Record departures of engineers on the program only."));
    } else if (!state.isLead(command.actor()) && !command.actor().is(engineer.orElseThrow().employer())) {
      findings.add(DmzRule.REPLACEMENT_VETO.error(CommandChecks.actor(command),
          "Only the lead or the engineer's employer records a departure; " + command.actor()
              + " is neither.",
          "Have the lead or " + engineer.orElseThrow().employer() + " record it."));
    }
    CommandChecks.withinPeriod(DmzRule.REPLACEMENT_VETO, state, command, "A departure")
        .ifPresent(findings::add);
  }

  private static void openVacancy(ProgramState state, VacancyId id, List<Finding> findings) {
    Optional<Vacancy> vacancy = state.vacancies().get(id).toJavaOptional();
    if (vacancy.isEmpty()) {
      findings.add(DmzRule.REPLACEMENT_VETO.error(Subject.of(SubjectKind.VACANCY, id.value()),
          "There is no vacancy " + id + ".", "Name a vacancy a departure left open."));
    } else if (!vacancy.orElseThrow().isOpen()) {
      findings.add(DmzRule.REPLACEMENT_VETO.error(Subject.of(SubjectKind.VACANCY, id.value()),
          "Vacancy " + id + " was already " + (vacancy.orElseThrow().filledBy().isPresent() ? "filled" : "closed")
              + " on " + vacancy.orElseThrow().resolvedOn().orElseThrow() + ".",
          "Fill or close an open vacancy."));
    }
  }
}
