package dev.dmz.core.charter;

/** How the program makes a decision that binds more than one company. */
public enum DecisionRule {
  /** The program lead decides after hearing the parents concerned. */
  LEAD_DECIDES,
  /** More than half of the parents agree. */
  MAJORITY_OF_PARENTS,
  /** Every parent agrees. */
  UNANIMITY_OF_PARENTS
}
