package dev.dmz.rules;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.charter.CharterParentsRule;
import dev.dmz.rules.charter.LeadMandateRule;
import dev.dmz.rules.charter.LeadNeutralRule;
import dev.dmz.rules.charter.NormsRule;
import dev.dmz.rules.commercial.CommercialOutcomeRule;
import dev.dmz.rules.commercial.MilestonePaymentRule;
import dev.dmz.rules.commercial.PremiumBasisRule;
import dev.dmz.rules.commercial.RebaselineRule;
import dev.dmz.rules.commercial.RebaselineTriggersRule;
import dev.dmz.rules.commercial.RiskPoolDrawRule;
import dev.dmz.rules.commercial.RiskPoolRule;
import dev.dmz.rules.decision.CharterRule;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.Readiness;
import dev.dmz.rules.ip.IpAttributionRule;
import dev.dmz.rules.ip.IpFrameworkRule;
import dev.dmz.rules.ip.IpFrozenRule;
import dev.dmz.rules.nonpoaching.NonPoachingOfferRule;
import dev.dmz.rules.nonpoaching.NonPoachingRule;
import dev.dmz.rules.program.AcceptMilestone;
import dev.dmz.rules.program.Admit;
import dev.dmz.rules.program.AmendIpFramework;
import dev.dmz.rules.program.ChronologyRule;
import dev.dmz.rules.program.CloseVacancy;
import dev.dmz.rules.program.Command;
import dev.dmz.rules.program.CommandRule;
import dev.dmz.rules.program.ContributeToPool;
import dev.dmz.rules.program.Decision;
import dev.dmz.rules.program.DrawOnPool;
import dev.dmz.rules.program.Event;
import dev.dmz.rules.program.Evolution;
import dev.dmz.rules.program.FillVacancy;
import dev.dmz.rules.program.MakeJobOffer;
import dev.dmz.rules.program.Nominate;
import dev.dmz.rules.program.ProgramState;
import dev.dmz.rules.program.RecordDeparture;
import dev.dmz.rules.program.RecordForegroundIp;
import dev.dmz.rules.program.RecordScopeChange;
import dev.dmz.rules.program.SignNewBaseline;
import dev.dmz.rules.program.SubstituteEngineer;
import dev.dmz.rules.staffing.LeadAdmitsRule;
import dev.dmz.rules.staffing.NamedEntryRule;
import dev.dmz.rules.staffing.ReplacementVetoRule;
import dev.dmz.rules.staffing.WallsBeforeEntryRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: the rules a program is held to. {@link #standard()} holds every built-in rule of
 * DOMAIN.md; an embedding system adds its own with {@link #withCharterRule(CharterRule)}. A rule book
 * is immutable and thread-safe: share one instance.
 *
 * <pre>{@code
 * Readiness readiness = RuleBook.standard().check(charter);
 * if (!readiness.isReady()) {
 *   readiness.findings().forEach(f -> System.out.println(f));
 * }
 * }</pre>
 */
public final class RuleBook {
  private static final Logger LOG = LoggerFactory.getLogger(RuleBook.class);
  /** The built-in commands, by which the rule book files its command rules. */
  private static final List<Class<? extends Command>> COMMANDS = List.of(Nominate.class, Admit.class,
      RecordDeparture.class, FillVacancy.class, CloseVacancy.class, SubstituteEngineer.class,
      AcceptMilestone.class, RecordScopeChange.class, SignNewBaseline.class, ContributeToPool.class,
      DrawOnPool.class, RecordForegroundIp.class, AmendIpFramework.class, MakeJobOffer.class);

  private static final RuleBook STANDARD = new RuleBook(List.of(
      CharterParentsRule.RULE,
      LeadNeutralRule.RULE,
      LeadMandateRule.RULE,
      NormsRule.RULE,
      IpFrameworkRule.RULE,
      CommercialOutcomeRule.RULE,
      PremiumBasisRule.RULE,
      RebaselineTriggersRule.RULE,
      RiskPoolRule.RULE,
      NonPoachingRule.RULE), List.of(
      ChronologyRule.RULE,
      WallsBeforeEntryRule.RULE,
      NamedEntryRule.RULE,
      LeadAdmitsRule.RULE,
      ReplacementVetoRule.RULE,
      IpAttributionRule.RULE,
      IpFrozenRule.RULE,
      MilestonePaymentRule.RULE,
      RebaselineRule.RULE,
      RiskPoolDrawRule.RULE,
      NonPoachingOfferRule.RULE));

  private final List<CharterRule> charterRules;
  private final List<CommandRule> commandRules;

  /** For each built-in command, the rules that govern it, in the book's order. */
  private final Map<Class<?>, List<CommandRule>> rulesByCommand;

  private RuleBook(List<CharterRule> charterRules, List<CommandRule> commandRules) {
    this.charterRules = List.copyOf(charterRules);
    this.commandRules = List.copyOf(commandRules);
    Map<Class<?>, List<CommandRule>> byCommand = new HashMap<>();
    for (Class<? extends Command> type : COMMANDS) {
      byCommand.put(type, this.commandRules.stream().filter(rule -> rule.governs().isEmpty()
          || rule.governs().stream().anyMatch(governed -> governed.isAssignableFrom(type))).toList());
    }
    this.rulesByCommand = Map.copyOf(byCommand);
  }

  /**
   * The rules that govern a command: those filed under its built-in type (found through its class's
   * superclasses), or every rule for a command of another type.
   */
  private List<CommandRule> rulesFor(Command command) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      List<CommandRule> rules = rulesByCommand.get(type);
      if (rules != null) {
        return rules;
      }
    }
    return commandRules;
  }

  /**
   * Every built-in rule of DOMAIN.md.
   *
   * @return the standard rule book
   */
  public static RuleBook standard() {
    return STANDARD;
  }

  /**
   * This rule book with one more readiness rule, checked after the others.
   *
   * @param rule the rule
   * @return a new rule book; this one is unchanged
   */
  public RuleBook withCharterRule(CharterRule rule) {
    Objects.requireNonNull(rule, "rule is null");
    List<CharterRule> rules = new ArrayList<>(charterRules);
    rules.add(rule);
    return new RuleBook(rules, commandRules);
  }

  /**
   * This rule book with one more command rule, checked after the others. Its findings refuse a
   * command exactly as a built-in rule's do.
   *
   * @param rule the rule
   * @return a new rule book; this one is unchanged
   */
  public RuleBook withCommandRule(CommandRule rule) {
    Objects.requireNonNull(rule, "rule is null");
    List<CommandRule> rules = new ArrayList<>(commandRules);
    rules.add(rule);
    return new RuleBook(charterRules, rules);
  }

  /**
   * The command rules, in the order they are checked.
   *
   * @return the rules
   */
  public List<CommandRule> commandRules() {
    return commandRules;
  }

  /**
   * Evolves a state by one event: the pure counterpart of {@link #decide(ProgramState, Command)}.
   *
   * @param state the program's state
   * @param event an event a program under this rule book produced
   * @return the state after the event
   * @throws IllegalArgumentException if the event does not apply to the state
   */
  public ProgramState evolve(ProgramState state, Event event) {
    Objects.requireNonNull(state, "state is null");
    Objects.requireNonNull(event, "event is null");
    return Evolution.apply(state, event, this);
  }

  /**
   * Decides on a command: every command rule is checked and every finding reported; the command is
   * refused when any finding is an error, and otherwise accepted with the events it produces.
   *
   * @param state the program's state
   * @param command the command
   * @return the decision
   */
  public Decision decide(ProgramState state, Command command) {
    Objects.requireNonNull(state, "state is null");
    Objects.requireNonNull(command, "command is null");
    List<Finding> findings = new ArrayList<>();
    for (CommandRule rule : rulesFor(command)) {
      List<Finding> found = rule.check(state, command);
      if (!found.isEmpty()) { // most rules find nothing, and an empty addAll still copies an array
        findings.addAll(found);
      }
    }
    Decision decision = Decision.of(state, command, findings);
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} by {} on {}: {} {}", command.getClass().getSimpleName(), command.actor(),
          command.date(), decision.isAccepted() ? "accepted" : "refused", decision.ruleIds());
    }
    return decision;
  }

  /**
   * The readiness rules, in the order they are checked.
   *
   * @return the rules
   */
  public List<CharterRule> charterRules() {
    return charterRules;
  }

  /**
   * Is this charter ready, and if not, what is missing? Every readiness rule is checked and every
   * finding reported.
   *
   * @param charter the charter
   * @return the readiness, with every finding
   */
  public Readiness check(ProgramCharter charter) {
    Objects.requireNonNull(charter, "charter is null");
    List<Finding> findings = new ArrayList<>();
    for (CharterRule rule : charterRules) {
      findings.addAll(rule.check(charter));
    }
    Readiness readiness = Readiness.of(findings);
    if (LOG.isDebugEnabled()) {
      LOG.debug("readiness of '{}': {} finding(s) from {}", charter.name(), findings.size(),
          readiness.ruleIds().stream().map(Object::toString).collect(Collectors.joining(", ", "[", "]")));
    }
    return readiness;
  }
}
