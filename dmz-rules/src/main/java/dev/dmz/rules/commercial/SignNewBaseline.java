package dev.dmz.rules.commercial;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A parent signs the new baseline of a re-opened arrangement; when every parent has signed,
 * the arrangement closes again on the current scope ({@code DMZ-REBASELINE}).
 *
 * <pre>{@code
 * SignNewBaseline.of(Actor.parent(nordwerk), day)
 * }</pre>
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class SignNewBaseline implements CommercialCommand, WithSignNewBaseline {
  SignNewBaseline() {}

  @Override
  @Value.Parameter
  public abstract Actor actor();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The command.
   *
   * @param actor who asks
   * @param date the effective date
   * @return the command
   */
  public static SignNewBaseline of(Actor actor, LocalDate date) {
    return ImmutableSignNewBaseline.of(actor, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("SignNewBaseline.date", date());
  }
}
