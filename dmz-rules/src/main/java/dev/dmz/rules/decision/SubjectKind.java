package dev.dmz.rules.decision;

/** What a finding is about. */
public enum SubjectKind {
  /** The charter as a whole. */
  CHARTER,
  /** A parent, or another organisation named by the charter. */
  PARTY,
  /** A program lead. */
  LEAD,
  /** The norms. */
  NORMS,
  /** A wall: the IP framework, the commercial model, the non-poaching agreement ... */
  WALL,
  /** A named engineer, or a line of a staffing offer. */
  ENGINEER,
  /** A vacancy a departure left. */
  VACANCY,
  /** A milestone. */
  MILESTONE,
  /** An IP asset. */
  ASSET,
  /** The risk-sharing pool. */
  RISK_POOL,
  /** Anything else an embedding system's rule speaks about. */
  OTHER
}
