package dev.dmz.rules.charter;

import dev.dmz.core.charter.Authority;
import dev.dmz.core.charter.Mandate;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.charter.ProgramLead;
import dev.dmz.core.party.PartyId;
import dev.dmz.rules.CharterRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code DMZ-LEAD-MANDATE}: every parent has signed a mandate to the lead, on or before the
 * program's first day, granting every {@link Authority}.
 *
 * <p>Choices where the contract is silent:
 * <ul>
 *   <li>A parent may grant its authorities in several mandates; those signed on or before the start
 *       add up. A mandate signed after the start does not count.</li>
 *   <li>Each lead the charter names is checked (co-leads too); with no lead there is nobody to
 *       mandate and this rule finds nothing ({@code DMZ-LEAD-NEUTRAL} reports the missing lead).</li>
 *   <li>A mandate by an organisation that is not a parent, or to someone who is not a lead, is
 *       ignored.</li>
 * </ul>
 * One finding per parent and lead: no mandate, signed too late, or authorities missing.
 */
public final class LeadMandateRule implements CharterRule {
  /** The rule. */
  public static final CharterRule RULE = new LeadMandateRule();

  private LeadMandateRule() {}

  @Override
  public RuleId id() {
    return DmzRuleId.LEAD_MANDATE.id();
  }

  @Override
  public List<Finding> check(ProgramCharter charter) {
    List<Finding> findings = new ArrayList<>();
    LocalDate start = charter.period().start();
    for (ProgramLead lead : charter.leads()) {
      for (PartyId parent : charter.parentIds()) {
        List<Mandate> mandates = charter.mandates().stream()
            .filter(m -> m.grantor().equals(parent) && m.lead().equals(lead.id()))
            .collect(Collectors.toList());
        Subject subject = Subject.party(parent);
        String remedy = parent + " signs a mandate to " + lead.name() + " granting "
            + names(EnumSet.allOf(Authority.class)) + ", on or before " + start + ".";
        if (mandates.isEmpty()) {
          findings.add(DmzRuleId.LEAD_MANDATE.error(subject,
              parent + " has signed no mandate to the lead " + lead.name() + ".", remedy));
          continue;
        }
        List<Mandate> inTime = mandates.stream().filter(m -> !m.signedOn().isAfter(start))
            .collect(Collectors.toList());
        if (inTime.isEmpty()) {
          LocalDate first = mandates.stream().map(Mandate::signedOn).min(Comparator.naturalOrder())
              .orElseThrow();
          findings.add(DmzRuleId.LEAD_MANDATE.error(subject,
              parent + " signed its mandate to " + lead.name() + " on " + first
                  + ", after the program started on " + start + ".", remedy));
          continue;
        }
        Set<Authority> missing = EnumSet.allOf(Authority.class);
        inTime.forEach(m -> missing.removeAll(m.authorities()));
        if (!missing.isEmpty()) {
          findings.add(DmzRuleId.LEAD_MANDATE.error(subject,
              parent + "'s mandate to " + lead.name() + " does not grant " + names(missing) + ".",
              parent + " extends its mandate to grant " + names(missing) + ", on or before "
                  + start + "."));
        }
      }
    }
    return findings;
  }

  private static String names(Set<Authority> authorities) {
    return authorities.stream().map(Enum::name).collect(Collectors.joining(", "));
  }
}
