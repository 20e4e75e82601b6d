package dev.dmz.rules.charter;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.charter.ProgramLead;
import dev.dmz.rules.CharterRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code DMZ-LEAD-NEUTRAL}: the program has one lead, and no parent employs that lead. A charter with
 * no lead, or with co-leads (as a joint venture has), is one finding; each lead a parent employs is
 * another.
 */
public final class LeadNeutralRule implements CharterRule {
  /** The rule. */
  public static final CharterRule RULE = new LeadNeutralRule();

  private LeadNeutralRule() {}

  @Override
  public RuleId id() {
    return DmzRuleId.LEAD_NEUTRAL.id();
  }

  @Override
  public List<Finding> check(ProgramCharter charter) {
    List<Finding> findings = new ArrayList<>();
    Subject subject = Subject.charter(charter.name());
    if (charter.leads().isEmpty()) {
      findings.add(DmzRuleId.LEAD_NEUTRAL.error(subject, "The charter names no program lead.",
          "Name one lead whom none of the parents employs and every parent mandates."));
    } else if (charter.leads().size() > 1) {
      findings.add(DmzRuleId.LEAD_NEUTRAL.error(subject,
          "The charter names " + charter.leads().size() + " co-leads ("
              + charter.leads().stream().map(ProgramLead::name).collect(Collectors.joining(", "))
              + "); a DMZ has one program lead.",
          "Name a single lead whom every parent mandates."));
    }
    for (ProgramLead lead : charter.leads()) {
      charter.party(lead.employer()).ifPresent(employer -> findings.add(DmzRuleId.LEAD_NEUTRAL.error(
          Subject.lead(lead.id()),
          "The lead " + lead.name() + " is employed by " + employer.name() + " (" + employer.id()
              + "), a parent of the program.",
          "Appoint a lead whom none of the parents employs, for example from a neutral firm.")));
    }
    return findings;
  }
}
