package dev.dmz.testkit.reference;

import java.util.Set;
import java.util.TreeSet;

/**
 * The disagreements in which production is wrong (by DOMAIN.md, or by its own javadoc where DOMAIN.md
 * leaves the choice open), each kept as a {@code @Disabled("BUG: ...")} example in {@link
 * ProductionBugsTest}. So that the differential property goes on looking for new disagreements, it
 * excuses exactly these, by the model's keys of its failed checks. Delete an entry once production is fixed.
 */
final class KnownBugs {
  private KnownBugs() {}

  /** Checks of the model that production (wrongly) does not report. */
  static final Set<String> NOT_REPORTED = Set.of(
      // Bug 1: a vacancy filled with someone not in the pool is refused under DMZ-LEAD-ADMITS only;
      // DOMAIN.md's DMZ-REPLACEMENT-VETO ("with a named candidate from the pool") is missing.
      "fill-not-candidate");

  /**
   * The model with production's known bugs in its settlement.
   *
   * @param model a fresh model
   * @return the same model, changed
   */
  static ReferenceModel likeProduction(ReferenceModel model) {
    // Bug 2: production ignores the employer's substitution attempt of a premium-rated engineer the lead
    // has not admitted yet: the premium is not cancelled.
    model.cancelsBeforeFirstAdmission = false;
    return model;
  }

  /**
   * The rule ids production reports for the model's outcome, its known bugs included.
   *
   * @param outcome the model's outcome
   * @return the rule ids
   */
  static Set<String> asProductionReports(ReferenceModel.Outcome outcome) {
    Set<String> ids = new TreeSet<>();
    for (ReferenceModel.Found finding : outcome.findings()) {
      if (!NOT_REPORTED.contains(finding.check())) {
        ids.add(finding.rule());
      }
    }
    return ids;
  }
}
