/**
 * The testkit for property-based tests of DMZ contract rules: a small property engine ({@code
 * dev.dmz.testkit.property}), generators of charters and command sequences, reusable invariants, and a
 * given/when/then fixture.
 */
module dev.dmz.testkit {
  requires transitive dev.dmz.rules;
  requires transitive org.opentest4j;

  exports dev.dmz.testkit;
  exports dev.dmz.testkit.charter;
  exports dev.dmz.testkit.property;
  exports dev.dmz.testkit.program;
}
