package dev.dmz.rules.staffing;

import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The lead admits a candidate from the pool onto the program ({@code DMZ-LEAD-ADMITS},
 * {@code DMZ-WALLS-BEFORE-ENTRY}).
 *
 * <pre>{@code
 * Admit.of(Actor.lead(lead.id()), EngineerId.of("VS-1042"), LocalDate.of(2027, 2, 1))
 * }</pre>
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class Admit implements StaffingCommand, WithAdmit {
  Admit() {}

  @Override
  @Value.Parameter
  public abstract Actor actor();

  /**
   * The candidate to admit.
   *
   * @return the candidate to admit
   */
  @Value.Parameter
  public abstract EngineerId engineer();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The command.
   *
   * @param actor who asks
   * @param engineer the candidate to admit
   * @param date the effective date
   * @return the command
   */
  public static Admit of(Actor actor, EngineerId engineer, LocalDate date) {
    return ImmutableAdmit.of(actor, engineer, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("Admit.date", date());
  }
}
