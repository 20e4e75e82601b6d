package dev.dmz.rules.commercial;

import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.commercial.RebaseliningTerms;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Event;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * An event of the commercial model; it changes the program's {@link CommercialState}.
 *
 * <p>Each event is a record. Its {@code of} factory and its canonical constructor make the same
 * checks: a null field is a {@link NullPointerException} and a field out of its range an {@link
 * dev.dmz.core.value.InvalidValueException}, each naming the field. There are no {@code with...}
 * copies: make a new record.
 */
public sealed interface CommercialEvent extends Event {
  /**
   * The lead accepted a milestone; its amount is owed to its payee.
   *
   * @param milestone the milestone
   * @param payee the supplier paid
   * @param amount the amount owed
   * @param slipDays days past the due date, negative when early
   * @param date the effective date
   */
  record MilestoneAccepted(MilestoneId milestone, PartyId payee, Money amount, long slipDays, LocalDate date)
      implements CommercialEvent {
    public MilestoneAccepted {
      Objects.requireNonNull(milestone, "MilestoneAccepted.milestone is null");
      Objects.requireNonNull(payee, "MilestoneAccepted.payee is null");
      Objects.requireNonNull(amount, "MilestoneAccepted.amount is null");
      Objects.requireNonNull(date, "MilestoneAccepted.date is null");
      Require.plannable("MilestoneAccepted.date", date);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static MilestoneAccepted of(MilestoneId milestone, PartyId payee, Money amount, long slipDays,
        LocalDate date) {
      return new MilestoneAccepted(milestone, payee, amount, slipDays, date);
    }
  }

  /**
   * The program's current scope changed.
   *
   * @param scope the current scope
   * @param date the effective date
   */
  record ScopeChanged(BigDecimal scope, LocalDate date) implements CommercialEvent {
    public ScopeChanged {
      Objects.requireNonNull(scope, "ScopeChanged.scope is null");
      Objects.requireNonNull(date, "ScopeChanged.date is null");
      Require.plannable("ScopeChanged.date", date);
      Require.digits("ScopeChanged.scope", scope, RebaseliningTerms.SCOPE_DIGITS, RebaseliningTerms.SCOPE_DIGITS);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static ScopeChanged of(BigDecimal scope, LocalDate date) {
      return new ScopeChanged(scope, date);
    }
  }

  /**
   * A measure went beyond its threshold: the commercial arrangement is re-opened until every
   * parent signs a new baseline.
   *
   * @param trigger which measure, and about what
   * @param date the effective date
   */
  record RebaselineTriggered(Trigger trigger, LocalDate date) implements CommercialEvent {
    public RebaselineTriggered {
      Objects.requireNonNull(trigger, "RebaselineTriggered.trigger is null");
      Objects.requireNonNull(date, "RebaselineTriggered.date is null");
      Require.plannable("RebaselineTriggered.date", date);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static RebaselineTriggered of(Trigger trigger, LocalDate date) {
      return new RebaselineTriggered(trigger, date);
    }
  }

  /**
   * A parent signed the new baseline of a re-opened arrangement.
   *
   * @param party the parent
   * @param date the effective date
   */
  record BaselineSigned(PartyId party, LocalDate date) implements CommercialEvent {
    public BaselineSigned {
      Objects.requireNonNull(party, "BaselineSigned.party is null");
      Objects.requireNonNull(date, "BaselineSigned.date is null");
      Require.plannable("BaselineSigned.date", date);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static BaselineSigned of(PartyId party, LocalDate date) {
      return new BaselineSigned(party, date);
    }
  }

  /**
   * Every parent has signed: the arrangement is closed again, on a new baseline scope.
   *
   * @param baselineScope the new baseline scope: the current scope, if one is known
   * @param date the effective date
   */
  record BaselineRenewed(Optional<BigDecimal> baselineScope, LocalDate date) implements CommercialEvent {
    public BaselineRenewed {
      Objects.requireNonNull(baselineScope, "BaselineRenewed.baselineScope is null");
      Objects.requireNonNull(date, "BaselineRenewed.date is null");
      Require.plannable("BaselineRenewed.date", date);
      baselineScope.ifPresent(s -> Require.digits("BaselineRenewed.baselineScope", s, RebaseliningTerms.SCOPE_DIGITS,
          RebaseliningTerms.SCOPE_DIGITS));
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static BaselineRenewed of(Optional<BigDecimal> baselineScope, LocalDate date) {
      return new BaselineRenewed(baselineScope, date);
    }

    /**
     * The event as a record prints it, the baseline scope left out when none is known.
     *
     * @return such as {@code BaselineRenewed[baselineScope=470, date=2028-01-10]}, or {@code
     *     BaselineRenewed[date=2028-01-10]}
     */
    @Override
    public String toString() {
      return "BaselineRenewed[" + baselineScope.map(s -> "baselineScope=" + s + ", ").orElse("") + "date=" + date + "]";
    }
  }

  /**
   * A parent paid into the risk pool.
   *
   * @param party the parent
   * @param amount the amount
   * @param date the effective date
   */
  record PoolContributed(PartyId party, Money amount, LocalDate date) implements CommercialEvent {
    public PoolContributed {
      Objects.requireNonNull(party, "PoolContributed.party is null");
      Objects.requireNonNull(amount, "PoolContributed.amount is null");
      Objects.requireNonNull(date, "PoolContributed.date is null");
      Require.plannable("PoolContributed.date", date);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static PoolContributed of(PartyId party, Money amount, LocalDate date) {
      return new PoolContributed(party, amount, date);
    }
  }

  /**
   * The lead drew on the risk pool.
   *
   * @param amount the amount
   * @param surprise the surprise it pays for, one line: it holds no control character, line break or bidirectional
   *     control, which {@link dev.dmz.core.value.Require#oneLine} refuses
   * @param date the effective date
   */
  record PoolDrawn(Money amount, String surprise, LocalDate date) implements CommercialEvent {
    public PoolDrawn {
      Objects.requireNonNull(amount, "PoolDrawn.amount is null");
      Objects.requireNonNull(surprise, "PoolDrawn.surprise is null");
      Objects.requireNonNull(date, "PoolDrawn.date is null");
      Require.plannable("PoolDrawn.date", date);
      Require.oneLine("PoolDrawn.surprise", surprise);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static PoolDrawn of(Money amount, String surprise, LocalDate date) {
      return new PoolDrawn(amount, surprise, date);
    }
  }

  /**
   * An engineer's premium rate was cancelled for good, from this day: the engineer's employer attempted
   * to substitute the engineer ({@code DMZ-PREMIUM-CONDITIONAL}). It follows the refusal of the attempt
   * in the program's history and, like a refusal, does not move the program's latest date.
   *
   * @param engineer the engineer whose premium rate is cancelled
   * @param date the day of the substitution attempt
   */
  record PremiumCancelled(EngineerId engineer, LocalDate date) implements CommercialEvent {
    public PremiumCancelled {
      Objects.requireNonNull(engineer, "PremiumCancelled.engineer is null");
      Objects.requireNonNull(date, "PremiumCancelled.date is null");
      Require.plannable("PremiumCancelled.date", date);
    }

    /** The same as the canonical constructor: the library makes its values with {@code of}. */
    public static PremiumCancelled of(EngineerId engineer, LocalDate date) {
      return new PremiumCancelled(engineer, date);
    }

    /**
     * A cancellation follows a refusal, which does not move the program's latest date.
     *
     * @return false
     */
    @Override
    public boolean movesLatestDate() {
      return false;
    }
  }
}
