/**
 * The DMZ rule book. {@link dev.dmz.rules.RuleBook} is the entry point; {@link dev.dmz.rules.DmzRule}
 * lists the built-in rule ids. Rules live in the package of their concept.
 */
module dev.dmz.rules {
  requires transitive dev.dmz.core;
  requires transitive io.vavr;
  requires org.slf4j;

  exports dev.dmz.rules;
  exports dev.dmz.rules.charter;
  exports dev.dmz.rules.commercial;
  exports dev.dmz.rules.decision;
  exports dev.dmz.rules.ip;
  exports dev.dmz.rules.nonpoaching;
  exports dev.dmz.rules.program;
  exports dev.dmz.rules.staffing;
}
