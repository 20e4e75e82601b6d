package dev.dmz.core.ip;

/** Who owns the IP the program produces, as the IP framework says. */
public enum ForegroundOwnership {
  /** All parents own it jointly. */
  JOINTLY_BY_ALL_PARENTS,
  /** Each result belongs to the employers of its named contributors, jointly where they differ. */
  BY_CONTRIBUTORS_EMPLOYERS,
  /** The OEM owns it; suppliers receive the licence the framework states. */
  BY_THE_OEM
}
