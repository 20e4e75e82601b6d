package dev.dmz.rules.staffing;

import dev.dmz.rules.DmzRule;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.program.Admit;
import dev.dmz.rules.program.Command;
import dev.dmz.rules.program.CommandRule;
import dev.dmz.rules.program.FillVacancy;
import dev.dmz.rules.program.ProgramState;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code DMZ-WALLS-BEFORE-ENTRY}: no engineer enters (by admission or by filling a vacancy) before
 * the charter is ready under the program's rule book, custom readiness rules included.
 */
public final class WallsBeforeEntryRule implements CommandRule {
  /** The rule. */
  public static final CommandRule RULE = new WallsBeforeEntryRule();

  private WallsBeforeEntryRule() {}

  @Override
  public RuleId id() {
    return DmzRule.WALLS_BEFORE_ENTRY.id();
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
    return List.of(DmzRule.WALLS_BEFORE_ENTRY.error(Subject.charter(state.charter().name()),
        "Nobody enters before the walls stand: the charter has " + errors + " readiness finding(s) under "
            + state.readiness().findings().stream().filter(Finding::isError).map(f -> f.ruleId().value())
                .distinct().collect(Collectors.joining(", ")) + ".",
        "Resolve every readiness finding of the charter first."));
  }
}
