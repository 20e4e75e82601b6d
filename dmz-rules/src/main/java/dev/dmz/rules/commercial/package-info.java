/**
 * The commercial model, whole: its commands ({@link dev.dmz.rules.commercial.CommercialCommand}:
 * accept a milestone, record a scope change, sign a new baseline, contribute to and draw on the risk
 * pool), its events ({@link dev.dmz.rules.commercial.CommercialEvent}), its part of the state ({@link
 * dev.dmz.rules.commercial.CommercialState}), its rules ({@code DMZ-COMMERCIAL-OUTCOME}, {@code
 * DMZ-PREMIUM-BASIS}, {@code DMZ-REBASELINE-TRIGGERS} and {@code DMZ-RISK-POOL} at readiness; {@code
 * DMZ-MILESTONE-PAYMENT}, {@code DMZ-REBASELINE}, {@code DMZ-RISK-POOL-DRAW} and {@code
 * DMZ-PREMIUM-CONDITIONAL} on commands) and {@link dev.dmz.rules.commercial.CommercialSlice}. The
 * questions procurement and HR ask: {@link dev.dmz.rules.commercial.Settlement} (what is owed), {@link
 * dev.dmz.rules.commercial.Premiums} (is a premium in force, and why), {@link
 * dev.dmz.rules.commercial.Rebaselining} (which triggers fire).
 */
package dev.dmz.rules.commercial;
