/**
 * Who takes part: the parents ({@link dev.dmz.core.party.Party}, OEM or supplier), and the ids of
 * organisations ({@link dev.dmz.core.party.PartyId}) and people ({@link dev.dmz.core.party.PersonId})
 * that every other concept refers to.
 */
package dev.dmz.core.party;
