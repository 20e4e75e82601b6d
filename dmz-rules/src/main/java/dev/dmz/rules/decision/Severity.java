package dev.dmz.rules.decision;

/** How much a finding weighs. */
public enum Severity {
  /** The charter is not ready, or the command is refused. Every built-in finding is an error. */
  ERROR,
  /** Worth a look, but blocks nothing: for an embedding system's advisory rules. */
  WARNING
}
