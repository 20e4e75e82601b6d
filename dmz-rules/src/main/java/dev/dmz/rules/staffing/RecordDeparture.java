package dev.dmz.rules.staffing;

import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A named engineer leaves the program, for any reason; the seat becomes a vacancy that only
 * the lead fills or closes. The lead or the engineer's employer records it. On the departure day the
 * engineer is already gone.
 *
 * <pre>{@code
 * RecordDeparture.of(Actor.parent(voltaic), EngineerId.of("VS-1042"), DepartureReason.ILLNESS, day)
 * }</pre>
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class RecordDeparture implements StaffingCommand, WithRecordDeparture {
  RecordDeparture() {}

  @Override
  @Value.Parameter
  public abstract Actor actor();

  /**
   * The engineer who leaves.
   *
   * @return the engineer who leaves
   */
  @Value.Parameter
  public abstract EngineerId engineer();

  /**
   * Why the engineer leaves.
   *
   * @return why the engineer leaves
   */
  @Value.Parameter
  public abstract DepartureReason reason();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The command.
   *
   * @param actor who asks
   * @param engineer the engineer who leaves
   * @param reason why the engineer leaves
   * @param date the effective date
   * @return the command
   */
  public static RecordDeparture of(Actor actor, EngineerId engineer, DepartureReason reason, LocalDate date) {
    return ImmutableRecordDeparture.of(actor, engineer, reason, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("RecordDeparture.date", date());
  }
}
