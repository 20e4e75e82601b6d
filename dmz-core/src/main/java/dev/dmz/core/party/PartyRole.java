package dev.dmz.core.party;

/** The role in which a parent signs the charter. A program has at least one of each. */
public enum PartyRole {
  /** The vehicle manufacturer that owns the program. */
  OEM,
  /** A company that delivers engineering work into the program. */
  SUPPLIER
}
