package dev.dmz.rules;

import static dev.dmz.rules.Cast.LEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.rules.command.KnownCommandRule;
import dev.dmz.rules.commercial.CommercialCommand;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.ip.IpCommand;
import dev.dmz.rules.nonpoaching.NonPoachingCommand;
import dev.dmz.rules.staffing.StaffingCommand;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DMZ-KNOWN-COMMAND: the walls' commands are known, by their class or by their kind")
class KnownCommandRuleTest {
  private static final LocalDate DAY = LocalDate.of(2027, 3, 1);
  private static final ProgramState STATE = Program.start(ReadyCharter.charter()).state();

  /** A kind an embedding system declares without sealing it, with a command of it and of a subtype. */
  interface OpenKind extends Command {}

  record Rename(Actor actor, LocalDate date) implements OpenKind {}

  interface Subkind extends OpenKind {}

  record Relabel(Actor actor, LocalDate date) implements Subkind {}

  /** A sealed kind that permits a kind that is not sealed. */
  sealed interface SealedKind extends Command permits Archive, LooseKind {}

  record Archive(Actor actor, LocalDate date) implements SealedKind {}

  non-sealed interface LooseKind extends SealedKind {}

  record Restore(Actor actor, LocalDate date) implements LooseKind {}

  record Stray(Actor actor, LocalDate date) implements Command {}

  @Test
  @DisplayName("each of the fourteen commands of the four walls is known")
  void everyWallCommand() {
    CommandRule rule = KnownCommandRule.over(List.of(StaffingCommand.class, CommercialCommand.class,
        IpCommand.class, NonPoachingCommand.class));
    Map<String, List<?>> findings = new TreeMap<>();
    CommandValuesTest.COMMANDS.forEach((kind, command) -> findings.put(kind, rule.check(STATE, command.apply(DAY))));
    assertEquals(14, findings.size());
    findings.values().removeIf(List::isEmpty);
    assertEquals(Map.of(), findings, "wall commands refused as unknown");
  }

  @Test
  @DisplayName("a kind that is not sealed knows its commands and its subkinds' commands")
  void openKind() {
    CommandRule rule = KnownCommandRule.over(List.of(OpenKind.class));
    assertEquals(List.of(), rule.check(STATE, new Rename(LEAD, DAY)));
    assertEquals(List.of(), rule.check(STATE, new Relabel(LEAD, DAY)));
    assertEquals(List.of(DmzRuleId.KNOWN_COMMAND.id()), ruleIds(rule.check(STATE, new Stray(LEAD, DAY))));
  }

  @Test
  @DisplayName("a sealed kind knows the commands it permits, and those of a kind it permits that is not sealed")
  void sealedKindPermittingAnOpenOne() {
    CommandRule rule = KnownCommandRule.over(List.of(SealedKind.class));
    assertEquals(List.of(), rule.check(STATE, new Archive(LEAD, DAY)));
    assertEquals(List.of(), rule.check(STATE, new Restore(LEAD, DAY)));
    assertEquals(List.of(DmzRuleId.KNOWN_COMMAND.id()), ruleIds(rule.check(STATE, new Rename(LEAD, DAY))));
  }

  private static List<RuleId> ruleIds(List<Finding> findings) {
    return findings.stream().map(Finding::ruleId).toList();
  }
}
