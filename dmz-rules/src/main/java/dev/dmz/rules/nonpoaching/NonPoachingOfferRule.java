package dev.dmz.rules.nonpoaching;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.Command;
import dev.dmz.rules.CommandRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.command.CommandChecks;
import dev.dmz.rules.command.Window;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.nonpoaching.NonPoachingCommand.MakeJobOffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code DMZ-NON-POACHING-OFFER}: a parent may not make a job offer to another parent's named engineer
 * during the program and its cooling-off period. A candidate nominated to the pool counts as named from
 * the day of the nomination, admitted or not (docs/rules.md); an engineer who left stays named. Offers are
 * dated from the program's first day on, its close-out included (docs/rules.md, Conventions: the program
 * period): one dated before it is refused, naming the window.
 *
 * <p>Choices where the contract is silent: the protection runs through the program's last day plus the
 * cooling-off period, that last day included ({@link JobOffers#protectedUntil}); an offer to one's own
 * employee, or to someone the program does not know, is allowed. Only a parent makes offers.
 */
final class NonPoachingOfferRule implements CommandRule {
  /** The rule. */
  static final CommandRule RULE = new NonPoachingOfferRule();

  private NonPoachingOfferRule() {}

  @Override
  public RuleId id() {
    return DmzRuleId.NON_POACHING_OFFER.id();
  }

  @Override
  public Set<Class<? extends Command>> governs() {
    return Set.of(MakeJobOffer.class);
  }

  @Override
  public List<Finding> check(ProgramState state, Command command) {
    if (!(command instanceof MakeJobOffer offer)) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    CommandChecks.onlyParent(DmzRuleId.NON_POACHING_OFFER, state, command, "makes job offers here")
        .ifPresent(findings::add);
    Optional<Finding> outside = CommandChecks.within(Window.FROM_PROGRAM_START, DmzRuleId.NON_POACHING_OFFER,
        state, command, "A job offer");
    if (outside.isPresent()) {
      findings.add(outside.orElseThrow());
      return findings;
    }
    state.parentOf(command.actor())
        .flatMap(offering -> poaching(state, offering, offer.engineer(), offer.date()))
        .ifPresent(findings::add);
    return findings;
  }

  /**
   * The finding an offer of a parent to an engineer on a day within the window deserves.
   *
   * @return a finding when the engineer is another parent's named engineer on a protected day
   */
  static Optional<Finding> poaching(ProgramState state, PartyId offering, EngineerId engineer, LocalDate day) {
    Optional<NamedEngineer> named = state.staffing().known(engineer);
    LocalDate until = JobOffers.protectedUntil(state);
    if (named.isEmpty() || day.isAfter(until) || named.orElseThrow().employer().equals(offering)) {
      return Optional.empty();
    }
    NamedEngineer other = named.orElseThrow();
    return Optional.of(DmzRuleId.NON_POACHING_OFFER.error(Subject.engineer(other.id()),
        offering + " may not offer a job to " + other.name() + ", a named engineer of "
            + other.employer() + ", until the cooling-off period ends on " + until + ".",
        "Make the offer after " + until + ", or not at all."));
  }
}
