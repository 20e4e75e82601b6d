/**
 * What every wall's command rules share, and the library's own command rules: who may issue a command
 * ({@link dev.dmz.rules.command.CommandChecks}), the days it may be dated on ({@link
 * dev.dmz.rules.command.Window}), {@code DMZ-CHRONOLOGY} and {@code DMZ-KNOWN-COMMAND}. Not exported:
 * users know these rules by their ids.
 */
package dev.dmz.rules.command;
