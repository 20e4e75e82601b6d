/**
 * The rule book of a DMZ program. Start at {@link dev.dmz.rules.RuleBook}; the catalogue of
 * built-in rule ids is {@link dev.dmz.rules.DmzRuleId}.
 */
package dev.dmz.rules;
