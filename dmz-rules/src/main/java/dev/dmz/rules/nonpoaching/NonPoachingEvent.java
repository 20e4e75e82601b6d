package dev.dmz.rules.nonpoaching;

import dev.dmz.rules.Event;

/**
 * An event of the non-poaching agreement.
 */
public sealed interface NonPoachingEvent extends Event permits JobOfferMade {}
