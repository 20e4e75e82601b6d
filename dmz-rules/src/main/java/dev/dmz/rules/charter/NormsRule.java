package dev.dmz.rules.charter;

import dev.dmz.core.charter.Escalation;
import dev.dmz.core.charter.Norms;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.CharterRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code DMZ-NORMS}: the norms say how disputes are settled, which matters are escalated to whom, and
 * how cross-company decisions are made. Each missing part is its own finding; so is a matter
 * escalated to a "parent" that does not sign the charter.
 */
public final class NormsRule implements CharterRule {
  /** The rule. */
  public static final CharterRule RULE = new NormsRule();

  private NormsRule() {}

  @Override
  public RuleId id() {
    return DmzRuleId.NORMS.id();
  }

  @Override
  public List<Finding> check(ProgramCharter charter) {
    List<Finding> findings = new ArrayList<>();
    Subject subject = Subject.norms();
    if (charter.norms().isEmpty()) {
      findings.add(DmzRuleId.NORMS.error(subject, "The charter has no norms.",
          "State how disputes are settled, which matters are escalated to whom, and how"
              + " cross-company decisions are made."));
      return findings;
    }
    Norms norms = charter.norms().orElseThrow();
    if (norms.disputeSettlement().isEmpty()) {
      findings.add(DmzRuleId.NORMS.error(subject, "The norms do not say how disputes are settled.",
          "Describe how a dispute between parents or engineers is settled."));
    }
    if (norms.escalations().isEmpty()) {
      findings.add(DmzRuleId.NORMS.error(subject, "The norms escalate no matter to anyone.",
          "Add an escalation matrix: each matter, and who decides it."));
    }
    if (norms.crossCompanyDecisions().isEmpty()) {
      findings.add(DmzRuleId.NORMS.error(subject,
          "The norms do not say how decisions binding several companies are made.",
          "Choose a decision rule: the lead decides, a majority of parents, or all parents."));
    }
    for (Escalation escalation : norms.escalations()) {
      escalation.decidedBy().party().filter(p -> !charter.isParent(p)).ifPresent(p ->
          findings.add(DmzRuleId.NORMS.error(subject,
              "The matter \"" + escalation.matter() + "\" is escalated to " + p
                  + ", which is not a parent.",
              "Escalate it to a parent, to all parents, to the lead or to a named outside body.")));
    }
    return findings;
  }
}
