/**
 * Answers as data: {@link dev.dmz.rules.decision.Finding} (rule id, severity, subject, what is wrong,
 * what would make it right), {@link dev.dmz.rules.decision.Readiness} for a charter, and {@link
 * dev.dmz.rules.decision.Answer} for a question such as "is this premium in force?".
 */
package dev.dmz.rules.decision;
