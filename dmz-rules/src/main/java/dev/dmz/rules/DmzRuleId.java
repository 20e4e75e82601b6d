package dev.dmz.rules;

import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;

/**
 * The ids of the built-in rules, as the contract's rule catalogue (docs/rules.md) lists them, and two of the library's
 * own. Each is described, with its conventions and an example of its finding, in the project's rule
 * catalogue, {@code docs/rules.md}, under an anchor of the id in lower case. The class that implements
 * a rule is named after its id: {@code DMZ-LEAD-NEUTRAL} is {@code LeadNeutralRule}. A wall's rules
 * live in its package with the rest of the wall ({@code dev.dmz.rules.staffing}, {@code .commercial},
 * {@code .ip}, {@code .nonpoaching}); the charter's own ({@code DMZ-CHARTER-PARENTS}, {@code
 * DMZ-LEAD-NEUTRAL}, {@code DMZ-LEAD-MANDATE}, {@code DMZ-NORMS}) in {@code dev.dmz.rules.charter};
 * the library's ({@code DMZ-CHRONOLOGY}, {@code DMZ-KNOWN-COMMAND}) in {@code dev.dmz.rules.command}.
 * Those rule classes are not part of the API: a rule is known by its id.
 */
public enum DmzRuleId {
  /**
   * At least one OEM and one supplier parent; party ids unique. See {@code
   * docs/rules.md#dmz-charter-parents}.
   */
  CHARTER_PARENTS("DMZ-CHARTER-PARENTS"),
  /** One lead, employed by none of the parents. See {@code docs/rules.md#dmz-lead-neutral}. */
  LEAD_NEUTRAL("DMZ-LEAD-NEUTRAL"),
  /**
   * Every parent mandates the lead with every authority, on or before the program start. See {@code
   * docs/rules.md#dmz-lead-mandate}.
   */
  LEAD_MANDATE("DMZ-LEAD-MANDATE"),
  /**
   * Norms say how disputes are settled, what is escalated to whom, how cross-company decisions are
   * made. See {@code docs/rules.md#dmz-norms}.
   */
  NORMS("DMZ-NORMS"),
  /**
   * An IP framework signed by every parent before the start, complete. See {@code
   * docs/rules.md#dmz-ip-framework}.
   */
  IP_FRAMEWORK("DMZ-IP-FRAMEWORK"),
  /**
   * Compensation tied to milestones; no hourly basis. See {@code
   * docs/rules.md#dmz-commercial-outcome}.
   */
  COMMERCIAL_OUTCOME("DMZ-COMMERCIAL-OUTCOME"),
  /**
   * Every premium rate names one engineer and states the expected impact. See {@code
   * docs/rules.md#dmz-premium-basis}.
   */
  PREMIUM_BASIS("DMZ-PREMIUM-BASIS"),
  /**
   * A scope-expansion threshold and a milestone-slip threshold are stated. See {@code
   * docs/rules.md#dmz-rebaseline-triggers}.
   */
  REBASELINE_TRIGGERS("DMZ-REBASELINE-TRIGGERS"),
  /**
   * A risk pool with commitments from at least two parents, drawn on by the lead alone. See {@code
   * docs/rules.md#dmz-risk-pool}.
   */
  RISK_POOL("DMZ-RISK-POOL"),
  /**
   * A non-poaching agreement signed by every parent, with its cooling-off period. See {@code
   * docs/rules.md#dmz-non-poaching}.
   */
  NON_POACHING("DMZ-NON-POACHING"),
  /**
   * No engineer enters before the charter is ready. See {@code
   * docs/rules.md#dmz-walls-before-entry}.
   */
  WALLS_BEFORE_ENTRY("DMZ-WALLS-BEFORE-ENTRY"),
  /**
   * Only identified persons enter; placeholders and headcount lines are refused. See {@code
   * docs/rules.md#dmz-named-entry}.
   */
  NAMED_ENTRY("DMZ-NAMED-ENTRY"),
  /**
   * Only the lead admits, from the pool; a parent nominates only its own employees. See {@code
   * docs/rules.md#dmz-lead-admits}.
   */
  LEAD_ADMITS("DMZ-LEAD-ADMITS"),
  /**
   * Only the lead fills or closes a vacancy; a parent's own substitution is refused. See {@code
   * docs/rules.md#dmz-replacement-veto}.
   */
  REPLACEMENT_VETO("DMZ-REPLACEMENT-VETO"),
  /**
   * Active named engineers use background IP, minus carve-outs, within the program period. See
   * {@code docs/rules.md#dmz-ip-usage}.
   */
  IP_USAGE("DMZ-IP-USAGE"),
  /**
   * Foreground IP is recorded with named contributors active on that date. See {@code
   * docs/rules.md#dmz-ip-attribution}.
   */
  IP_ATTRIBUTION("DMZ-IP-ATTRIBUTION"),
  /**
   * The IP framework cannot change once the first engineer has entered. See {@code
   * docs/rules.md#dmz-ip-frozen}.
   */
  IP_FROZEN("DMZ-IP-FROZEN"),
  /**
   * A supplier is paid a milestone's amount when the lead accepts it. See {@code
   * docs/rules.md#dmz-milestone-payment}.
   */
  MILESTONE_PAYMENT("DMZ-MILESTONE-PAYMENT"),
  /**
   * A premium accrues only while its engineer is on the program; a substitution attempt cancels it.
   * See {@code docs/rules.md#dmz-premium-conditional}.
   */
  PREMIUM_CONDITIONAL("DMZ-PREMIUM-CONDITIONAL"),
  /**
   * Scope growth or a slip beyond its threshold re-opens the arrangement until every parent re-
   * signs. See {@code docs/rules.md#dmz-rebaseline}.
   */
  REBASELINE("DMZ-REBASELINE"),
  /**
   * Only the lead draws, naming the surprise; the pool never goes below zero. See {@code
   * docs/rules.md#dmz-risk-pool-draw}.
   */
  RISK_POOL_DRAW("DMZ-RISK-POOL-DRAW"),
  /**
   * No offer to another parent's named engineer during the program and its cooling-off period. See
   * {@code docs/rules.md#dmz-non-poaching-offer}.
   */
  NON_POACHING_OFFER("DMZ-NON-POACHING-OFFER"),
  /**
   * The library's own rule, beside the contract's: a program's history runs forward, so a command
   * dated before the program's latest event is refused. See {@code docs/rules.md#dmz-chronology}.
   */
  CHRONOLOGY("DMZ-CHRONOLOGY"),
  /**
   * The library's own rule, beside the contract's: a kind of command that no wall of the program owns
   * is refused, never accepted with no effect. See {@code docs/rules.md#dmz-known-command}.
   */
  KNOWN_COMMAND("DMZ-KNOWN-COMMAND");

  private final RuleId id;

  DmzRuleId(String id) {
    this.id = RuleId.of(id);
  }

  /**
   * The rule's stable id.
   *
   * @return the id, for example {@code DMZ-LEAD-NEUTRAL}
   */
  public RuleId id() {
    return id;
  }

  /**
   * A blocking finding of this rule.
   *
   * @param subject what it is about
   * @param problem what is wrong, as a plain sentence
   * @param remedy what would make it right, as a plain sentence
   * @return the finding
   */
  public Finding error(Subject subject, String problem, String remedy) {
    return Finding.error(id, subject, problem, remedy);
  }
}
