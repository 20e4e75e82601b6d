package dev.dmz.rules;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.decision.Finding;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A command was refused: the record of what was asked and why not. It changes no state. What a refusal
 * sets in motion follows it in the history as events of their own: a refused substitution attempt by
 * the engineer's employer is followed by a {@link
 * dev.dmz.rules.commercial.CommercialEvent.PremiumCancelled} ({@code DMZ-PREMIUM-CONDITIONAL}).
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract class CommandRefused implements Event, WithCommandRefused {
  CommandRefused() {}

  /**
   * The refused command.
   *
   * @return the refused command
   */
  @Value.Parameter
  public abstract Command command();

  /**
   * Every finding, errors first as the rules reported them.
   *
   * @return every finding, errors first as the rules reported them
   */
  @Value.Parameter
  public abstract List<Finding> findings();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The event.
   *
   * @param command the refused command
   * @param findings every finding, errors first as the rules reported them
   * @param date the effective date
   * @return the event
   */
  public static CommandRefused of(Command command, List<Finding> findings, LocalDate date) {
    return ImmutableCommandRefused.of(command, findings, date);
  }

  /**
   * A refusal changes no state, not even the program's latest date.
   *
   * @return false
   */
  @Override
  public boolean movesLatestDate() {
    return false;
  }

  @Value.Check
  protected void check() {
    Require.plannable("CommandRefused.date", date());
  }
}
