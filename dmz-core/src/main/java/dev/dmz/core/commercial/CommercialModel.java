package dev.dmz.core.commercial;

import dev.dmz.core.agreement.Signature;
import dev.dmz.core.agreement.Wall;
import dev.dmz.core.agreement.WallKind;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import dev.dmz.core.value.Text;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;

/**
 * The commercial wall: how suppliers are paid (milestones and named premium rates), when the
 * arrangement re-opens, and the risk-sharing pool. Every amount is in the model's one currency.
 *
 * <pre>{@code
 * CommercialModel.builder()
 *     .currency(CurrencyUnit.EUR)
 *     .pricingBasis(PricingBasis.OUTCOME_ALIGNED)
 *     .addMilestone(m1)
 *     .addPremiumRate(jonasPremium)
 *     .rebaselining(terms)
 *     .riskPool(pool)
 *     .build();
 * }</pre>
 *
 * An hourly basis, missing thresholds or a missing pool are representable: the readiness rules
 * report them. An amount in another currency is not: it throws {@link
 * dev.dmz.core.value.InvalidValueException}.
 */
@Value.Immutable
@DmzStyle
public abstract class CommercialModel implements Wall, WithCommercialModel {
  CommercialModel() {}

  @Override
  public final WallKind kind() {
    return WallKind.COMMERCIAL_MODEL;
  }

  @Override
  public abstract List<Signature> signatures();

  /**
   * The one currency of every amount in the model.
   *
   * @return the currency
   */
  public abstract CurrencyUnit currency();

  /**
   * What the model pays for.
   *
   * @return the pricing basis
   */
  public abstract PricingBasis pricingBasis();

  /**
   * The milestones, each id once.
   *
   * @return the milestones
   */
  public abstract List<Milestone> milestones();

  /**
   * The premium rates, at most one per engineer.
   *
   * @return the premium rates
   */
  public abstract List<PremiumRate> premiumRates();

  /**
   * When the arrangement re-opens.
   *
   * @return the terms; empty terms when none are stated
   */
  @Value.Default
  public RebaseliningTerms rebaselining() {
    return RebaseliningTerms.none();
  }

  /**
   * The risk-sharing pool.
   *
   * @return the pool's terms, or empty when the model has none
   */
  public abstract Optional<RiskPoolTerms> riskPool();

  /**
   * A milestone by id.
   *
   * @param id the milestone's id
   * @return the milestone, or empty when the model has none with that id
   */
  public Optional<Milestone> milestone(MilestoneId id) {
    List<Milestone> milestones = milestones();
    for (int i = 0; i < milestones.size(); i++) { // by index: an iterator over the list is an object each call
      if (milestones.get(i).id().equals(id)) {
        return Optional.of(milestones.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CommercialModel}; {@code currency} and {@code pricingBasis} are required. */
  public static final class Builder extends ImmutableCommercialModel.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Require.unique("CommercialModel.signatures", signatures(), Signature::party);
    Require.unique("CommercialModel.milestones", milestones(), Milestone::id);
    Require.unique("CommercialModel.premiumRates", premiumRates(), r -> r.engineer() instanceof NamedEngineer
        ? ((NamedEngineer) r.engineer()).id() : r.engineer());
    // The field's name, which shows an id or a label, is built only for an amount in another currency.
    for (Milestone m : milestones()) {
      if (!m.amount().getCurrencyUnit().equals(currency())) {
        Require.inCurrency("CommercialModel.milestones[" + Text.shown(m.id()) + "].amount", m.amount(), currency());
      }
    }
    for (PremiumRate r : premiumRates()) {
      if (!r.monthlyAmount().getCurrencyUnit().equals(currency())) {
        Require.inCurrency("CommercialModel.premiumRates[" + Text.bare(r.engineer().label())
            + "].monthlyAmount", r.monthlyAmount(), currency());
      }
    }
    riskPool().ifPresent(pool -> pool.commitments().forEach(c -> {
      if (!c.amount().getCurrencyUnit().equals(currency())) {
        Require.inCurrency("CommercialModel.riskPool.commitments[" + Text.shown(c.party()) + "].amount", c.amount(),
            currency());
      }
    }));
  }
}
