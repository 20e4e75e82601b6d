package dev.dmz.rules.commercial;

import static dev.dmz.rules.command.CommandChecks.onlyLead;
import static dev.dmz.rules.command.CommandChecks.onlyParent;
import static dev.dmz.rules.command.CommandChecks.within;

import dev.dmz.rules.Command;
import dev.dmz.rules.CommandRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.command.Window;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import java.util.ArrayList;
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
    if (!(command instanceof DrawOnPool || command instanceof ContributeToPool)) {
      return List.of(); // not this rule's command: nothing to allocate
    }
    List<Finding> findings = new ArrayList<>();
    if (command instanceof DrawOnPool) {
      DrawOnPool draw = (DrawOnPool) command;
      onlyLead(DmzRuleId.RISK_POOL_DRAW, state, command, "draws on the risk pool").ifPresent(findings::add);
      if (draw.surprise().isBlank()) {
        findings.add(DmzRuleId.RISK_POOL_DRAW.error(Subject.riskPool(),
            "The draw does not name the unbudgeted surprise it pays for.",
            "Name the surprise, for example \"supplier recall: re-test of the battery pack\"."));
      }
      Optional<Money> balance = balanceFor(state, draw.amount(), findings);
      if (balance.isPresent() && draw.amount().isGreaterThan(balance.orElseThrow())) {
        findings.add(DmzRuleId.RISK_POOL_DRAW.error(Subject.riskPool(),
            "A draw of " + draw.amount() + " would take the pool below zero: it holds " + balance.orElseThrow()
                + ".",
            "Draw at most " + balance.orElseThrow() + ", or have the parents contribute first."));
      }
      within(Window.PROGRAM_PERIOD, DmzRuleId.RISK_POOL_DRAW, state, command, "A draw").ifPresent(findings::add);
    } else if (command instanceof ContributeToPool) {
      onlyParent(DmzRuleId.RISK_POOL_DRAW, state, command, "contributes to the risk pool")
          .ifPresent(findings::add);
      balanceFor(state, ((ContributeToPool) command).amount(), findings);
      within(Window.PROGRAM_PERIOD, DmzRuleId.RISK_POOL_DRAW, state, command, "A contribution")
          .ifPresent(findings::add);
    }
    return findings;
  }

  /** The balance, when there is a pool and the amount is in its currency; otherwise a finding. */
  private static Optional<Money> balanceFor(ProgramState state, Money amount, List<Finding> findings) {
    Optional<Money> pool = state.commercial().poolBalance(); // asked once: each call wraps the balance anew
    if (pool.isEmpty()) {
      findings.add(DmzRuleId.RISK_POOL_DRAW.error(Subject.riskPool(),
          "The charter sets up no risk pool.", "Add a risk-sharing pool to the commercial model."));
      return Optional.empty();
    }
    Money balance = pool.orElseThrow();
    if (!balance.getCurrencyUnit().equals(amount.getCurrencyUnit())) {
      findings.add(DmzRuleId.RISK_POOL_DRAW.error(Subject.riskPool(),
          "The amount " + amount + " is not in the pool's currency, " + balance.getCurrencyUnit() + ".",
          "State the amount in " + balance.getCurrencyUnit() + "."));
      return Optional.empty();
    }
    return Optional.of(balance);
  }
}
