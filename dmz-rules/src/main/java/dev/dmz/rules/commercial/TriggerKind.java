package dev.dmz.rules.commercial;

/** The measures that can re-open the commercial arrangement ({@code DMZ-REBASELINE}). */
public enum TriggerKind {
  /** The scope grew beyond its threshold, in percent of the baseline scope. */
  SCOPE_GROWTH,
  /** A milestone slipped beyond its threshold, in days past its due date. */
  MILESTONE_SLIP
}
