package dev.dmz.rules.commercial;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.commercial.PremiumRate;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PartyRole;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.core.staffing.StaffingLine;
import dev.dmz.rules.CharterRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.decision.SubjectKind;
import dev.dmz.rules.staffing.Identification;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code DMZ-PREMIUM-BASIS}: every premium rate names one identified engineer, employed by a supplier
 * parent (a premium is paid to the supplier, as milestones are),
 * and states the expected impact that justifies it. A rate for "Senior Developer #3" names nobody
 * (see {@link Identification}); each problem of each rate is its own finding.
 */
final class PremiumBasisRule implements CharterRule {
  /** The rule. */
  static final CharterRule RULE = new PremiumBasisRule();

  private PremiumBasisRule() {}

  @Override
  public RuleId id() {
    return DmzRuleId.PREMIUM_BASIS.id();
  }

  @Override
  public List<Finding> check(ProgramCharter charter) {
    List<Finding> findings = new ArrayList<>();
    List<PremiumRate> rates = charter.commercialModel().map(m -> m.premiumRates()).orElse(List.of());
    // The suppliers once, not once a rate: a charter of a thousand premium rates and fifty parents
    // would otherwise list its suppliers a thousand times.
    Set<PartyId> suppliers = charter.parties(PartyRole.SUPPLIER).stream().map(Party::id).collect(Collectors.toSet());
    for (PremiumRate rate : rates) {
      StaffingLine engineer = rate.engineer();
      Subject subject = engineer instanceof NamedEngineer
          ? Subject.engineer(((NamedEngineer) engineer).id())
          : Subject.of(SubjectKind.ENGINEER, engineer.label());
      Identification.problemWith(engineer).ifPresent(problem ->
          findings.add(DmzRuleId.PREMIUM_BASIS.error(subject,
              "The premium rate of " + rate.monthlyAmount() + " a month names no identified"
                  + " engineer: " + problem + ".",
              "Tie the rate to one named engineer, by HR id and real name.")));
      if (!suppliers.contains(engineer.employer())) {
        findings.add(DmzRuleId.PREMIUM_BASIS.error(subject,
            "The premium rate for " + engineer.label() + " names an engineer employed by "
                + engineer.employer() + ", which is not a supplier of the program.",
            "Tie the rate to an engineer employed by a supplier of the program."));
      }
      if (rate.expectedImpact().isEmpty()) {
        findings.add(DmzRuleId.PREMIUM_BASIS.error(subject,
            "The premium rate for " + engineer.label() + " states no expected impact.",
            "State the impact expected of " + engineer.label() + " that justifies the premium."));
      }
    }
    return findings;
  }
}
