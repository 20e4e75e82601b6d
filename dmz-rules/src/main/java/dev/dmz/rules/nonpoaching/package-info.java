/**
 * The non-poaching agreement, whole: its command ({@link
 * dev.dmz.rules.nonpoaching.NonPoachingCommand.MakeJobOffer}), its event ({@link
 * dev.dmz.rules.nonpoaching.NonPoachingEvent.JobOfferMade}), its rules ({@code DMZ-NON-POACHING} at
 * readiness, {@code DMZ-NON-POACHING-OFFER} on offers) and {@link
 * dev.dmz.rules.nonpoaching.NonPoachingSlice}. May we make this offer: {@link
 * dev.dmz.rules.nonpoaching.JobOffers}.
 */
package dev.dmz.rules.nonpoaching;
