package dev.dmz.rules.commercial;

import dev.dmz.rules.Event;

/**
 * An event of the commercial model; it changes the program's {@link CommercialState}.
 */
public sealed interface CommercialEvent extends Event permits MilestoneAccepted,
    ScopeChanged, RebaselineTriggered, BaselineSigned, BaselineRenewed,
    PoolContributed, PoolDrawn, PremiumCancelled {}
