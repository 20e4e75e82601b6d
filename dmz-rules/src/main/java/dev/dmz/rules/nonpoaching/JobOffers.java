package dev.dmz.rules.nonpoaching;

import dev.dmz.core.agreement.NonPoachingAgreement;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.rules.Actor;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.decision.Answer;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.nonpoaching.NonPoachingCommand.MakeJobOffer;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code DMZ-NON-POACHING-OFFER}, the question a supplier's HR tool asks: may we make an offer to that
 * engineer? The same answer the rule gives a {@link MakeJobOffer} of the parent, without deciding one.
 *
 * <pre>{@code
 * Answer answer = JobOffers.mayOffer(program.state(), voltaic, EngineerId.of("KT-7"), day);
 * if (!answer.isYes()) { System.out.println(answer.reason()); }
 * }</pre>
 */
public final class JobOffers {
  private JobOffers() {}

  /**
   * The last day on which the agreement protects named engineers: the program's last day plus the
   * cooling-off period (none when the agreement states none).
   *
   * @param state the program's state
   * @return the last protected day
   */
  public static LocalDate protectedUntil(ProgramState state) {
    Period coolingOff = state.charter().nonPoaching().flatMap(NonPoachingAgreement::coolingOff)
        .orElse(Period.ZERO);
    return state.charter().period().end().plus(coolingOff);
  }

  /**
   * Whether a parent may make a job offer to an engineer on a day: the answer the rule would give the
   * offer made now. A day before the program's latest event gets no (the program records no command
   * dated before it, {@code DMZ-CHRONOLOGY}), since whom the agreement protected on such a day is no
   * longer known from the state.
   *
   * @param state the program's state
   * @param offering the parent that would make the offer
   * @param engineer the engineer
   * @param day the day of the offer
   * @return yes, or no with the reason
   */
  public static Answer mayOffer(ProgramState state, PartyId offering, EngineerId engineer, LocalDate day) {
    Objects.requireNonNull(state, "state is null");
    Objects.requireNonNull(offering, "offering is null");
    Objects.requireNonNull(engineer, "engineer is null");
    Objects.requireNonNull(day, "day is null");
    Optional<LocalDate> latest = state.lastDate().filter(day::isBefore);
    if (latest.isPresent()) {
      return Answer.no(DmzRuleId.CHRONOLOGY.id(), "An offer on " + day + " would come before the program's latest"
          + " event, on " + latest.orElseThrow() + ": ask about a day on or after it.");
    }
    List<Finding> findings = NonPoachingOfferRule.RULE.check(state,
        MakeJobOffer.of(Actor.parent(offering), engineer, day));
    if (!findings.isEmpty()) {
      return Answer.no(DmzRuleId.NON_POACHING_OFFER.id(), findings.stream().map(Finding::problem)
          .collect(Collectors.joining(" ")));
    }
    LocalDate until = protectedUntil(state);
    return Answer.yes(DmzRuleId.NON_POACHING_OFFER.id(), offering + " may offer a job to " + engineer + " on "
        + day + ": " + (state.staffing().known(engineer).isEmpty() ? "the program does not know this engineer."
            : day.isAfter(until) ? "the protection ended on " + until + "." : "the engineer is its own."));
  }
}
