package dev.dmz.rules.commercial;

import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The lead accepts a milestone, which makes its amount owed to its payee ({@code
 * DMZ-MILESTONE-PAYMENT}); a slip beyond the threshold re-opens the arrangement ({@code DMZ-REBASELINE}).
 *
 * <pre>{@code
 * AcceptMilestone.of(Actor.lead(lead.id()), MilestoneId.of("M1"), LocalDate.of(2027, 7, 2))
 * }</pre>
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class AcceptMilestone implements CommercialCommand, WithAcceptMilestone {
  AcceptMilestone() {}

  @Override
  @Value.Parameter
  public abstract Actor actor();

  /**
   * The milestone.
   *
   * @return the milestone
   */
  @Value.Parameter
  public abstract MilestoneId milestone();

  @Override
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The command.
   *
   * @param actor who asks
   * @param milestone the milestone
   * @param date the effective date
   * @return the command
   */
  public static AcceptMilestone of(Actor actor, MilestoneId milestone, LocalDate date) {
    return ImmutableAcceptMilestone.of(actor, milestone, date);
  }

  @Value.Check
  protected void check() {
    Require.plannable("AcceptMilestone.date", date());
  }
}
