package dev.dmz.rules.commercial;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.commercial.DrawAuthority;
import dev.dmz.core.commercial.PoolCommitment;
import dev.dmz.core.commercial.RiskPoolTerms;
import dev.dmz.core.party.PartyId;
import dev.dmz.rules.CharterRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code DMZ-RISK-POOL}: a risk-sharing pool with committed contributions from at least two parents,
 * drawn on by the lead alone. A commitment by an organisation that is not a parent does not count,
 * and is a finding of its own.
 */
final class RiskPoolRule implements CharterRule {
  /** The rule. */
  static final CharterRule RULE = new RiskPoolRule();

  private RiskPoolRule() {}

  @Override
  public RuleId id() {
    return DmzRuleId.RISK_POOL.id();
  }

  @Override
  public List<Finding> check(ProgramCharter charter) {
    List<Finding> findings = new ArrayList<>();
    Subject pool = Subject.riskPool();
    Optional<RiskPoolTerms> terms = charter.commercialModel().flatMap(m -> m.riskPool());
    if (terms.isEmpty()) {
      findings.add(DmzRuleId.RISK_POOL.error(pool, "The contract has no risk-sharing pool.",
          "Set up a pool that at least two parents commit to, drawn on by the lead alone."));
      return findings;
    }
    List<PartyId> committing = new ArrayList<>();
    for (PoolCommitment commitment : terms.orElseThrow().commitments()) {
      if (charter.isParent(commitment.party())) {
        committing.add(commitment.party());
      } else {
        findings.add(DmzRuleId.RISK_POOL.error(Subject.party(commitment.party()),
            commitment.party() + " commits " + commitment.amount()
                + " to the risk pool but is not a parent.",
            "Remove the commitment, or add " + commitment.party() + " as a parent."));
      }
    }
    if (committing.size() < 2) {
      findings.add(DmzRuleId.RISK_POOL.error(pool,
          committing.isEmpty() ? "No parent commits to the risk pool."
              : "Only one parent commits to the risk pool ("
                  + committing.stream().map(PartyId::value).collect(Collectors.joining()) + ").",
          "At least two parents commit contributions to the pool."));
    }
    DrawAuthority authority = terms.orElseThrow().drawAuthority();
    if (authority != DrawAuthority.PROGRAM_LEAD_ALONE) {
      findings.add(DmzRuleId.RISK_POOL.error(pool,
          "The pool is drawn on under " + authority + ", not by the lead alone.",
          "Let the program lead alone draw on the pool."));
    }
    return findings;
  }
}
