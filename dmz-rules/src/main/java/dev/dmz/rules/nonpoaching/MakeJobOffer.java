package dev.dmz.rules.nonpoaching;

import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A parent makes a job offer to an engineer; refused for another parent's named engineer during
 * the program and its cooling-off period ({@code DMZ-NON-POACHING-OFFER}).
 *
 * <pre>{@code
 * MakeJobOffer.of(Actor.parent(nordwerk), EngineerId.of("VS-1042"), day)
 * }</pre>
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class MakeJobOffer implements NonPoachingCommand, WithMakeJobOffer {
  MakeJobOffer() {}

  @Override
  @Value.Parameter
  public abstract Actor actor();

  /**
   * The engineer who would receive the offer.
   *
   * @return the engineer who would receive the offer
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
   * @param engineer the engineer who would receive the offer
   * @param date the effective date
   * @return the command
   */
  public static MakeJobOffer of(Actor actor, EngineerId engineer, LocalDate date) {
    return ImmutableMakeJobOffer.of(actor, engineer, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("MakeJobOffer.date", date());
  }
}
