package dev.dmz.rules.staffing;

import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.StaffingLine;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A parent's attempt to swap one of its named engineers for someone else by itself. It is
 * always refused ({@code DMZ-REPLACEMENT-VETO}: only the lead fills a seat, after a departure), and the
 * attempt alone cancels a premium rate tied to the outgoing engineer from that day ({@code
 * DMZ-PREMIUM-CONDITIONAL}).
 *
 * <pre>{@code
 * SubstituteEngineer.of(Actor.parent(voltaic), EngineerId.of("VS-1042"), juniorLine, day)
 * }</pre>
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class SubstituteEngineer implements StaffingCommand, WithSubstituteEngineer {
  SubstituteEngineer() {}

  @Override
  @Value.Parameter
  public abstract Actor actor();

  /**
   * The named engineer the parent wants to take out.
   *
   * @return the named engineer the parent wants to take out
   */
  @Value.Parameter
  public abstract EngineerId outgoing();

  /**
   * Who the parent wants to put in.
   *
   * @return who the parent wants to put in
   */
  @Value.Parameter
  public abstract StaffingLine incoming();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The command.
   *
   * @param actor who asks
   * @param outgoing the named engineer the parent wants to take out
   * @param incoming who the parent wants to put in
   * @param date the effective date
   * @return the command
   */
  public static SubstituteEngineer of(Actor actor, EngineerId outgoing, StaffingLine incoming, LocalDate date) {
    return ImmutableSubstituteEngineer.of(actor, outgoing, incoming, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("SubstituteEngineer.date", date());
  }
}
