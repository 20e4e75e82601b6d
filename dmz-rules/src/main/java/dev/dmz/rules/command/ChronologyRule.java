package dev.dmz.rules.command;

import dev.dmz.rules.Command;
import dev.dmz.rules.CommandRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code DMZ-CHRONOLOGY}, the library's own rule: a program's history runs forward. A command dated
 * before the program's latest event is refused; one dated on the same day is fine. This keeps every
 * engineer's tenures, the pool's balance and the premium days in date order.
 */
public final class ChronologyRule implements CommandRule {
  /** The rule. */
  public static final CommandRule RULE = new ChronologyRule();

  private ChronologyRule() {}

  @Override
  public RuleId id() {
    return DmzRuleId.CHRONOLOGY.id();
  }

  @Override
  public List<Finding> check(ProgramState state, Command command) {
    if (!state.isBeforeLastDate(command.date())) {
      return List.of();
    }
    LocalDate last = state.lastDate().orElseThrow();
    return List.of(DmzRuleId.CHRONOLOGY.error(Subject.charter(state.charter().name()),
        "The command is dated " + command.date() + ", before the program's latest event on " + last + ".",
        "Date it on or after " + last + "."));
  }
}
