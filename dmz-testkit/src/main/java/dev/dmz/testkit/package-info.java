/**
 * The testkit for property-based tests of DMZ contract rules. {@link dev.dmz.testkit.DmzDomain}
 * gives its generators by type to jqwik's {@code @Domain}; the generators, the given/when/then
 * fixture and the invariants are in {@link dev.dmz.testkit.program}.
 */
package dev.dmz.testkit;
