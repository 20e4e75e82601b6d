package dev.dmz.rules.nonpoaching;

import dev.dmz.core.agreement.NonPoachingAgreement;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.DmzRule;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.program.Command;
import dev.dmz.rules.program.CommandChecks;
import dev.dmz.rules.program.CommandRule;
import dev.dmz.rules.program.MakeJobOffer;
import dev.dmz.rules.program.ProgramState;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code DMZ-NON-POACHING-OFFER}: a parent may not make a job offer to another parent's named engineer
 * during the program and its cooling-off period.
 *
 * <p>Choices where DOMAIN.md is silent: a "named engineer" is one the lead has admitted at least once
 * (a mere candidate is not protected); the protection runs from the program's first day through its
 * last day plus the cooling-off period, that last day included ({@link #protectedUntil}); an offer to
 * one's own employee, or before the program starts, is always allowed. Only a parent makes offers.
 */
public final class NonPoachingOfferRule implements CommandRule {
  /** The rule. */
  public static final CommandRule RULE = new NonPoachingOfferRule();

  private NonPoachingOfferRule() {}

  @Override
  public RuleId id() {
    return DmzRule.NON_POACHING_OFFER.id();
  }

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

  @Override
  public Set<Class<? extends Command>> governs() {
    return Set.of(MakeJobOffer.class);
  }

  @Override
  public List<Finding> check(ProgramState state, Command command) {
    if (!(command instanceof MakeJobOffer)) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    CommandChecks.onlyParent(DmzRule.NON_POACHING_OFFER, state, command, "makes job offers here")
        .ifPresent(findings::add);
    Optional<PartyId> offering = state.parentOf(command.actor());
    Optional<NamedEngineer> engineer = state.engineers().get(((MakeJobOffer) command).engineer())
        .toJavaOptional();
    LocalDate day = command.date();
    LocalDate until = protectedUntil(state);
    boolean protectedDay = !day.isBefore(state.charter().period().start()) && !day.isAfter(until);
    if (offering.isPresent() && engineer.isPresent() && protectedDay
        && !engineer.orElseThrow().employer().equals(offering.orElseThrow())) {
      NamedEngineer named = engineer.orElseThrow();
      findings.add(DmzRule.NON_POACHING_OFFER.error(Subject.engineer(named.id()),
          offering.orElseThrow() + " may not offer a job to " + named.name() + ", a named engineer of "
              + named.employer() + ", until the cooling-off period ends on " + until + ".",
          "Make the offer after " + until + ", or not at all."));
    }
    return findings;
  }
}
