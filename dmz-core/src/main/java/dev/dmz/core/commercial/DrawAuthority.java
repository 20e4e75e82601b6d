package dev.dmz.core.commercial;

/**
 * Who the charter lets draw on the risk-sharing pool. A DMZ requires {@link #PROGRAM_LEAD_ALONE};
 * the others are representable so that the rule {@code DMZ-RISK-POOL} can refuse them.
 */
public enum DrawAuthority {
  /** The program lead draws on the lead's own authority. */
  PROGRAM_LEAD_ALONE,
  /** The lead draws, but only with the contributing parents' approval. */
  LEAD_WITH_PARENT_APPROVAL,
  /** Any contributing parent may draw. */
  CONTRIBUTING_PARENTS
}
