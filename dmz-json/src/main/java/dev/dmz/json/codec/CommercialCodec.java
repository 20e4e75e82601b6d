package dev.dmz.json.codec;

import dev.dmz.core.commercial.CommercialModel;
import dev.dmz.core.commercial.DrawAuthority;
import dev.dmz.core.commercial.Milestone;
import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.commercial.PoolCommitment;
import dev.dmz.core.commercial.PremiumRate;
import dev.dmz.core.commercial.PricingBasis;
import dev.dmz.core.commercial.RebaseliningTerms;
import dev.dmz.core.commercial.RiskPoolTerms;
import dev.dmz.core.party.PartyId;
import dev.dmz.json.syntax.Node;

/**
 * The commercial model as JSON: currency, pricing basis, milestones, premium rates, re-baselining
 * terms (left out when there are none) and the risk pool.
 */
public final class CommercialCodec {
  private CommercialCodec() {}

  static CommercialModel model(Fields in) {
    return CommercialModel.builder()
        .addAllSignatures(WallCodec.signatures(in))
        .currency(in.get("currency").currency())
        .pricingBasis(in.get("pricingBasis").choice(PricingBasis.class))
        .addAllMilestones(in.list("milestones", v -> v.object(CommercialCodec::milestone)))
        .addAllPremiumRates(in.list("premiumRates", v -> v.object(CommercialCodec::premiumRate)))
        .rebaselining(in.find("rebaselining").map(v -> v.object(CommercialCodec::rebaselining))
            .orElse(RebaseliningTerms.none()))
        .riskPool(in.find("riskPool").map(v -> v.object(CommercialCodec::riskPool)))
        .build();
  }

  static void model(CommercialModel model, Write out) {
    WallCodec.signatures(model, out)
        .put("currency", model.currency().getCode())
        .put("pricingBasis", model.pricingBasis())
        .list("milestones", model.milestones(), CommercialCodec::milestone)
        .list("premiumRates", model.premiumRates(), CommercialCodec::premiumRate);
    if (!model.rebaselining().equals(RebaseliningTerms.none())) {
      out.put("rebaselining", rebaselining(model.rebaselining()));
    }
    out.optional("riskPool", model.riskPool(), CommercialCodec::riskPool);
  }

  static Milestone milestone(Fields in) {
    return Milestone.builder()
        .id(in.get("id").text(MilestoneId::of))
        .description(in.get("description").text())
        .dueDate(in.get("dueDate").date())
        .payee(in.get("payee").text(PartyId::of))
        .amount(in.get("amount").money())
        .build();
  }

  static Node milestone(Milestone milestone) {
    return Write.object().put("id", milestone.id()).put("description", milestone.description())
        .put("dueDate", milestone.dueDate()).put("payee", milestone.payee())
        .put("amount", milestone.amount()).node();
  }

  static PremiumRate premiumRate(Fields in) {
    return PremiumRate.builder()
        .engineer(StaffingCodec.LINES.read(in.get("engineer")))
        .monthlyAmount(in.get("monthlyAmount").money())
        .expectedImpact(in.find("expectedImpact").map(Value::text))
        .build();
  }

  static Node premiumRate(PremiumRate rate) {
    return Write.object().put("engineer", StaffingCodec.LINES.node(rate.engineer()))
        .put("monthlyAmount", rate.monthlyAmount())
        .optional("expectedImpact", rate.expectedImpact(), Write::text).node();
  }

  static RebaseliningTerms rebaselining(Fields in) {
    return RebaseliningTerms.builder()
        .baselineScope(in.find("baselineScope").map(Value::decimal))
        .scopeExpansionThresholdPercent(in.find("scopeExpansionThresholdPercent").map(Value::decimal))
        .milestoneSlipThresholdDays(in.find("milestoneSlipThresholdDays").map(Value::smallInteger))
        .build();
  }

  static Node rebaselining(RebaseliningTerms terms) {
    return Write.object()
        .optional("baselineScope", terms.baselineScope(), Write::number)
        .optional("scopeExpansionThresholdPercent", terms.scopeExpansionThresholdPercent(), Write::number)
        .optional("milestoneSlipThresholdDays", terms.milestoneSlipThresholdDays(),
            days -> Write.number(java.math.BigDecimal.valueOf(days)))
        .node();
  }

  static RiskPoolTerms riskPool(Fields in) {
    return RiskPoolTerms.builder()
        .addAllCommitments(in.list("commitments", v -> v.object(c -> PoolCommitment.of(
            c.get("party").text(PartyId::of), c.get("amount").money()))))
        .drawAuthority(in.get("drawAuthority").choice(DrawAuthority.class))
        .build();
  }

  static Node riskPool(RiskPoolTerms pool) {
    return Write.object()
        .list("commitments", pool.commitments(), c -> Write.object().put("party", c.party())
            .put("amount", c.amount()).node())
        .put("drawAuthority", pool.drawAuthority()).node();
  }
}
