package dev.dmz.testkit.charter;

import dev.dmz.core.agreement.NonPoachingAgreement;
import dev.dmz.core.agreement.Signature;
import dev.dmz.core.agreement.SignedTerms;
import dev.dmz.core.agreement.Wall;
import dev.dmz.core.agreement.WallKind;
import dev.dmz.core.charter.Authority;
import dev.dmz.core.charter.Decider;
import dev.dmz.core.charter.DeciderKind;
import dev.dmz.core.charter.DecisionRule;
import dev.dmz.core.charter.EquityArrangement;
import dev.dmz.core.charter.EquityStake;
import dev.dmz.core.charter.Escalation;
import dev.dmz.core.charter.Mandate;
import dev.dmz.core.charter.Norms;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.charter.ProgramLead;
import dev.dmz.core.charter.ProgramPeriod;
import dev.dmz.core.commercial.CommercialModel;
import dev.dmz.core.commercial.DrawAuthority;
import dev.dmz.core.commercial.Milestone;
import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.commercial.PoolCommitment;
import dev.dmz.core.commercial.PremiumRate;
import dev.dmz.core.commercial.PricingBasis;
import dev.dmz.core.commercial.RebaseliningTerms;
import dev.dmz.core.commercial.RiskPoolTerms;
import dev.dmz.core.ip.AssetId;
import dev.dmz.core.ip.BackgroundAsset;
import dev.dmz.core.ip.BackgroundIpDeclaration;
import dev.dmz.core.ip.ForegroundOwnership;
import dev.dmz.core.ip.IpFramework;
import dev.dmz.core.ip.PostProgramLicence;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PartyRole;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The few, simple choices a ready charter is built from, and how they become one. Everything that
 * depends on another choice (which supplier a milestone pays, on which day it is due) is a small
 * number read modulo what is there, so that every choice shrinks on its own, towards the first
 * parent, the first day and the plainest words.
 */
record CharterDraft(
    int program,
    ProgramPeriod period,
    ProgramLead lead,
    int companyOffset,
    List<ParentDraft> parents,
    List<EngineerDraft> engineers,
    List<MilestoneDraft> milestones,
    TermsDraft terms) {

  /** One parent: its role (the first is the OEM, the second a supplier) and what it signs when. */
  record ParentDraft(
      PartyRole role,
      int legalForm,
      int mandateDaysBefore,
      int mandateSplit,
      int ipDaysBefore,
      List<AssetDraft> assets,
      boolean commits,
      Amount commitment) {}

  /** A background asset: which one, and the uses carved out of it. */
  record AssetDraft(int description, Set<String> carveOuts) {}

  /** A premium engineer: who, at which supplier, for how much and why. */
  record EngineerDraft(EngineerId id, String name, int employer, Amount monthly, int impact) {}

  /** A milestone: what, due when, paying which supplier how much. */
  record MilestoneDraft(int description, int due, int payee, Amount amount) {}

  /** A line of the escalation matrix. */
  record EscalationDraft(int matter, DeciderKind decider, int pick) {}

  /** The norms. */
  record NormsDraft(int dispute, List<EscalationDraft> escalations, DecisionRule decisions) {}

  /** The re-baselining triggers. */
  record TriggersDraft(BigDecimal baselineScope, BigDecimal scopePercent, int slipDays) {}

  /** A stake of one parent in another. */
  record StakeDraft(int holder, int issuer, BigDecimal percent) {}

  /** The walls' terms that are not per parent. */
  record TermsDraft(
      NormsDraft norms,
      ForegroundOwnership ownership,
      int licence,
      CurrencyUnit currency,
      TriggersDraft triggers,
      Period coolingOff,
      LaterWallsDraft laterWalls,
      List<StakeDraft> equity) {}

  /** The walls the rule book does not read yet, each present or not. */
  record LaterWallsDraft(Optional<String> careers, Optional<String> workspace) {}

  /** An amount in whole units and minor units, put in a currency when the charter is built. */
  record Amount(long major, int minor) {
    Money in(CurrencyUnit currency) {
      int decimals = Math.max(currency.getDecimalPlaces(), 0);
      long scale = BigDecimal.TEN.pow(decimals).longValueExact();
      return Money.ofMinor(currency, Math.multiplyExact(major, scale) + minor % scale);
    }
  }

  ProgramCharter toCharter() {
    LocalDate start = period.start();
    List<Party> parties = parties();
    List<PartyId> ids = parties.stream().map(Party::id).toList();
    List<PartyId> suppliers = parties.stream().filter(p -> p.role() == PartyRole.SUPPLIER)
        .map(Party::id).toList();
    List<Mandate> mandates = new ArrayList<>();
    List<Signature> ipSignatures = new ArrayList<>();
    List<Signature> otherSignatures = new ArrayList<>();
    List<BackgroundIpDeclaration> declarations = new ArrayList<>();
    for (int i = 0; i < parents.size(); i++) {
      ParentDraft parent = parents.get(i);
      PartyId id = ids.get(i);
      LocalDate mandateDay = start.minusDays(parent.mandateDaysBefore());
      mandates.addAll(mandates(id, mandateDay, parent.mandateSplit()));
      ipSignatures.add(Signature.of(id, start.minusDays(parent.ipDaysBefore())));
      otherSignatures.add(Signature.of(id, mandateDay));
      declarations.add(declaration(id, parent.assets()));
    }
    CurrencyUnit currency = terms.currency();
    List<Wall> walls = new ArrayList<>();
    walls.add(IpFramework.builder()
        .signatures(ipSignatures)
        .declarations(declarations)
        .foregroundOwnership(terms.ownership())
        .postProgramLicence(PostProgramLicence.of(pick(Vocabulary.LICENCES, terms.licence())))
        .build());
    walls.add(CommercialModel.builder()
        .signatures(ipSignatures)
        .currency(currency)
        .pricingBasis(PricingBasis.OUTCOME_ALIGNED)
        .milestones(milestones(suppliers, currency))
        .premiumRates(premiumRates(suppliers, currency))
        .rebaselining(RebaseliningTerms.builder()
            .baselineScope(terms.triggers().baselineScope())
            .scopeExpansionThresholdPercent(terms.triggers().scopePercent())
            .milestoneSlipThresholdDays(terms.triggers().slipDays())
            .build())
        .riskPool(riskPool(ids, currency))
        .build());
    walls.add(NonPoachingAgreement.builder().signatures(otherSignatures)
        .coolingOff(terms.coolingOff()).build());
    terms.laterWalls().careers().ifPresent(text -> walls.add(SignedTerms.builder()
        .kind(WallKind.CAREERS).terms(text).signatures(otherSignatures).build()));
    terms.laterWalls().workspace().ifPresent(text -> walls.add(SignedTerms.builder()
        .kind(WallKind.SECURITY_AND_WORKSPACE).terms(text).signatures(otherSignatures).build()));
    return ProgramCharter.builder()
        .name(pick(Vocabulary.PROGRAMS, program))
        .period(period)
        .parties(parties)
        .addLead(lead)
        .mandates(mandates)
        .norms(norms(ids))
        .walls(walls)
        .equity(equity(ids))
        .build();
  }

  private List<Party> parties() {
    List<Party> parties = new ArrayList<>();
    int oems = 0;
    int suppliers = 0;
    for (int i = 0; i < parents.size(); i++) {
      ParentDraft parent = parents.get(i);
      PartyRole role = i == 0 ? PartyRole.OEM : i == 1 ? PartyRole.SUPPLIER : parent.role();
      int number = role == PartyRole.OEM ? ++oems : ++suppliers;
      PartyId id = PartyId.of((role == PartyRole.OEM ? "oem-" : "sup-") + number);
      int stems = Vocabulary.COMPANY_STEMS.size();
      String stem = Vocabulary.COMPANY_STEMS.get((companyOffset + i) % stems);
      String name = stem + (i < stems ? "" : " " + (i / stems + 1)) + " "
          + pick(Vocabulary.LEGAL_FORMS, parent.legalForm());
      parties.add(Party.of(id, name, role));
    }
    return parties;
  }

  private List<Mandate> mandates(PartyId grantor, LocalDate day, int split) {
    if (split == 0) {
      return List.of(Mandate.full(grantor, lead.id(), day));
    }
    List<Authority> all = Arrays.asList(Authority.values());
    int at = Math.min(split, all.size() - 1);
    return List.of(
        Mandate.builder().grantor(grantor).lead(lead.id()).authorities(all.subList(0, at))
            .signedOn(day).build(),
        Mandate.builder().grantor(grantor).lead(lead.id()).authorities(all.subList(at, all.size()))
            .signedOn(day.minusDays(split)).build());
  }

  private static BackgroundIpDeclaration declaration(PartyId party, List<AssetDraft> assets) {
    List<BackgroundAsset> declared = new ArrayList<>();
    for (int i = 0; i < assets.size(); i++) {
      AssetDraft asset = assets.get(i);
      declared.add(BackgroundAsset.builder()
          .id(AssetId.of(party + "-bg-" + (i + 1)))
          .description(pick(Vocabulary.ASSETS, asset.description()))
          .carveOuts(asset.carveOuts())
          .build());
    }
    return BackgroundIpDeclaration.of(party, declared);
  }

  private List<Milestone> milestones(List<PartyId> suppliers, CurrencyUnit currency) {
    List<Milestone> result = new ArrayList<>();
    for (int i = 0; i < milestones.size(); i++) {
      MilestoneDraft milestone = milestones.get(i);
      result.add(Milestone.builder()
          .id(MilestoneId.of("M" + (i + 1)))
          .description(pick(Vocabulary.MILESTONES, milestone.description()))
          .dueDate(period.start().plusDays(milestone.due() % period.days()))
          .payee(pick(suppliers, milestone.payee()))
          .amount(milestone.amount().in(currency))
          .build());
    }
    return result;
  }

  private List<PremiumRate> premiumRates(List<PartyId> suppliers, CurrencyUnit currency) {
    return engineers.stream().map(engineer -> PremiumRate.builder()
            .engineer(NamedEngineer.of(engineer.id(), engineer.name(),
                pick(suppliers, engineer.employer())))
            .monthlyAmount(engineer.monthly().in(currency))
            .expectedImpact(pick(Vocabulary.IMPACTS, engineer.impact()))
            .build())
        .toList();
  }

  /** At least two parents commit: those that chose to, topped up from the first parents on. */
  private RiskPoolTerms riskPool(List<PartyId> ids, CurrencyUnit currency) {
    Map<PartyId, Money> commitments = new LinkedHashMap<>();
    for (int i = 0; i < parents.size(); i++) {
      if (parents.get(i).commits()) {
        commitments.put(ids.get(i), parents.get(i).commitment().in(currency));
      }
    }
    for (int i = 0; commitments.size() < 2; i++) {
      commitments.putIfAbsent(ids.get(i), parents.get(i).commitment().in(currency));
    }
    RiskPoolTerms.Builder pool = RiskPoolTerms.builder().drawAuthority(DrawAuthority.PROGRAM_LEAD_ALONE);
    commitments.forEach((party, amount) -> pool.addCommitment(PoolCommitment.of(party, amount)));
    return pool.build();
  }

  private Norms norms(List<PartyId> ids) {
    NormsDraft draft = terms.norms();
    Norms.Builder norms = Norms.builder()
        .disputeSettlement(pick(Vocabulary.DISPUTE_SETTLEMENTS, draft.dispute()))
        .crossCompanyDecisions(draft.decisions());
    for (EscalationDraft escalation : draft.escalations()) {
      Decider decider = switch (escalation.decider()) {
        case PROGRAM_LEAD -> Decider.programLead();
        case ALL_PARENTS -> Decider.allParents();
        case PARENT -> Decider.parent(pick(ids, escalation.pick()));
        case EXTERNAL_BODY -> Decider.externalBody(pick(Vocabulary.EXTERNAL_BODIES, escalation.pick()));
      };
      norms.addEscalation(Escalation.of(pick(Vocabulary.MATTERS, escalation.matter()), decider));
    }
    return norms.build();
  }

  /** Stakes between distinct parents; a second stake of the same holder in the same issuer is dropped. */
  private Optional<EquityArrangement> equity(List<PartyId> ids) {
    Map<String, EquityStake> stakes = new LinkedHashMap<>();
    for (StakeDraft stake : terms.equity()) {
      PartyId holder = pick(ids, stake.holder());
      PartyId issuer = ids.get((ids.indexOf(holder) + 1 + stake.issuer() % (ids.size() - 1)) % ids.size());
      stakes.putIfAbsent(holder + ">" + issuer, EquityStake.of(holder, issuer, stake.percent()));
    }
    return stakes.isEmpty() ? Optional.empty()
        : Optional.of(EquityArrangement.builder().stakes(stakes.values()).build());
  }

  static <T> T pick(List<T> choices, int index) {
    return choices.get(Math.floorMod(index, choices.size()));
  }
}
