/** Rules of the non-poaching wall: {@code DMZ-NON-POACHING} at readiness. */
package dev.dmz.rules.nonpoaching;
