package dev.dmz.core.charter;

/** Who a {@link Decider} is. */
public enum DeciderKind {
  /** The program lead. */
  PROGRAM_LEAD,
  /** All parents together, for example a steering board. */
  ALL_PARENTS,
  /** One named parent. */
  PARENT,
  /** A named body outside the program, for example an arbitrator. */
  EXTERNAL_BODY
}
