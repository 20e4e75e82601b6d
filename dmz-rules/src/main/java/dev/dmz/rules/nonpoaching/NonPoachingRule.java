package dev.dmz.rules.nonpoaching;

import dev.dmz.core.agreement.NonPoachingAgreement;
import dev.dmz.core.agreement.WallKind;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.party.PartyId;
import dev.dmz.rules.CharterRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code DMZ-NON-POACHING}: a non-poaching agreement signed by every parent, with its cooling-off
 * period. A cooling-off period of zero is read as none: it would let a parent hire another's engineer
 * the day after the program ends.
 */
final class NonPoachingRule implements CharterRule {
  /** The rule. */
  static final CharterRule RULE = new NonPoachingRule();

  private NonPoachingRule() {}

  @Override
  public RuleId id() {
    return DmzRuleId.NON_POACHING.id();
  }

  @Override
  public List<Finding> check(ProgramCharter charter) {
    List<Finding> findings = new ArrayList<>();
    Subject wall = Subject.wall(WallKind.NON_POACHING);
    if (charter.nonPoaching().isEmpty()) {
      findings.add(DmzRuleId.NON_POACHING.error(wall, "The charter has no non-poaching agreement.",
          "Every parent signs a promise not to hire the others' named engineers during the program"
              + " and a cooling-off period after it."));
      return findings;
    }
    NonPoachingAgreement agreement = charter.nonPoaching().orElseThrow();
    for (PartyId parent : charter.parentIds()) {
      if (agreement.signatureOf(parent).isEmpty()) {
        findings.add(DmzRuleId.NON_POACHING.error(Subject.party(parent),
            parent + " has not signed the non-poaching agreement.",
            parent + " signs the non-poaching agreement."));
      }
    }
    if (agreement.coolingOff().isEmpty()) {
      findings.add(DmzRuleId.NON_POACHING.error(wall,
          "The non-poaching agreement states no cooling-off period.",
          "State how long after the program's last day the promise still holds."));
    } else if (agreement.coolingOff().orElseThrow().equals(Period.ZERO)) {
      findings.add(DmzRuleId.NON_POACHING.error(wall,
          "The non-poaching agreement's cooling-off period is zero.",
          "State a cooling-off period of at least one day after the program's last day."));
    }
    return findings;
  }
}
