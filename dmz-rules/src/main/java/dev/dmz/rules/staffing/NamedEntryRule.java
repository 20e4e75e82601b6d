package dev.dmz.rules.staffing;

import dev.dmz.core.staffing.StaffingLine;
import dev.dmz.rules.DmzRule;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.decision.SubjectKind;
import dev.dmz.rules.program.Command;
import dev.dmz.rules.program.CommandRule;
import dev.dmz.rules.program.Nominate;
import dev.dmz.rules.program.ProgramState;
import dev.dmz.rules.program.SubstituteEngineer;
import java.util.List;
import java.util.Optional;

/**
 * {@code DMZ-NAMED-ENTRY}: only identified persons enter. A nomination of a placeholder or headcount
 * line is refused with that line's own reason (see {@link Identification}); so is the incoming line of
 * a substitution attempt. Admission draws only from the pool, which holds named people only.
 */
public final class NamedEntryRule implements CommandRule {
  /** The rule. */
  public static final CommandRule RULE = new NamedEntryRule();

  private NamedEntryRule() {}

  @Override
  public RuleId id() {
    return DmzRule.NAMED_ENTRY.id();
  }

  @Override
  public List<Finding> check(ProgramState state, Command command) {
    Optional<StaffingLine> line = command instanceof Nominate ? Optional.of(((Nominate) command).line())
        : command instanceof SubstituteEngineer ? Optional.of(((SubstituteEngineer) command).incoming())
        : Optional.empty();
    return line.flatMap(l -> Identification.problemWith(l).map(problem ->
            DmzRule.NAMED_ENTRY.error(Subject.of(SubjectKind.ENGINEER, l.label()),
                "Only identified persons enter the DMZ: " + problem + ".",
                "Nominate one named person, by HR id and real name, per line.")))
        .map(List::of).orElse(List.of());
  }
}
