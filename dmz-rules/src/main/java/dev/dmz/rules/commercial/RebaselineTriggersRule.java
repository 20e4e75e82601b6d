package dev.dmz.rules.commercial;

import dev.dmz.core.agreement.WallKind;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.commercial.CommercialModel;
import dev.dmz.core.commercial.RebaseliningTerms;
import dev.dmz.rules.CharterRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code DMZ-REBASELINE-TRIGGERS}: the contract states a scope-expansion threshold and a
 * milestone-slip threshold. A charter without a commercial model states neither. Because scope growth
 * is measured against the baseline scope, a scope threshold without a baseline scope is a finding
 * too.
 */
final class RebaselineTriggersRule implements CharterRule {
  /** The rule. */
  static final CharterRule RULE = new RebaselineTriggersRule();

  private RebaselineTriggersRule() {}

  @Override
  public RuleId id() {
    return DmzRuleId.REBASELINE_TRIGGERS.id();
  }

  @Override
  public List<Finding> check(ProgramCharter charter) {
    List<Finding> findings = new ArrayList<>();
    Subject wall = Subject.wall(WallKind.COMMERCIAL_MODEL);
    RebaseliningTerms terms = charter.commercialModel().map(CommercialModel::rebaselining)
        .orElse(RebaseliningTerms.none());
    if (terms.scopeExpansionThresholdPercent().isEmpty()) {
      findings.add(DmzRuleId.REBASELINE_TRIGGERS.error(wall,
          "The contract states no scope-expansion threshold.",
          "State by how many percent the scope may grow before the arrangement re-opens."));
    } else if (terms.baselineScope().isEmpty()) {
      findings.add(DmzRuleId.REBASELINE_TRIGGERS.error(wall,
          "The contract states a scope-expansion threshold but no baseline scope to measure growth"
              + " against.",
          "State the baseline scope the arrangement was priced on."));
    }
    if (terms.milestoneSlipThresholdDays().isEmpty()) {
      findings.add(DmzRuleId.REBASELINE_TRIGGERS.error(wall,
          "The contract states no milestone-slip threshold.",
          "State by how many days a milestone may slip before the arrangement re-opens."));
    }
    return findings;
  }
}
