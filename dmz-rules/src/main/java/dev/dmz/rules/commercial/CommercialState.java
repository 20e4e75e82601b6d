package dev.dmz.rules.commercial;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.rules.commercial.CommercialEvent.MilestoneAccepted;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The commercial model's part of a program's state: accepted milestones, the scope and its baseline,
 * whether the arrangement is re-opened, the risk pool's balance and the cancelled premium rates. It
 * holds what the rules decide on, not the history: the pool's movements and the triggers that fired
 * are events of the program's history ({@link CommercialEvent.PoolContributed}, {@link
 * CommercialEvent.PoolDrawn}, {@link CommercialEvent.RebaselineTriggered}). Read it through {@code
 * ProgramState.commercial()}.
 */
@Value.Immutable
@DmzStyle
public abstract class CommercialState {
  CommercialState() {}

  /**
   * The accepted milestones.
   *
   * @return the acceptances by milestone
   */
  public abstract Map<MilestoneId, MilestoneAccepted> acceptances();

  /**
   * The program's current scope.
   *
   * @return the scope, or empty when neither the charter nor a command stated one
   */
  public abstract Optional<BigDecimal> scope();

  /**
   * The baseline scope growth is measured against: the charter's, or the latest renewed one.
   *
   * @return the baseline scope, or empty when none is stated
   */
  public abstract Optional<BigDecimal> baselineScope();

  /**
   * Whether the commercial arrangement is re-opened, waiting for every parent to sign a new
   * baseline.
   *
   * @return true while re-opened
   */
  public abstract boolean reopened();

  /**
   * The parents that signed the new baseline of the re-opened arrangement.
   *
   * @return the parents, empty when the arrangement is closed
   */
  public abstract Set<PartyId> baselineSignatures();

  /**
   * What is in the risk pool: the contributions recorded less the draws (the charter's commitments
   * are promises, not money in the pool).
   *
   * @return the balance, or empty when the charter has no risk pool
   */
  public abstract Optional<Money> poolBalance();

  /**
   * {@link #poolBalance()} made once with the state: each call of that accessor makes its {@code
   * Optional} anew, which {@code DMZ-RISK-POOL-DRAW}, asked on every draw and contribution, would otherwise
   * allocate where the compiler does not remove it. Not part of the state's value.
   */
  @Value.Derived
  @Value.Auxiliary
  Optional<Money> pool() {
    return poolBalance();
  }

  /**
   * The premium rates cancelled by a substitution attempt, with the day of the attempt.
   *
   * @return the day of cancellation by engineer
   */
  public abstract Map<EngineerId, LocalDate> premiumCancellations();

  /**
   * The commercial state of a program that has just started: the charter's baseline scope, an empty
   * pool when the charter sets one up, nothing accepted or cancelled.
   *
   * @param charter the charter
   * @return the state
   */
  public static CommercialState start(ProgramCharter charter) {
    Optional<BigDecimal> baseline = charter.commercialModel()
        .flatMap(m -> m.rebaselining().baselineScope());
    return builder()
        .acceptances(HashMap.empty())
        .scope(baseline)
        .baselineScope(baseline)
        .reopened(false)
        .baselineSignatures(HashSet.empty())
        .poolBalance(charter.commercialModel().flatMap(m -> m.riskPool().map(p -> Money.zero(m.currency()))))
        .premiumCancellations(HashMap.empty())
        .build();
  }

  /**
   * A builder from the fields, for a codec that reads back a state written from a program (a
   * snapshot). A program makes its states itself; see {@code ProgramState.builder()}.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CommercialState}; see {@link CommercialState#builder()}. */
  public static final class Builder extends ImmutableCommercialState.Builder {
    Builder() {}
  }
}
