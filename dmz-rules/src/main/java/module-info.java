/**
 * The DMZ rule book. {@link dev.dmz.rules.RuleBook} and {@link dev.dmz.rules.Program} are the entry
 * points; {@link dev.dmz.rules.DmzRuleId} lists the built-in rule ids. Each wall is one package holding
 * its commands, events, part of the state, rules and queries; the rule classes themselves, and the
 * charter's and the library's own rules, are not exported.
 */
module dev.dmz.rules {
  requires transitive dev.dmz.core;
  requires transitive io.vavr;
  requires org.slf4j;

  exports dev.dmz.rules;
  exports dev.dmz.rules.commercial;
  exports dev.dmz.rules.decision;
  exports dev.dmz.rules.ip;
  exports dev.dmz.rules.nonpoaching;
  exports dev.dmz.rules.staffing;
}
