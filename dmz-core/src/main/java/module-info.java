/**
 * The immutable domain model of a DMZ program, one package per concept:
 * <ul>
 *   <li>{@link dev.dmz.core.charter}: the charter, its parents, lead, mandates, norms and period;</li>
 *   <li>{@link dev.dmz.core.staffing}: named engineers, staffing lines and nominations;</li>
 *   <li>{@link dev.dmz.core.ip}: the IP framework, background and foreground IP;</li>
 *   <li>{@link dev.dmz.core.commercial}: milestones, premium rates, re-baselining, the risk pool;</li>
 *   <li>{@link dev.dmz.core.agreement}: what every wall shares, the non-poaching agreement, later walls;</li>
 *   <li>{@link dev.dmz.core.value}: the style, checks and exception every value is built with.</li>
 * </ul>
 */
module dev.dmz.core {
  requires static transitive org.immutables.value.annotations;
  requires transitive org.joda.money;

  exports dev.dmz.core.agreement;
  exports dev.dmz.core.charter;
  exports dev.dmz.core.commercial;
  exports dev.dmz.core.ip;
  exports dev.dmz.core.party;
  exports dev.dmz.core.staffing;
  exports dev.dmz.core.value;
}
