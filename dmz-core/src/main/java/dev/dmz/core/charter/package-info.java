/**
 * The program charter and the parties to it: parents (OEM and suppliers), the neutral program lead,
 * the parents' mandates, the norms and their escalation matrix, the program period and an optional
 * equity arrangement. {@link dev.dmz.core.charter.ProgramCharter} holds it all, walls included.
 */
package dev.dmz.core.charter;
