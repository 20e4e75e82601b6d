/**
 * The testkit for property-based tests of DMZ contract rules: jqwik generators of charters and command
 * sequences, reusable invariants, and a given/when/then fixture.
 */
module dev.dmz.testkit {
  requires transitive dev.dmz.rules;
  requires transitive net.jqwik.api;
  requires org.opentest4j;

  exports dev.dmz.testkit;
  exports dev.dmz.testkit.charter;
  exports dev.dmz.testkit.program;
}
