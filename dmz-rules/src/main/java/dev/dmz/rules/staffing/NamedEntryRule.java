package dev.dmz.rules.staffing;

import dev.dmz.core.staffing.StaffingLine;
import dev.dmz.rules.Command;
import dev.dmz.rules.CommandRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.decision.SubjectKind;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.SubstituteEngineer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code DMZ-NAMED-ENTRY}: only identified persons enter. A nomination of a placeholder or headcount
 * line is refused with that line's own reason (see {@link Identification}); so is the incoming line of
 * a substitution attempt. Admission draws only from the pool, which holds named people only.
 */
final class NamedEntryRule implements CommandRule {
  /** The rule. */
  static final CommandRule RULE = new NamedEntryRule();

  private NamedEntryRule() {}

  @Override
  public RuleId id() {
    return DmzRuleId.NAMED_ENTRY.id();
  }

  @Override
  public Set<Class<? extends Command>> governs() {
    return Set.of(Nominate.class, SubstituteEngineer.class);
  }

  @Override
  public List<Finding> check(ProgramState state, Command command) {
    StaffingLine line;
    if (command instanceof Nominate) {
      line = ((Nominate) command).line();
    } else if (command instanceof SubstituteEngineer) {
      line = ((SubstituteEngineer) command).incoming();
    } else {
      return List.of();
    }
    Optional<String> problem = Identification.problemWith(line);
    if (problem.isEmpty()) {
      return List.of();
    }
    return List.of(DmzRuleId.NAMED_ENTRY.error(Subject.of(SubjectKind.ENGINEER, line.label()),
        "Only identified persons enter the DMZ: " + problem.orElseThrow() + ".",
        "Nominate one named person, by HR id and real name, per line."));
  }
}
