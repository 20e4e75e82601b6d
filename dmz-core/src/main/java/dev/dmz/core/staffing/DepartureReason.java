package dev.dmz.core.staffing;

/**
 * Why a named engineer leaves the program. Whatever the reason, only the lead fills the vacancy
 * ({@code DMZ-REPLACEMENT-VETO}), and a premium rate tied to the engineer stops.
 */
public enum DepartureReason {
  /** The engineer resigned. */
  RESIGNATION,
  /** The engineer fell ill. */
  ILLNESS,
  /** Family reasons. */
  FAMILY,
  /** The employer withdrew the engineer from the program. */
  WITHDRAWN_BY_EMPLOYER,
  /** Any other reason. */
  OTHER
}
