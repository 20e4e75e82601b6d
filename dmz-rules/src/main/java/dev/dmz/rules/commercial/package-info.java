/**
 * Rules of the commercial wall: {@code DMZ-COMMERCIAL-OUTCOME}, {@code DMZ-PREMIUM-BASIS}, {@code
 * DMZ-REBASELINE-TRIGGERS} and {@code DMZ-RISK-POOL} at readiness.
 */
package dev.dmz.rules.commercial;
