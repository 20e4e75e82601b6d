/**
 * The testkit for property-based tests of DMZ contract rules. {@link dev.dmz.testkit.DmzGenerators}
 * gives its main generators in one place; the property engine is in {@link
 * dev.dmz.testkit.property}, the charters' generators in {@link dev.dmz.testkit.charter}, and the
 * command sequences, the given/when/then fixture and the invariants in {@link
 * dev.dmz.testkit.program}.
 */
package dev.dmz.testkit;
