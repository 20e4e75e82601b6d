package dev.dmz.rules.staffing;

import dev.dmz.core.staffing.StaffingLine;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A parent proposes a staffing line for the candidate pool ({@code DMZ-NAMED-ENTRY},
 * {@code DMZ-LEAD-ADMITS}): only its own employee, and only an identified person.
 *
 * <pre>{@code
 * Nominate.of(Actor.parent(voltaic), jonas, LocalDate.of(2027, 2, 3))
 * }</pre>
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class Nominate implements StaffingCommand, WithNominate {
  Nominate() {}

  @Override
  @Value.Parameter
  public abstract Actor actor();

  /**
   * Who is nominated, as the offer wrote it.
   *
   * @return who is nominated, as the offer wrote it
   */
  @Value.Parameter
  public abstract StaffingLine line();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The command.
   *
   * @param actor who asks
   * @param line who is nominated, as the offer wrote it
   * @param date the effective date
   * @return the command
   */
  public static Nominate of(Actor actor, StaffingLine line, LocalDate date) {
    return ImmutableNominate.of(actor, line, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("Nominate.date", date());
  }
}
