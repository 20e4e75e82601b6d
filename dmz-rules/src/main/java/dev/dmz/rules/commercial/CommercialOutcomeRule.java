package dev.dmz.rules.commercial;

import dev.dmz.core.agreement.WallKind;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.commercial.CommercialModel;
import dev.dmz.core.commercial.Milestone;
import dev.dmz.core.commercial.PricingBasis;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyRole;
import dev.dmz.rules.CharterRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code DMZ-COMMERCIAL-OUTCOME}: compensation is tied to milestones, never to hours. Findings: no
 * commercial model; an hourly basis; no milestone at all; a milestone whose payee is not a supplier
 * parent (a milestone pays a supplier, {@code DMZ-MILESTONE-PAYMENT}).
 */
final class CommercialOutcomeRule implements CharterRule {
  /** The rule. */
  static final CharterRule RULE = new CommercialOutcomeRule();

  private CommercialOutcomeRule() {}

  @Override
  public RuleId id() {
    return DmzRuleId.COMMERCIAL_OUTCOME.id();
  }

  @Override
  public List<Finding> check(ProgramCharter charter) {
    List<Finding> findings = new ArrayList<>();
    Subject wall = Subject.wall(WallKind.COMMERCIAL_MODEL);
    if (charter.commercialModel().isEmpty()) {
      findings.add(DmzRuleId.COMMERCIAL_OUTCOME.error(wall, "The charter has no commercial model.",
          "Add an outcome-aligned commercial model that pays suppliers for accepted milestones."));
      return findings;
    }
    CommercialModel model = charter.commercialModel().orElseThrow();
    if (model.pricingBasis() == PricingBasis.HOURLY) {
      findings.add(DmzRuleId.COMMERCIAL_OUTCOME.error(wall,
          "The commercial model bills by the hour (time and materials).",
          "Tie compensation to milestones and named premium rates instead of hours."));
    }
    if (model.milestones().isEmpty()) {
      findings.add(DmzRuleId.COMMERCIAL_OUTCOME.error(wall,
          "The commercial model has no milestone, so no payment is tied to an outcome.",
          "Add milestones, each with a due date, a supplier to pay and an amount."));
    }
    for (Milestone milestone : model.milestones()) {
      Optional<Party> payee = charter.party(milestone.payee());
      if (payee.isEmpty() || payee.orElseThrow().role() != PartyRole.SUPPLIER) {
        findings.add(DmzRuleId.COMMERCIAL_OUTCOME.error(Subject.milestone(milestone.id()),
            "Milestone " + milestone.id() + " pays " + milestone.payee()
                + ", which is not a supplier parent.",
            "Name a supplier of the program as the milestone's payee."));
      }
    }
    return findings;
  }
}
