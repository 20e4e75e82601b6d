package dev.dmz.rules;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.charter.CharterParentsRule;
import dev.dmz.rules.charter.LeadMandateRule;
import dev.dmz.rules.charter.LeadNeutralRule;
import dev.dmz.rules.charter.NormsRule;
import dev.dmz.rules.command.ChronologyRule;
import dev.dmz.rules.command.KnownCommandRule;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.Readiness;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: the rules a program is held to. {@link #standard()} holds every built-in rule of
 * the catalogue (docs/rules.md); an embedding system adds its own with {@link #withCharterRule(CharterRule)}. A rule book
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
  /** The walls, in the order their rules are checked. */
  private static final List<Slice> SLICES = Slice.all();

  private static final RuleBook STANDARD = new RuleBook(
      Stream.concat(Stream.of(CharterParentsRule.RULE, LeadNeutralRule.RULE, LeadMandateRule.RULE, NormsRule.RULE),
          SLICES.stream().flatMap(slice -> slice.charterRules().stream())).toList(),
      Stream.concat(Stream.of(KnownCommandRule.over(SLICES.stream().<Class<? extends Command>>map(Slice::commands)
              .toList()), ChronologyRule.RULE),
          SLICES.stream().flatMap(slice -> slice.commandRules().stream())).toList());

  private final List<CharterRule> charterRules;
  private final List<CommandRule> commandRules;

  /** For each built-in kind of command, its wall and the rules that govern it, in the book's order. */
  private final Map<Class<?>, Route> routes;

  /** Where a built-in kind of command goes: its wall, and the rules that decide on it. */
  private record Route(Slice slice, List<CommandRule> rules) {}

  /**
   * Each built-in kind of event's wall. Found by the event's class, as a kind of command's route is:
   * asking each wall's sealed interface in turn ({@code isInstance}) costs more than a map, since the
   * JVM remembers one interface a class was last checked against.
   */
  private static final Map<Class<?>, Slice> EVENT_SLICES = eventSlices();

  private RuleBook(List<CharterRule> charterRules, List<CommandRule> commandRules) {
    this.charterRules = List.copyOf(charterRules);
    this.commandRules = List.copyOf(commandRules);
    Map<Class<?>, Route> byCommand = new HashMap<>();
    for (Slice slice : SLICES) {
      for (Class<?> type : slice.commands().getPermittedSubclasses()) {
        // DMZ-KNOWN-COMMAND lets every built-in kind through: it is asked about the other kinds only
        byCommand.put(type, new Route(slice, this.commandRules.stream()
            .filter(rule -> !(rule instanceof KnownCommandRule))
            .filter(rule -> rule.governs().isEmpty()
                || rule.governs().stream().anyMatch(governed -> governed.isAssignableFrom(type))).toList()));
      }
    }
    this.routes = Map.copyOf(byCommand);
  }

  private static Map<Class<?>, Slice> eventSlices() {
    Map<Class<?>, Slice> byEvent = new HashMap<>();
    for (Slice slice : SLICES) {
      for (Class<?> type : slice.events().getPermittedSubclasses()) {
        byEvent.put(type, slice);
      }
    }
    return Map.copyOf(byEvent);
  }

  /**
   * The route of a command of a built-in kind (a record, so its class is the kind), or null for a
   * command of another kind: every rule decides on it (and {@code DMZ-KNOWN-COMMAND} refuses it).
   */
  private Route routeOf(Command command) {
    return routes.get(command.getClass());
  }

  /** The wall an event belongs to; empty for a refusal or an event no wall owns. */
  static Optional<Slice> sliceOf(Event event) {
    return Optional.ofNullable(EVENT_SLICES.get(event.getClass()));
  }


  /**
   * Every built-in rule of the catalogue, docs/rules.md.
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
    Route route = routeOf(command);
    List<Finding> findings = List.of(); // most commands are accepted without a finding: no list for them
    for (CommandRule rule : route == null ? commandRules : route.rules()) {
      List<Finding> found = rule.check(state, command);
      if (!found.isEmpty()) { // most rules find nothing, and an empty addAll still copies an array
        if (findings.isEmpty()) {
          findings = new ArrayList<>(found);
        } else {
          findings.addAll(found);
        }
      }
    }
    // Every command is decided through here: a loop, not a stream, and no Optional on the way.
    Decision decision = Decision.decided(command,
        route == null || Decision.hasError(findings) ? List.of() : route.slice().effects(state, command), findings);
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} by {} on {}: {} {}", command.getClass().getSimpleName(), command.actor(),
          command.date(), decision.isAccepted() ? "accepted" : "refused", decision.ruleIds());
    }
    return decision;
  }

  /**
   * The events a decision adds to the program's history: an accepted command's events, or its {@link
   * CommandRefused} followed by what the refusal sets in motion in any wall (see {@link
   * Slice#afterRefusal}: a refused substitution attempt by the engineer's employer is followed by a
   * {@code PremiumCancelled}). {@link Program#apply} records these; a system that folds a record into a
   * state without a {@link Program} evolves the state by them, in order.
   *
   * @param state the state the decision was taken on
   * @param decision a decision this rule book took on that state
   * @return the events, in order
   */
  public List<Event> recorded(ProgramState state, Decision decision) {
    Objects.requireNonNull(state, "state is null");
    Objects.requireNonNull(decision, "decision is null");
    if (decision.isAccepted()) {
      return decision.events();
    }
    List<Event> events = new ArrayList<>();
    events.add(CommandRefused.of(decision.command(), decision.findings(), decision.command().date()));
    for (Slice slice : SLICES) {
      events.addAll(slice.afterRefusal(state, decision));
    }
    return events;
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
