package dev.dmz.rules.commercial;

import dev.dmz.rules.Command;

/**
 * A command of the commercial model: milestones, scope and baselines, the risk pool. {@link
 * CommercialSlice} decides them and applies their events.
 */
public sealed interface CommercialCommand extends Command permits AcceptMilestone,
    RecordScopeChange, SignNewBaseline, ContributeToPool, DrawOnPool {}
