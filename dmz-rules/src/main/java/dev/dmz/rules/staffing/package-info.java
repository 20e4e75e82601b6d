/**
 * The staffing wall, whole: its commands ({@link dev.dmz.rules.staffing.StaffingCommand}: nominate,
 * admit, record a departure, fill or close a vacancy, and the substitution a parent may not make), its
 * events ({@link dev.dmz.rules.staffing.StaffingEvent}), its part of the state ({@link
 * dev.dmz.rules.staffing.StaffingState}: the pool, the engineers, their tenures, the vacancies), its
 * rules ({@code DMZ-WALLS-BEFORE-ENTRY}, {@code DMZ-NAMED-ENTRY}, {@code DMZ-LEAD-ADMITS}, {@code
 * DMZ-REPLACEMENT-VETO}; package-private, known by their ids) and {@link
 * dev.dmz.rules.staffing.StaffingSlice}, which the program composes. {@link
 * dev.dmz.rules.staffing.Identification} tells a named person from a placeholder or headcount line.
 */
package dev.dmz.rules.staffing;
