package dev.dmz.rules.charter;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PartyRole;
import dev.dmz.rules.CharterRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code DMZ-CHARTER-PARENTS}: at least one OEM and one supplier parent, and every party id used
 * once. Several OEMs or suppliers are fine. Each id used more than once is one finding.
 */
public final class CharterParentsRule implements CharterRule {
  /** The rule. */
  public static final CharterRule RULE = new CharterParentsRule();

  private CharterParentsRule() {}

  @Override
  public RuleId id() {
    return DmzRuleId.CHARTER_PARENTS.id();
  }

  @Override
  public List<Finding> check(ProgramCharter charter) {
    List<Finding> findings = new ArrayList<>();
    Subject subject = Subject.charter(charter.name());
    if (charter.parties(PartyRole.OEM).isEmpty()) {
      findings.add(DmzRuleId.CHARTER_PARENTS.error(subject, "The charter has no OEM parent.",
          "Add the vehicle manufacturer as a parent with the role OEM."));
    }
    if (charter.parties(PartyRole.SUPPLIER).isEmpty()) {
      findings.add(DmzRuleId.CHARTER_PARENTS.error(subject, "The charter has no supplier parent.",
          "Add at least one supplier as a parent with the role SUPPLIER."));
    }
    for (PartyId id : charter.parentIds()) {
      List<Party> holders = charter.parties().stream().filter(p -> p.id().equals(id))
          .collect(Collectors.toList());
      if (holders.size() > 1) {
        findings.add(DmzRuleId.CHARTER_PARENTS.error(Subject.party(id),
            "The party id " + id + " is used by " + holders.size() + " parties: "
                + holders.stream().map(Party::name).collect(Collectors.joining(", ")) + ".",
            "Give every parent an id of its own."));
      }
    }
    return findings;
  }
}
