package dev.dmz.rules.commercial;

import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.commercial.RebaseliningTerms;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.Money;

/**
 * A command of the commercial model: milestones, scope and baselines, the risk pool. {@link
 * CommercialSlice} decides them and applies their events.
 *
 * <p>Each command is a record. Its {@code of} factory and its canonical constructor make the same
 * checks: a null field is a {@link NullPointerException} and a field out of its range an {@link
 * dev.dmz.core.value.InvalidValueException}, each naming the field. There are no {@code with...}
 * copies: make a new record.
 */
public sealed interface CommercialCommand extends Command {
  /**
   * The lead accepts a milestone, which makes its amount owed to its payee ({@code
   * DMZ-MILESTONE-PAYMENT}); a slip beyond the threshold re-opens the arrangement ({@code DMZ-REBASELINE}).
   *
   * <pre>{@code
   * AcceptMilestone.of(Actor.lead(lead.id()), MilestoneId.of("M1"), LocalDate.of(2027, 7, 2))
   * }</pre>
   *
   * @param actor who asks
   * @param milestone the milestone
   * @param date the effective date
   */
  record AcceptMilestone(Actor actor, MilestoneId milestone, LocalDate date) implements CommercialCommand {
    public AcceptMilestone {
      Objects.requireNonNull(actor, "AcceptMilestone.actor is null");
      Objects.requireNonNull(milestone, "AcceptMilestone.milestone is null");
      Objects.requireNonNull(date, "AcceptMilestone.date is null");
      Require.plannable("AcceptMilestone.date", date);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static AcceptMilestone of(Actor actor, MilestoneId milestone, LocalDate date) {
      return new AcceptMilestone(actor, milestone, date);
    }
  }

  /**
   * The program's current scope, as measured on a day, in the unit of the baseline scope. Growth
   * beyond the threshold re-opens the arrangement ({@code DMZ-REBASELINE}). The lead or a parent records it.
   *
   * <pre>{@code
   * RecordScopeChange.of(Actor.lead(lead.id()), new BigDecimal("470"), day)
   * }</pre>
   *
   * @param actor who asks
   * @param scope the current scope, more than zero, of at most {@value RebaseliningTerms#SCOPE_DIGITS} digits
   *     before the point and as many after it
   * @param date the effective date
   */
  record RecordScopeChange(Actor actor, BigDecimal scope, LocalDate date) implements CommercialCommand {
    public RecordScopeChange {
      Objects.requireNonNull(actor, "RecordScopeChange.actor is null");
      Objects.requireNonNull(scope, "RecordScopeChange.scope is null");
      Objects.requireNonNull(date, "RecordScopeChange.date is null");
      Require.plannable("RecordScopeChange.date", date);
      Require.positive("RecordScopeChange.scope", scope);
      Require.digits("RecordScopeChange.scope", scope, RebaseliningTerms.SCOPE_DIGITS, RebaseliningTerms.SCOPE_DIGITS);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static RecordScopeChange of(Actor actor, BigDecimal scope, LocalDate date) {
      return new RecordScopeChange(actor, scope, date);
    }
  }

  /**
   * A parent signs the new baseline of a re-opened arrangement; when every parent has signed,
   * the arrangement closes again on the current scope ({@code DMZ-REBASELINE}).
   *
   * <pre>{@code
   * SignNewBaseline.of(Actor.parent(nordwerk), day)
   * }</pre>
   *
   * @param actor who asks
   * @param date the effective date
   */
  record SignNewBaseline(Actor actor, LocalDate date) implements CommercialCommand {
    public SignNewBaseline {
      Objects.requireNonNull(actor, "SignNewBaseline.actor is null");
      Objects.requireNonNull(date, "SignNewBaseline.date is null");
      Require.plannable("SignNewBaseline.date", date);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static SignNewBaseline of(Actor actor, LocalDate date) {
      return new SignNewBaseline(actor, date);
    }
  }

  /**
   * A parent pays into the risk-sharing pool.
   *
   * <pre>{@code
   * ContributeToPool.of(Actor.parent(nordwerk), Money.ofMajor(CurrencyUnit.EUR, 400_000), day)
   * }</pre>
   *
   * @param actor who asks
   * @param amount the amount paid in, more than zero
   * @param date the effective date
   */
  record ContributeToPool(Actor actor, Money amount, LocalDate date) implements CommercialCommand {
    public ContributeToPool {
      Objects.requireNonNull(actor, "ContributeToPool.actor is null");
      Objects.requireNonNull(amount, "ContributeToPool.amount is null");
      Objects.requireNonNull(date, "ContributeToPool.date is null");
      Require.plannable("ContributeToPool.date", date);
      Require.positive("ContributeToPool.amount", amount);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static ContributeToPool of(Actor actor, Money amount, LocalDate date) {
      return new ContributeToPool(actor, amount, date);
    }
  }

  /**
   * The lead draws on the risk-sharing pool for an unbudgeted surprise ({@code
   * DMZ-RISK-POOL-DRAW}): only the lead, naming the surprise, and never below zero.
   *
   * <pre>{@code
   * DrawOnPool.of(Actor.lead(lead.id()), Money.ofMajor(CurrencyUnit.EUR, 30_000),
   *     "Cell supplier recalled a batch; re-test of the pack", day)
   * }</pre>
   *
   * @param actor who asks
   * @param amount the amount drawn, more than zero
   * @param surprise the unbudgeted surprise the draw pays for: one line, blank or not (a blank one is {@code
   *     DMZ-RISK-POOL-DRAW}'s to refuse): it holds no control character, line break or bidirectional control, which
   *     {@link dev.dmz.core.value.Require#oneLine} refuses
   * @param date the effective date
   */
  record DrawOnPool(Actor actor, Money amount, String surprise, LocalDate date) implements CommercialCommand {
    public DrawOnPool {
      Objects.requireNonNull(actor, "DrawOnPool.actor is null");
      Objects.requireNonNull(amount, "DrawOnPool.amount is null");
      Objects.requireNonNull(surprise, "DrawOnPool.surprise is null");
      Objects.requireNonNull(date, "DrawOnPool.date is null");
      Require.plannable("DrawOnPool.date", date);
      Require.positive("DrawOnPool.amount", amount);
      Require.oneLine("DrawOnPool.surprise", surprise);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static DrawOnPool of(Actor actor, Money amount, String surprise, LocalDate date) {
      return new DrawOnPool(actor, amount, surprise, date);
    }
  }
}
