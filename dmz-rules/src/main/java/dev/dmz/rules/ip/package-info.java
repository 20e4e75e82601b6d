/**
 * The IP framework, whole: its commands ({@link dev.dmz.rules.ip.IpCommand}: record foreground IP,
 * amend the framework before anyone enters), its events ({@link dev.dmz.rules.ip.IpEvent}), its part of
 * the state ({@link dev.dmz.rules.ip.IpState}), its rules ({@code DMZ-IP-FRAMEWORK} at readiness, {@code
 * DMZ-IP-ATTRIBUTION} and {@code DMZ-IP-FROZEN} on commands) and {@link dev.dmz.rules.ip.IpSlice}. Who
 * may use what: {@link dev.dmz.rules.ip.IpUsage} ({@code DMZ-IP-USAGE}).
 */
package dev.dmz.rules.ip;
