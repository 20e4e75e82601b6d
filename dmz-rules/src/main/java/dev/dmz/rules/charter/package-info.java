/**
 * The charter's own readiness rules, about its people and governance: {@code DMZ-CHARTER-PARENTS},
 * {@code DMZ-LEAD-NEUTRAL}, {@code DMZ-LEAD-MANDATE} and {@code DMZ-NORMS}. Not exported: users know
 * these rules by their ids ({@link dev.dmz.rules.DmzRuleId}); the walls' own readiness rules live with
 * their walls.
 */
package dev.dmz.rules.charter;
