package dev.dmz.rules.commercial;

import dev.dmz.core.commercial.Milestone;
import dev.dmz.rules.Command;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Event;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.Slice;
import dev.dmz.rules.commercial.CommercialCommand.AcceptMilestone;
import dev.dmz.rules.commercial.CommercialCommand.ContributeToPool;
import dev.dmz.rules.commercial.CommercialCommand.DrawOnPool;
import dev.dmz.rules.commercial.CommercialCommand.RecordScopeChange;
import dev.dmz.rules.commercial.CommercialCommand.SignNewBaseline;
import dev.dmz.rules.commercial.CommercialEvent.BaselineRenewed;
import dev.dmz.rules.commercial.CommercialEvent.BaselineSigned;
import dev.dmz.rules.commercial.CommercialEvent.MilestoneAccepted;
import dev.dmz.rules.commercial.CommercialEvent.PoolContributed;
import dev.dmz.rules.commercial.CommercialEvent.PoolDrawn;
import dev.dmz.rules.commercial.CommercialEvent.PremiumCancelled;
import dev.dmz.rules.commercial.CommercialEvent.RebaselineTriggered;
import dev.dmz.rules.commercial.CommercialEvent.ScopeChanged;
import io.vavr.collection.HashSet;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The commercial model: milestone acceptances, scope changes and new baselines, the risk pool, and the
 * premium rates. Its charter's part is checked by {@code DMZ-COMMERCIAL-OUTCOME}, {@code
 * DMZ-PREMIUM-BASIS}, {@code DMZ-REBASELINE-TRIGGERS} and {@code DMZ-RISK-POOL}; its commands by {@code
 * DMZ-MILESTONE-PAYMENT}, {@code DMZ-REBASELINE} and {@code DMZ-RISK-POOL-DRAW}; a refused substitution
 * attempt may cancel a premium rate ({@code DMZ-PREMIUM-CONDITIONAL}, see {@link Premiums}). Its events
 * change the {@link CommercialState}.
 */
public final class CommercialSlice extends Slice {
  /** The wall. */
  public static final Slice SLICE = new CommercialSlice();

  private CommercialSlice() {
    super(CommercialCommand.class, CommercialEvent.class, List.of(CommercialOutcomeRule.RULE, PremiumBasisRule.RULE,
        RebaselineTriggersRule.RULE, RiskPoolRule.RULE),
        List.of(MilestonePaymentRule.RULE, RebaselineRule.RULE,
        RiskPoolDrawRule.RULE));
  }

  @Override
  public List<Event> effects(ProgramState state, Command command) {
    if (command instanceof AcceptMilestone c) {
      return acceptance(state, c);
    }
    if (command instanceof RecordScopeChange c) {
      List<Event> events = new ArrayList<>(List.of(ScopeChanged.of(c.scope(), c.date())));
      if (!state.commercial().reopened()) {
        Rebaselining.scopeGrowth(state, c.scope())
            .ifPresent(t -> events.add(RebaselineTriggered.of(t, c.date())));
      }
      return events;
    }
    if (command instanceof SignNewBaseline c) {
      BaselineSigned signed = BaselineSigned.of(state.parentOf(c.actor()).orElseThrow(), c.date());
      boolean everyParent = state.charter().parentIds().stream()
          .allMatch(p -> p.equals(signed.party()) || state.commercial().baselineSignatures().contains(p));
      return everyParent
          ? List.of(signed, BaselineRenewed.of(state.commercial().scope(), c.date()))
          : List.of(signed);
    }
    if (command instanceof ContributeToPool c) {
      return List.of(PoolContributed.of(state.parentOf(c.actor()).orElseThrow(), c.amount(), c.date()));
    }
    if (command instanceof DrawOnPool c) {
      return List.of(PoolDrawn.of(c.amount(), c.surprise(), c.date()));
    }
    throw new IllegalArgumentException("not a commercial command: " + command);
  }

  private static List<Event> acceptance(ProgramState state, AcceptMilestone c) {
    Milestone milestone = state.charter().milestone(c.milestone()).orElseThrow();
    long slip = ChronoUnit.DAYS.between(milestone.dueDate(), c.date());
    MilestoneAccepted accepted = MilestoneAccepted.of(milestone.id(), milestone.payee(), milestone.amount(), slip,
        c.date());
    Optional<Trigger> trigger = Rebaselining.milestoneSlip(state, milestone, c.date());
    return trigger.isEmpty() ? List.of(accepted)
        : List.of(accepted, RebaselineTriggered.of(trigger.orElseThrow(), c.date()));
  }

  @Override
  public ProgramState evolve(ProgramState state, Event event) {
    ImmutableCommercialState commercial = (ImmutableCommercialState) state.commercial();
    if (event instanceof MilestoneAccepted e) {
      return state.withCommercial(commercial.withAcceptances(commercial.acceptances().put(e.milestone(), e)));
    }
    if (event instanceof ScopeChanged e) {
      return state.withCommercial(commercial.withScope(e.scope()));
    }
    if (event instanceof RebaselineTriggered) {
      return state.withCommercial(commercial.withReopened(true));
    }
    if (event instanceof BaselineSigned e) {
      return state.withCommercial(commercial.withBaselineSignatures(
          commercial.baselineSignatures().add(e.party())));
    }
    if (event instanceof BaselineRenewed e) {
      return state.withCommercial(commercial.withReopened(false).withBaselineSignatures(HashSet.empty())
          .withBaselineScope(e.baselineScope().or(commercial::baselineScope)));
    }
    if (event instanceof PoolContributed e) {
      return state.withCommercial(commercial.withPoolBalance(
          commercial.poolBalance().map(b -> b.plus(e.amount()))));
    }
    if (event instanceof PoolDrawn e) {
      return state.withCommercial(commercial.withPoolBalance(
          commercial.poolBalance().map(b -> b.minus(e.amount()))));
    }
    if (event instanceof PremiumCancelled e) {
      return state.withCommercial(commercial.withPremiumCancellations(
          commercial.premiumCancellations().put(e.engineer(), e.date())));
    }
    throw new IllegalArgumentException("not a commercial event: " + event);
  }

  @Override
  public List<Event> afterRefusal(ProgramState state, Decision refused) {
    return Premiums.cancellation(state, refused).<List<Event>>map(List::of).orElse(List.of());
  }
}
