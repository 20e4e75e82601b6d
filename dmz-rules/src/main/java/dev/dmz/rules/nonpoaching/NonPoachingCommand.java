package dev.dmz.rules.nonpoaching;

import dev.dmz.rules.Command;

/**
 * A command of the non-poaching agreement: a job offer a parent makes. {@link NonPoachingSlice}
 * decides it.
 */
public sealed interface NonPoachingCommand extends Command permits MakeJobOffer {}
