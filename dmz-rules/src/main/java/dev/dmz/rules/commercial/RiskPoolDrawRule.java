package dev.dmz.rules.commercial;

import static dev.dmz.rules.command.CommandChecks.onlyLead;
import static dev.dmz.rules.command.CommandChecks.onlyParent;
import static dev.dmz.rules.command.CommandChecks.withFinding;
import static dev.dmz.rules.command.CommandChecks.within;

import dev.dmz.rules.Command;
import dev.dmz.rules.CommandRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.command.Window;
import dev.dmz.rules.commercial.CommercialCommand.ContributeToPool;
import dev.dmz.rules.commercial.CommercialCommand.DrawOnPool;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.joda.money.Money;

/**
 * {@code DMZ-RISK-POOL-DRAW}: only the lead draws; each draw names the unbudgeted surprise it pays for;
 * the pool never goes below zero (drawing the whole balance is fine). Contributions come from parents,
 * in the commercial model's currency, into a pool the charter sets up. Draws and contributions are
 * dated within the program period (docs/rules.md, Conventions).
 */
final class RiskPoolDrawRule implements CommandRule {
  /** The rule. */
  static final CommandRule RULE = new RiskPoolDrawRule();

  private RiskPoolDrawRule() {}

  @Override
  public RuleId id() {
    return DmzRuleId.RISK_POOL_DRAW.id();
  }

  @Override
  public Set<Class<? extends Command>> governs() {
    return Set.of(DrawOnPool.class, ContributeToPool.class);
  }

  @Override
  public List<Finding> check(ProgramState state, Command command) {
    // Written for the common case, a draw that is fine: no list, no lambda, until a finding is made.
    List<Finding> findings = List.of();
    if (command instanceof DrawOnPool) {
      DrawOnPool draw = (DrawOnPool) command;
      findings = withFinding(findings,
          onlyLead(DmzRuleId.RISK_POOL_DRAW, state, command, "draws on the risk pool"));
      if (draw.surprise().isBlank()) {
        findings = withFinding(findings, DmzRuleId.RISK_POOL_DRAW.error(Subject.riskPool(),
            "The draw does not name the unbudgeted surprise it pays for.",
            "Name the surprise, for example \"supplier recall: re-test of the battery pack\"."));
      }
      Optional<Money> pool = state.commercial().pool();
      Optional<Finding> unusable = unusable(pool, draw.amount());
      findings = withFinding(findings, unusable);
      if (unusable.isEmpty() && draw.amount().isGreaterThan(pool.orElseThrow())) {
        Money balance = pool.orElseThrow();
        findings = withFinding(findings, DmzRuleId.RISK_POOL_DRAW.error(Subject.riskPool(),
            "A draw of " + draw.amount() + " would take the pool below zero: it holds " + balance + ".",
            "Draw at most " + balance + ", or have the parents contribute first."));
      }
      findings = withFinding(findings,
          within(Window.PROGRAM_PERIOD, DmzRuleId.RISK_POOL_DRAW, state, command, "A draw"));
    } else if (command instanceof ContributeToPool) {
      findings = withFinding(findings,
          onlyParent(DmzRuleId.RISK_POOL_DRAW, state, command, "contributes to the risk pool"));
      findings = withFinding(findings,
          unusable(state.commercial().pool(), ((ContributeToPool) command).amount()));
      findings = withFinding(findings,
          within(Window.PROGRAM_PERIOD, DmzRuleId.RISK_POOL_DRAW, state, command, "A contribution"));
    }
    return findings; // not this rule's command: the empty list, nothing allocated
  }

  /** Why the pool cannot take or pay this amount: there is no pool, or the amount is in another currency. */
  private static Optional<Finding> unusable(Optional<Money> pool, Money amount) {
    if (pool.isEmpty()) {
      return Optional.of(DmzRuleId.RISK_POOL_DRAW.error(Subject.riskPool(),
          "The charter sets up no risk pool.", "Add a risk-sharing pool to the commercial model."));
    }
    Money balance = pool.orElseThrow();
    if (!balance.getCurrencyUnit().equals(amount.getCurrencyUnit())) {
      return Optional.of(DmzRuleId.RISK_POOL_DRAW.error(Subject.riskPool(),
          "The amount " + amount + " is not in the pool's currency, " + balance.getCurrencyUnit() + ".",
          "State the amount in " + balance.getCurrencyUnit() + "."));
    }
    return Optional.empty();
  }
}
