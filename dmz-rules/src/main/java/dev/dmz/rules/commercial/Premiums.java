package dev.dmz.rules.commercial;

import dev.dmz.core.commercial.CommercialModel;
import dev.dmz.core.commercial.PremiumRate;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.Decision;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.commercial.CommercialEvent.PremiumCancelled;
import dev.dmz.rules.decision.Answer;
import dev.dmz.rules.staffing.StaffingCommand.SubstituteEngineer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code DMZ-PREMIUM-CONDITIONAL}, the question a supplier's HR tool asks: is this engineer's premium
 * rate in force on a day? It is when a premium rate names the engineer, the engineer is on the program
 * that day, and no substitution of the engineer was attempted on or before it. A departure stops the
 * premium from the departure day (the engineer is gone that day); if the engineer comes back, the
 * premium accrues again for the days on the program. A substitution attempt by the engineer's
 * employer cancels it for good, from the attempt's day, even before the engineer is admitted; an
 * attempt by anyone else, or one dated before the program's latest event (refused by {@code
 * DMZ-CHRONOLOGY}), cancels nothing.
 * The premium never passes to a replacement: it is tied to its engineer's id.
 */
public final class Premiums {
  private Premiums() {}

  /**
   * The premium rate that names an engineer.
   *
   * @param state the program's state
   * @param engineer the engineer
   * @return the rate, or empty when no rate names the engineer
   */
  public static Optional<PremiumRate> rateOf(ProgramState state, EngineerId engineer) {
    return state.charter().commercialModel().map(CommercialModel::premiumRates).orElse(List.of()).stream()
        .filter(r -> r.engineer() instanceof NamedEngineer && ((NamedEngineer) r.engineer()).id().equals(engineer))
        .findFirst();
  }

  /**
   * Whether an engineer's premium rate is in force on a day.
   *
   * @param state the program's state
   * @param engineer the engineer
   * @param day the day
   * @return yes, or no with the reason
   */
  public static Answer inForce(ProgramState state, EngineerId engineer, LocalDate day) {
    Optional<PremiumRate> rate = rateOf(state, engineer);
    if (rate.isEmpty()) {
      return Answer.no(DmzRuleId.PREMIUM_CONDITIONAL.id(), "No premium rate names " + engineer + ".");
    }
    String name = ((NamedEngineer) rate.orElseThrow().engineer()).name();
    Optional<LocalDate> cancelled = state.commercial().premiumCancellations().get(engineer).toJavaOptional()
        .filter(d -> !d.isAfter(day));
    if (cancelled.isPresent()) {
      return Answer.no(DmzRuleId.PREMIUM_CONDITIONAL.id(), "The premium rate for " + name
          + " was cancelled on " + cancelled.orElseThrow() + ", when a substitution was attempted.");
    }
    if (!state.staffing().wasActiveOn(engineer, day)) { // within the program period, on the program
      return Answer.no(DmzRuleId.PREMIUM_CONDITIONAL.id(), name + " is not on the program on " + day
          + ", so the premium rate does not accrue.");
    }
    return Answer.yes(DmzRuleId.PREMIUM_CONDITIONAL.id(), "The premium rate of " + rate.orElseThrow().monthlyAmount()
        + " a month for " + name + " is in force on " + day + "; it stops on the day " + name
        + " leaves, and for good on an attempt by the employer to substitute " + name + ".");
  }

  /**
   * The cancellation a refused substitution attempt sets in motion: the attempt of the outgoing
   * engineer's own employer, as the premium rate names it, cancels the engineer's premium rate from the
   * attempt's day (the first attempt counts), whether or not the lead has admitted the engineer yet. An
   * engineer no premium rate names has nothing to cancel. An attempt by anyone else
   * (another parent, a stranger) cancels nothing: nobody can cost a supplier its premium. Nor does an
   * attempt dated before the program's latest event (refused by {@code DMZ-CHRONOLOGY}): it cannot take
   * back days already passed. An attempt outside the program period cancels as any other: refused
   * for its date too, it still says the employer would swap the engineer.
   */
  static Optional<PremiumCancelled> cancellation(ProgramState state, Decision refused) {
    if (refused.isAccepted() || !(refused.command() instanceof SubstituteEngineer attempt)) {
      return Optional.empty();
    }
    // The rate's own employer, as the charter names it: whoever else holds the id cannot cancel it.
    boolean byEmployer = rateOf(state, attempt.outgoing())
        .filter(rate -> attempt.actor().is(rate.engineer().employer())).isPresent();
    boolean inOrder = refused.findingsOf(DmzRuleId.CHRONOLOGY.id()).isEmpty();
    if (byEmployer && inOrder && !state.commercial().premiumCancellations().containsKey(attempt.outgoing())) {
      return Optional.of(PremiumCancelled.of(attempt.outgoing(), attempt.date()));
    }
    return Optional.empty();
  }
}
