package dev.dmz.core.staffing;

import dev.dmz.core.party.PartyId;

/**
 * One line of a parent's staffing offer, as the parent wrote it: one identified person ({@link
 * NamedEngineer}), a headcount of unnamed people ({@link HeadcountLine}), or a line that names nobody
 * ({@link PlaceholderLine}). Only the first kind may enter a DMZ; the rule {@code DMZ-NAMED-ENTRY}
 * refuses the others, and refuses a {@code NamedEngineer} whose "name" is a placeholder such as
 * "TBD" or "Senior Developer #3".
 */
public sealed interface StaffingLine permits NamedEngineer, HeadcountLine, PlaceholderLine {

  /**
   * How the line reads in a report: the person's name, "5 x Java developer", or the placeholder.
   *
   * @return the label
   */
  String label();

  /**
   * The parent that employs the people on this line.
   *
   * @return the employer
   */
  PartyId employer();
}
