package dev.dmz.rules.commercial;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Event;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A measure went beyond its threshold: the commercial arrangement is re-opened until every
 * parent signs a new baseline.
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class RebaselineTriggered implements CommercialEvent, WithRebaselineTriggered {
  RebaselineTriggered() {}

  /**
   * Which measure, and about what.
   *
   * @return which measure, and about what
   */
  @Value.Parameter
  public abstract Trigger trigger();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The event.
   *
   * @param trigger which measure, and about what
   * @param date the effective date
   * @return the event
   */
  public static RebaselineTriggered of(Trigger trigger, LocalDate date) {
    return ImmutableRebaselineTriggered.of(trigger, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("RebaselineTriggered.date", date());
  }
}
