package dev.dmz.rules;

import dev.dmz.rules.commercial.CommercialSlice;
import dev.dmz.rules.ip.IpSlice;
import dev.dmz.rules.nonpoaching.NonPoachingSlice;
import dev.dmz.rules.staffing.StaffingSlice;
import java.util.List;

/**
 * One wall of a program, whole: the commands it owns, the rules that govern them, what an accepted
 * command produces and how its events change the program's state. The program composes four: {@link
 * StaffingSlice}, {@link IpSlice}, {@link CommercialSlice} and {@link NonPoachingSlice}, each in its
 * wall's package with that wall's commands, events, rules and state (non-poaching keeps none), so that
 * a command's way from {@link Program#apply(Command)} to its events stays in its wall's package and
 * this one.
 *
 * <p>Sealed: the walls of a program are these; an embedding system adds rules ({@link
 * RuleBook#withCommandRule(CommandRule)}), not walls.
 */
public abstract sealed class Slice permits StaffingSlice, IpSlice, CommercialSlice, NonPoachingSlice {
  private final Class<? extends Command> commands;
  private final Class<? extends Event> events;
  private final List<CharterRule> charterRules;
  private final List<CommandRule> commandRules;

  /**
   * A wall: what it owns and the rules that govern it.
   *
   * @param commands the sealed interface of the wall's commands
   * @param events the sealed interface of the wall's events
   * @param charterRules the wall's readiness rules, in the order they are checked
   * @param commandRules the rules that decide on the wall's commands, in the order they are checked
   */
  protected Slice(Class<? extends Command> commands, Class<? extends Event> events, List<CharterRule> charterRules,
      List<CommandRule> commandRules) {
    this.commands = commands;
    this.events = events;
    this.charterRules = List.copyOf(charterRules);
    this.commandRules = List.copyOf(commandRules);
  }

  /**
   * The four walls, in the order their rules are checked.
   *
   * @return staffing, IP, commercial, non-poaching
   */
  public static List<Slice> all() {
    return List.of(StaffingSlice.SLICE, IpSlice.SLICE, CommercialSlice.SLICE, NonPoachingSlice.SLICE);
  }

  /**
   * The wall's commands: a sealed interface that every command of the wall implements.
   *
   * @return the type of the wall's commands
   */
  public final Class<? extends Command> commands() {
    return commands;
  }

  /**
   * The wall's events: a sealed interface that every event of the wall implements.
   *
   * @return the type of the wall's events
   */
  public final Class<? extends Event> events() {
    return events;
  }

  /**
   * The readiness rules of the wall's part of the charter, in the order they are checked.
   *
   * @return the rules
   */
  public final List<CharterRule> charterRules() {
    return charterRules;
  }

  /**
   * The rules that decide on the wall's commands, in the order they are checked.
   *
   * @return the rules
   */
  public final List<CommandRule> commandRules() {
    return commandRules;
  }

  /**
   * What an accepted command of the wall produces. The rule book calls it only once every rule has let
   * the command through, so the ids the command names exist; for a command the rules refuse, the result
   * is not defined (use {@link RuleBook#decide}, not this, to decide on a command).
   *
   * @param state the state the command applies to
   * @param command a command of {@link #commands()}
   * @return its events, in order
   * @throws IllegalArgumentException for a command of another wall
   */
  public abstract List<Event> effects(ProgramState state, Command command);

  /**
   * The wall's part of evolving a state by one of its events: only the wall's own part changes (and the
   * charter, for an amended IP framework). {@link RuleBook#evolve} does the rest: it moves the latest
   * date and checks an amended charter's readiness again; use it, not this, to evolve a state.
   *
   * @param state the state before
   * @param event an event of {@link #events()}
   * @return the state after
   * @throws IllegalArgumentException for an event of another wall
   */
  public abstract ProgramState evolve(ProgramState state, Event event);

  /**
   * What a refusal sets in motion in this wall, beside the refusal itself: for instance a refused
   * substitution attempt by the engineer's employer cancels the engineer's premium rate. Decided here,
   * when the command is refused, so that the events' fold has no rule in it.
   *
   * @param state the state the refused command was decided on
   * @param refused the refusal
   * @return the events that follow the refusal; none for most refusals
   */
  public List<Event> afterRefusal(ProgramState state, Decision refused) {
    return List.of();
  }
}
