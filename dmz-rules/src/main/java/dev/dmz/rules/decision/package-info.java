/**
 * Decisions as data: {@link dev.dmz.rules.decision.Finding} (rule id, severity, subject, what is
 * wrong, what would make it right), {@link dev.dmz.rules.decision.Readiness} for a charter, and
 * {@link dev.dmz.rules.CharterRule}, the shape of every readiness rule, built-in or custom.
 */
package dev.dmz.rules.decision;
