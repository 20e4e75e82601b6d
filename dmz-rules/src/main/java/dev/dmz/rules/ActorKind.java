package dev.dmz.rules;

/** Who issues a command. */
public enum ActorKind {
  /** The program lead. */
  LEAD,
  /** A parent company. */
  PARENT,
  /** Anyone else: always refused where the lead or a parent is required. */
  OTHER
}
