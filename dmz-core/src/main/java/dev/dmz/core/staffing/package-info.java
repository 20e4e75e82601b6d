/**
 * Staffing: named engineers, the lines of a parent's staffing offer (a named person, or a headcount
 * the rules refuse), nominations into the candidate pool, and why an engineer leaves.
 */
package dev.dmz.core.staffing;
