package dev.dmz.rules.staffing;

import dev.dmz.rules.Command;
import dev.dmz.rules.CommandRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.FillVacancy;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code DMZ-WALLS-BEFORE-ENTRY}: no engineer enters (by admission or by filling a vacancy) before
 * the charter is ready under the program's rule book, custom readiness rules included.
 */
final class WallsBeforeEntryRule implements CommandRule {
  /** The rule. */
  static final CommandRule RULE = new WallsBeforeEntryRule();

  private WallsBeforeEntryRule() {}

  @Override
  public RuleId id() {
    return DmzRuleId.WALLS_BEFORE_ENTRY.id();
  }

  @Override
  public Set<Class<? extends Command>> governs() {
    return Set.of(Admit.class, FillVacancy.class);
  }

  @Override
  public List<Finding> check(ProgramState state, Command command) {
    if (!(command instanceof Admit || command instanceof FillVacancy) || state.readiness().isReady()) {
      return List.of();
    }
    long errors = state.readiness().findings().stream().filter(Finding::isError).count();
    return List.of(DmzRuleId.WALLS_BEFORE_ENTRY.error(Subject.charter(state.charter().name()),
        "Nobody enters before the walls stand: the charter has " + errors + " readiness finding(s) under "
            + state.readiness().findings().stream().filter(Finding::isError).map(f -> f.ruleId().value())
                .distinct().collect(Collectors.joining(", ")) + ".",
        "Resolve every readiness finding of the charter first."));
  }
}
