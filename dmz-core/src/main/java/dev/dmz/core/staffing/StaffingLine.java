package dev.dmz.core.staffing;

import dev.dmz.core.charter.PartyId;

/**
 * One line of a parent's staffing offer, as the parent wrote it: either one identified person
 * ({@link NamedEngineer}) or a headcount of unnamed people ({@link HeadcountLine}). Only the first
 * kind may enter a DMZ; the rule {@code DMZ-NAMED-ENTRY} refuses the second, and refuses a
 * {@code NamedEngineer} whose "name" is a placeholder such as "TBD" or "Senior Developer #3".
 */
public sealed interface StaffingLine permits NamedEngineer, HeadcountLine {

  /**
   * The parent that employs the people on this line.
   *
   * @return the employer
   */
  PartyId employer();
}
