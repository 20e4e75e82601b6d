package dev.dmz.core.agreement;

/**
 * The kinds of wall a charter can hold: the agreements parents sign before anyone enters the DMZ.
 * The first three are interpreted by the rule book; careers and security-and-workspace walls are
 * recorded as {@link SignedTerms} until their rules are written, without reshaping the charter.
 */
public enum WallKind {
  /** Who owns what: background IP brought in, foreground IP produced, usage rights and licences. */
  IP_FRAMEWORK,
  /** How suppliers are paid: milestones, named premium rates, re-baselining and the risk pool. */
  COMMERCIAL_MODEL,
  /** No parent hires another parent's named engineers during the program and a cooling-off period. */
  NON_POACHING,
  /** How a named engineer's career advances while working inside the DMZ. */
  CAREERS,
  /** Security rules and the shared workspace the program works in. */
  SECURITY_AND_WORKSPACE;

  /**
   * Whether this kind of wall has a dedicated type that the rule book reads.
   *
   * @return true for the IP framework, the commercial model and the non-poaching agreement
   */
  public boolean hasDedicatedType() {
    return this == IP_FRAMEWORK || this == COMMERCIAL_MODEL || this == NON_POACHING;
  }
}
