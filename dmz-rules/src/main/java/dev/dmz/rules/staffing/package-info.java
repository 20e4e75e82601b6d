/**
 * Staffing rules: who may enter the DMZ. {@link dev.dmz.rules.staffing.Identification} tells a named
 * person from a placeholder or headcount line.
 */
package dev.dmz.rules.staffing;
