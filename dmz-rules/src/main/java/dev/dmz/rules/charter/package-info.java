/**
 * Readiness rules about the charter's people and governance: {@code DMZ-CHARTER-PARENTS}, {@code
 * DMZ-LEAD-NEUTRAL}, {@code DMZ-LEAD-MANDATE} and {@code DMZ-NORMS}.
 */
package dev.dmz.rules.charter;
