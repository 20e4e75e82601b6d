package dev.dmz.rules.commercial;

import dev.dmz.core.commercial.CommercialModel;
import dev.dmz.core.commercial.Milestone;
import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.commercial.RebaseliningTerms;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.commercial.CommercialEvent.MilestoneAccepted;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code DMZ-REBASELINE}, the measures: when scope growth or a milestone slip is beyond its threshold.
 *
 * <ul>
 *   <li>Slip = acceptance date minus due date, in days; for a milestone not yet accepted, as-of date
 *       minus due date. An early milestone has a negative slip.</li>
 *   <li>Scope growth = (current scope - baseline scope) / baseline scope, in percent. It is compared
 *       exactly, without division: growth is beyond a threshold T when {@code (current - baseline) *
 *       100 > T * baseline}.</li>
 *   <li>"Beyond" is strict: a slip of exactly 30 days under a 30-day threshold does not fire; 31
 *       does.</li>
 * </ul>
 * Without a stated threshold (or, for scope, a baseline scope) nothing fires: the readiness rule
 * {@code DMZ-REBASELINE-TRIGGERS} reports the gap. As the program evolves, each accepted milestone
 * whose slip is beyond the threshold fires (one trigger per milestone, re-opened or not), while a scope
 * change fires only when the arrangement is not already re-opened (growth is one measure, and the
 * parents re-sign on the scope current when they sign).
 */
public final class Rebaselining {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /**
   * The decimals growth is recorded with. It is rounded up once, so that it stays beyond its
   * threshold, and written so: with scopes of at most {@value RebaseliningTerms#SCOPE_DIGITS} digits
   * each side it reads back exactly (docs/rules.md, Conventions: scope growth). Whether growth fires is
   * decided exactly, before any rounding.
   */
  public static final int GROWTH_DECIMALS = 6;

  private Rebaselining() {}

  /**
   * The scope-growth trigger a scope would fire.
   *
   * @param state the program's state, for the baseline scope and the threshold
   * @param scope the current scope
   * @return the trigger when growth is beyond the threshold
   */
  public static Optional<Trigger> scopeGrowth(ProgramState state, BigDecimal scope) {
    Optional<BigDecimal> threshold = terms(state).scopeExpansionThresholdPercent();
    Optional<BigDecimal> baseline = state.commercial().baselineScope();
    if (threshold.isEmpty() || baseline.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal grown = scope.subtract(baseline.orElseThrow()).multiply(HUNDRED);
    if (grown.compareTo(threshold.orElseThrow().multiply(baseline.orElseThrow())) <= 0) {
      return Optional.empty();
    }
    BigDecimal percent = grown.divide(baseline.orElseThrow(), GROWTH_DECIMALS, RoundingMode.UP).stripTrailingZeros();
    if (percent.scale() < 0) {
      percent = percent.setScale(0);
    }
    return Optional.of(Trigger.scopeGrowth(percent, threshold.orElseThrow()));
  }

  /**
   * The slip trigger a milestone fires when accepted, or would fire as of a day.
   *
   * @param state the program's state, for the threshold
   * @param milestone the milestone
   * @param day the acceptance day, or the as-of day for a milestone not yet accepted
   * @return the trigger when the slip is beyond the threshold
   */
  public static Optional<Trigger> milestoneSlip(ProgramState state, Milestone milestone, LocalDate day) {
    long slip = ChronoUnit.DAYS.between(milestone.dueDate(), day);
    Optional<Integer> threshold = terms(state).milestoneSlipThresholdDays();
    if (threshold.isEmpty() || slip <= threshold.orElseThrow()) {
      return Optional.empty();
    }
    return Optional.of(Trigger.milestoneSlip(milestone.id(), slip, threshold.orElseThrow()));
  }

  /**
   * Every trigger that would fire as of a day: the current scope's growth, and each milestone's slip
   * (at its acceptance if accepted, else as of the day).
   *
   * @param state the program's state
   * @param asOf the day
   * @return the triggers, scope first, then milestones in the contract's order
   */
  public static List<Trigger> asOf(ProgramState state, LocalDate asOf) {
    List<Trigger> triggers = new ArrayList<>();
    state.commercial().scope().flatMap(scope -> scopeGrowth(state, scope)).ifPresent(triggers::add);
    for (Milestone milestone : state.charter().commercialModel().map(CommercialModel::milestones)
        .orElse(List.of())) {
      MilestoneId id = milestone.id();
      LocalDate day = state.commercial().acceptances().get(id).map(MilestoneAccepted::date).getOrElse(asOf);
      milestoneSlip(state, milestone, day).ifPresent(triggers::add);
    }
    return triggers;
  }

  private static RebaseliningTerms terms(ProgramState state) {
    Optional<CommercialModel> model = state.charter().commercialModel();
    return model.isEmpty() ? RebaseliningTerms.none() : model.orElseThrow().rebaselining();
  }
}
