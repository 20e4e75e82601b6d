package dev.dmz.rules.staffing;

import static dev.dmz.rules.program.CommandChecks.onlyLead;
import static dev.dmz.rules.program.CommandChecks.withinPeriod;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.core.staffing.StaffingLine;
import dev.dmz.rules.DmzRule;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.program.Admit;
import dev.dmz.rules.program.Command;
import dev.dmz.rules.program.CommandChecks;
import dev.dmz.rules.program.CommandRule;
import dev.dmz.rules.program.FillVacancy;
import dev.dmz.rules.program.Nominate;
import dev.dmz.rules.program.ProgramState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code DMZ-LEAD-ADMITS}: only the lead admits, and only candidates from the pool; a parent can only
 * nominate its own employees.
 *
 * <p>Choices where DOMAIN.md is silent, each a finding of this rule:
 * <ul>
 *   <li>a nomination after the program's last day is refused; one before its first day is fine (the
 *       pool forms before the program starts);</li>
 *   <li>an admission must fall within the program period, first and last day included;</li>
 *   <li>the same person twice: nominating someone already in the pool or on the program is refused;
 *       an engineer who left may be nominated again and come back;</li>
 *   <li>an engineer id is the person's identity in the program: a nomination that gives a known id
 *       another employer is refused.</li>
 * </ul>
 */
public final class LeadAdmitsRule implements CommandRule {
  /** The rule. */
  public static final CommandRule RULE = new LeadAdmitsRule();

  private LeadAdmitsRule() {}

  @Override
  public RuleId id() {
    return DmzRule.LEAD_ADMITS.id();
  }

  @Override
  public Set<Class<? extends Command>> governs() {
    return Set.of(Nominate.class, Admit.class, FillVacancy.class);
  }

  @Override
  public List<Finding> check(ProgramState state, Command command) {
    if (!(command instanceof Nominate || command instanceof Admit || command instanceof FillVacancy)) {
      return List.of(); // not this rule's command: nothing to allocate
    }
    List<Finding> findings = new ArrayList<>();
    if (command instanceof Nominate) {
      nomination(state, (Nominate) command, findings);
    } else if (command instanceof Admit) {
      onlyLead(DmzRule.LEAD_ADMITS, state, command, "admits engineers").ifPresent(findings::add);
      fromPool(state, ((Admit) command).engineer(), findings);
      withinPeriod(DmzRule.LEAD_ADMITS, state, command, "An admission").ifPresent(findings::add);
    } else if (command instanceof FillVacancy) {
      fromPool(state, ((FillVacancy) command).engineer(), findings);
      withinPeriod(DmzRule.LEAD_ADMITS, state, command, "Filling a vacancy").ifPresent(findings::add);
    }
    return findings;
  }

  private static void nomination(ProgramState state, Nominate command, List<Finding> findings) {
    StaffingLine line = command.line();
    Optional<PartyId> parent = state.parentOf(command.actor());
    if (parent.isEmpty()) {
      CommandChecks.onlyParent(DmzRule.LEAD_ADMITS, state, command, "nominates candidates")
          .ifPresent(findings::add);
    } else if (!parent.orElseThrow().equals(line.employer())) {
      findings.add(DmzRule.LEAD_ADMITS.error(CommandChecks.actor(command),
          parent.orElseThrow() + " nominates " + line.label() + ", an employee of " + line.employer()
              + "; a parent nominates only its own employees.",
          "Let " + line.employer() + " nominate its own employee."));
    }
    if (command.date().isAfter(state.charter().period().end())) {
      findings.add(DmzRule.LEAD_ADMITS.error(Subject.charter(state.charter().name()),
          "A nomination on " + command.date() + " comes after the program ended on "
              + state.charter().period().end() + ".",
          "Nominate while the program runs."));
    }
    if (line instanceof NamedEngineer) {
      NamedEngineer engineer = (NamedEngineer) line;
      Subject subject = Subject.engineer(engineer.id());
      if (state.candidates().containsKey(engineer.id())) {
        findings.add(DmzRule.LEAD_ADMITS.error(subject,
            engineer.name() + " (" + engineer.id() + ") is already in the candidate pool.",
            "Nominate each person once."));
      } else if (state.isActive(engineer.id())) {
        findings.add(DmzRule.LEAD_ADMITS.error(subject,
            engineer.name() + " (" + engineer.id() + ") is already on the program.",
            "Nominate each person once; an engineer who left may be nominated again."));
      }
      state.engineers().get(engineer.id()).filter(known -> !known.employer().equals(engineer.employer()))
          .forEach(known -> findings.add(DmzRule.LEAD_ADMITS.error(subject,
              "The engineer id " + engineer.id() + " belongs to " + known.name() + " of " + known.employer()
                  + ", not to an employee of " + engineer.employer() + ".",
              "Give every engineer an id of their own, for example prefixed with the employer.")));
    }
  }

  private static void fromPool(ProgramState state, EngineerId engineer, List<Finding> findings) {
    if (state.isActive(engineer)) {
      findings.add(DmzRule.LEAD_ADMITS.error(Subject.engineer(engineer),
          engineer + " is already on the program.", "Admit each engineer once."));
    } else if (!state.candidates().containsKey(engineer)) {
      findings.add(DmzRule.LEAD_ADMITS.error(Subject.engineer(engineer),
          engineer + " is not in the candidate pool.",
          "Have the engineer's employer nominate them first."));
    }
  }
}
