package dev.dmz.rules.staffing;

import static dev.dmz.rules.command.CommandChecks.onlyLead;
import static dev.dmz.rules.command.CommandChecks.withFinding;

import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.Command;
import dev.dmz.rules.CommandRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.command.CommandChecks;
import dev.dmz.rules.command.Window;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.decision.SubjectKind;
import dev.dmz.rules.staffing.StaffingCommand.CloseVacancy;
import dev.dmz.rules.staffing.StaffingCommand.FillVacancy;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import dev.dmz.rules.staffing.StaffingCommand.SubstituteEngineer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code DMZ-REPLACEMENT-VETO}: when a named engineer leaves, for any reason, only the lead fills the
 * vacancy (with a named candidate from the pool) or closes it; a parent's own substitution is refused.
 *
 * <p>A departure is recorded by the lead or by the engineer's employer, for an engineer on the
 * program. A substitution attempt is refused whoever makes it: the DMZ has no "swap" (an engineer
 * leaves, then the lead decides). The attempt still cancels the outgoing engineer's premium rate when
 * the engineer's employer makes it ({@code DMZ-PREMIUM-CONDITIONAL}). Departures, fills and closures
 * are dated within the program period (docs/rules.md, Conventions); filling a vacancy with someone outside
 * the candidate pool is this rule's finding alone. A substitution attempt gets one finding whatever its
 * date: re-dating it would not make it right (one fault, one finding).
 */
final class ReplacementVetoRule implements CommandRule {
  /** The rule. */
  static final CommandRule RULE = new ReplacementVetoRule();

  private ReplacementVetoRule() {}

  @Override
  public RuleId id() {
    return DmzRuleId.REPLACEMENT_VETO.id();
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
    // Written for the common case, a command that is fine: no list until a finding is made.
    if (command instanceof SubstituteEngineer attempt) {
      // one finding, and none for its date: no day makes a substitution right (one fault, one finding)
      return List.of(DmzRuleId.REPLACEMENT_VETO.error(Subject.engineer(attempt.outgoing()),
          command.actor() + " tries to replace " + name(state, attempt) + " with "
              + attempt.incoming().label() + " on its own; only the program lead fills a seat.",
          "Record the departure; the lead then fills the vacancy from the candidate pool, or closes it."));
    } else if (command instanceof RecordDeparture) {
      return departure(state, (RecordDeparture) command);
    }
    List<Finding> findings = List.of();
    if (command instanceof FillVacancy fill) {
      findings = withFinding(findings, onlyLead(DmzRuleId.REPLACEMENT_VETO, state, command, "fills a vacancy"));
      findings = withFinding(findings, openVacancy(state, fill.vacancy()));
      if (!state.staffing().isCandidate(fill.engineer())) {
        findings = withFinding(findings, DmzRuleId.REPLACEMENT_VETO.error(Subject.engineer(fill.engineer()),
            "A vacancy is filled only with a named candidate from the pool; " + fill.engineer()
                + " is not in it.",
            "Fill the vacancy with a candidate from the pool, or close it."));
      }
      findings = withFinding(findings, inPeriod(state, command, "Filling a vacancy"));
    } else if (command instanceof CloseVacancy close) {
      findings = withFinding(findings, onlyLead(DmzRuleId.REPLACEMENT_VETO, state, command, "closes a vacancy"));
      findings = withFinding(findings, openVacancy(state, close.vacancy()));
      findings = withFinding(findings, inPeriod(state, command, "Closing a vacancy"));
    }
    return findings;
  }

  private static String name(ProgramState state, SubstituteEngineer attempt) {
    return state.staffing().known(attempt.outgoing()).map(NamedEngineer::name).orElse(attempt.outgoing().value());
  }

  private static List<Finding> departure(ProgramState state, RecordDeparture command) {
    List<Finding> findings = List.of();
    Optional<NamedEngineer> engineer = state.staffing().isActive(command.engineer())
        ? state.staffing().known(command.engineer()) : Optional.empty();
    if (engineer.isEmpty()) {
      findings = withFinding(findings, DmzRuleId.REPLACEMENT_VETO.error(Subject.engineer(command.engineer()),
          command.engineer() + " is not on the program, so cannot leave it.",
          "Record departures of engineers on the program only."));
    } else if (!state.isLead(command.actor()) && !command.actor().is(engineer.orElseThrow().employer())) {
      findings = withFinding(findings, DmzRuleId.REPLACEMENT_VETO.error(CommandChecks.actor(command),
          "Only the lead or the engineer's employer records a departure; " + command.actor()
              + " is neither.",
          "Have the lead or " + engineer.orElseThrow().employer() + " record it."));
    }
    return withFinding(findings, inPeriod(state, command, "A departure"));
  }

  private static Optional<Finding> inPeriod(ProgramState state, Command command, String what) {
    return CommandChecks.within(Window.PROGRAM_PERIOD, DmzRuleId.REPLACEMENT_VETO, state, command, what);
  }

  private static Optional<Finding> openVacancy(ProgramState state, VacancyId id) {
    Optional<Vacancy> vacancy = state.staffing().vacancy(id);
    if (vacancy.isEmpty()) {
      return Optional.of(DmzRuleId.REPLACEMENT_VETO.error(Subject.of(SubjectKind.VACANCY, id.value()),
          "There is no vacancy " + id + ".", "Name a vacancy a departure left open."));
    } else if (!vacancy.orElseThrow().isOpen()) {
      return Optional.of(DmzRuleId.REPLACEMENT_VETO.error(Subject.of(SubjectKind.VACANCY, id.value()),
          "Vacancy " + id + " was already " + (vacancy.orElseThrow().filledBy().isPresent() ? "filled" : "closed")
              + " on " + vacancy.orElseThrow().resolvedOn().orElseThrow() + ".",
          "Fill or close an open vacancy."));
    }
    return Optional.empty();
  }
}
