/** Rules of the IP wall: {@code DMZ-IP-FRAMEWORK} at readiness. */
package dev.dmz.rules.ip;
