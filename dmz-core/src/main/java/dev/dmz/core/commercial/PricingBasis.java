package dev.dmz.core.commercial;

/**
 * What the commercial model pays for. A DMZ pays for outcomes; an hourly basis is representable so
 * that the rule {@code DMZ-COMMERCIAL-OUTCOME} can refuse it.
 */
public enum PricingBasis {
  /** Milestone payments and named premium rates. */
  OUTCOME_ALIGNED,
  /** Hours billed: time and materials. */
  HOURLY
}
