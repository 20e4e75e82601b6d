package dev.dmz.testkit.charter;

import dev.dmz.core.agreement.NonPoachingAgreement;
import dev.dmz.core.agreement.Signature;
import dev.dmz.core.agreement.Wall;
import dev.dmz.core.agreement.WallKind;
import dev.dmz.core.charter.Authority;
import dev.dmz.core.charter.Decider;
import dev.dmz.core.charter.Escalation;
import dev.dmz.core.charter.Mandate;
import dev.dmz.core.charter.Norms;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.charter.ProgramLead;
import dev.dmz.core.commercial.CommercialModel;
import dev.dmz.core.commercial.DrawAuthority;
import dev.dmz.core.commercial.Milestone;
import dev.dmz.core.commercial.PoolCommitment;
import dev.dmz.core.commercial.PremiumRate;
import dev.dmz.core.commercial.PricingBasis;
import dev.dmz.core.commercial.RebaseliningTerms;
import dev.dmz.core.commercial.RiskPoolTerms;
import dev.dmz.core.ip.AssetId;
import dev.dmz.core.ip.BackgroundAsset;
import dev.dmz.core.ip.BackgroundIpDeclaration;
import dev.dmz.core.ip.IpFramework;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PartyRole;
import dev.dmz.core.party.PersonId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.HeadcountLine;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.core.staffing.PlaceholderLine;
import dev.dmz.core.staffing.StaffingLine;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.testkit.charter.CharterDraft.Amount;
import dev.dmz.testkit.property.Gen;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * For each readiness rule, the ways a ready charter can be spoilt so that this rule, and no other,
 * has findings. Each way is chosen to stay within its rule: removing the only OEM is fine (no other
 * rule asks for an OEM), removing every supplier is not (milestones and premiums pay suppliers), so
 * it is not a way here. Every way adds findings and none takes one away, so any sequence of the
 * ways of one rule breaks that rule; a way that makes the others moot (no norms at all, no IP
 * framework) is taken on its own.
 */
final class Breakages {
  /** Organisations that are never a parent of a generated charter (parents are "oem-n", "sup-n"). */
  private static final List<String> OUTSIDERS = List.of("stranger", "consultancy", "oem-holding");
  private static final int MOST_WAYS_AT_ONCE = 3;

  private Breakages() {}

  static Gen<Breakage> of(DmzRuleId rule) {
    switch (rule) {
      case CHARTER_PARENTS:
        return charterParents();
      case LEAD_NEUTRAL:
        return leadNeutral();
      case LEAD_MANDATE:
        return leadMandate();
      case NORMS:
        return norms();
      case IP_FRAMEWORK:
        return ipFramework();
      case COMMERCIAL_OUTCOME:
        return commercialOutcome();
      case PREMIUM_BASIS:
        return premiumBasis();
      case REBASELINE_TRIGGERS:
        return rebaselineTriggers();
      case RISK_POOL:
        return riskPool();
      case NON_POACHING:
        return nonPoaching();
      default:
        throw new IllegalArgumentException(rule.id() + " (" + rule.name()
            + ") is not a readiness rule: charters can only break "
            + CharterGenerators.READINESS_RULES.stream().map(r -> r.id().value())
                .collect(Collectors.joining(", ")));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The rules

  private static Gen<Breakage> charterParents() {
    Breakage noOem = new Breakage("no OEM: every OEM signs as a supplier", c -> c.withParties(
        c.parties().stream().map(p -> p.role() == PartyRole.OEM ? p.withRole(PartyRole.SUPPLIER) : p)
            .collect(Collectors.toList())));
    Gen<Breakage> duplicateId = source -> {
      int pick = source.draw(picks());
      PartyRole role = source.draw(Gen.of(PartyRole.class));
      String name = source.draw(CharterGenerators.partyNames());
      return new Breakage("a party id used twice",
          c -> c.withParties(append(c.parties(), Party.of(parent(c, pick), name, role))));
    };
    return combinable(List.of(Gen.just(noOem), duplicateId));
  }

  private static Gen<Breakage> leadNeutral() {
    Breakage noLead = new Breakage("no lead", c -> c.withLeads(List.<ProgramLead>of()));
    Gen<Breakage> coLead = Gen.combine(CharterGenerators.personNames(), Gen.integers(0, 30),
        (name, daysBefore) -> new Breakage("a mandated co-lead", c -> {
          PersonId id = PersonId.of("co-lead-" + c.leads().size());
          LocalDate signed = c.period().start().minusDays(daysBefore);
          List<Mandate> mandates = new ArrayList<>(c.mandates());
          c.parentIds().forEach(parent -> mandates.add(Mandate.full(parent, id, signed)));
          return c.withLeads(append(c.leads(), ProgramLead.of(id, name, PartyId.of("neutral"))))
              .withMandates(mandates);
        }));
    Gen<Breakage> employedByParent = picks().map(pick -> new Breakage(
        "the lead employed by a parent", c -> c.withLeads(replaceFirst(c.leads(),
            lead -> lead.withEmployer(parent(c, pick))))));
    return exclusiveOr(noLead, List.of(coLead, employedByParent));
  }

  private static Gen<Breakage> leadMandate() {
    Gen<Set<Authority>> someAuthorities = Gen.of(Authority.class).list().ofMinSize(1)
        .ofMaxSize(Authority.values().length).toSet();
    Gen<Integer> daysLate = Gen.integers(1, 60);
    Gen<Breakage> missing = picks().map(pick -> new Breakage("a parent signs no mandate",
        c -> withMandatesOf(c, parent(c, pick), List.of())));
    Gen<Breakage> toSomeoneElse = picks().map(pick -> new Breakage(
        "a parent mandates someone else", c -> withMandatesOf(c, parent(c, pick),
            List.of(Mandate.full(parent(c, pick), PersonId.of("someone-else"), c.period().start())))));
    Gen<Breakage> late = Gen.combine(picks(), daysLate, (pick, days) -> new Breakage(
        "a mandate signed after the start",
        c -> withMandatesOf(c, parent(c, pick), List.of(
            Mandate.full(parent(c, pick), leadId(c), c.period().start().plusDays(days))))));
    Gen<Breakage> lacking = Gen.combine(picks(), someAuthorities, (pick, lacked) ->
        new Breakage("a mandate lacking authorities", c -> withMandatesOf(c,
            parent(c, pick), List.of(mandate(parent(c, pick), leadId(c), allBut(lacked), c.period().start())))));
    Gen<Breakage> completedLate = source -> {
      int pick = source.draw(picks());
      Set<Authority> lacked = source.draw(someAuthorities);
      int days = source.draw(daysLate);
      return new Breakage("authorities granted in a second mandate signed after the start", c -> {
        PartyId parent = parent(c, pick);
        LocalDate start = c.period().start();
        return withMandatesOf(c, parent, List.of(
            mandate(parent, leadId(c), allBut(lacked), start),
            mandate(parent, leadId(c), lacked, start.plusDays(days))));
      });
    };
    return combinable(List.of(missing, toSomeoneElse, late, lacking, completedLate));
  }

  private static Gen<Breakage> norms() {
    Breakage noNorms = new Breakage("no norms", c -> c.withNorms(Optional.empty()));
    Gen<Breakage> noDispute = Gen.just(new Breakage("no dispute settlement",
        c -> mapNorms(c, n -> n.withDisputeSettlement(Optional.empty()))));
    Gen<Breakage> noEscalation = Gen.just(new Breakage("no escalation",
        c -> mapNorms(c, n -> n.withEscalations(List.<Escalation>of()))));
    Gen<Breakage> noDecisionRule = Gen.just(new Breakage("no cross-company decision rule",
        c -> mapNorms(c, n -> n.withCrossCompanyDecisions(Optional.empty()))));
    Gen<Breakage> toOutsider = outsiders().map(outsider -> new Breakage(
        "a matter escalated to an outsider", c -> mapNorms(c, n -> {
          String matter = "claims of " + outsider;
          return n.deciderOf(matter).isPresent() ? n : n.withEscalations(append(n.escalations(),
              Escalation.of(matter, Decider.parent(outsider))));
        })));
    return exclusiveOr(noNorms, List.of(noDispute, noEscalation, noDecisionRule, toOutsider));
  }

  private static Gen<Breakage> ipFramework() {
    Breakage noFramework = new Breakage("no IP framework", c -> withoutWall(c, WallKind.IP_FRAMEWORK));
    Gen<Breakage> unsigned = picks().map(pick -> new Breakage(
        "a parent has not signed the IP framework",
        c -> mapIp(c, ip -> ip.withSignatures(without(ip.signatures(), parent(c, pick))))));
    Gen<Breakage> signedLate = Gen.combine(picks(), Gen.integers(0, 30), (pick, days) -> new Breakage(
        "the IP framework signed on or after the start", c -> mapIp(c, ip -> ip.withSignatures(append(
            without(ip.signatures(), parent(c, pick)),
            Signature.of(parent(c, pick), c.period().start().plusDays(days)))))));
    Gen<Breakage> undeclared = picks().map(pick -> new Breakage(
        "a parent declares no background IP", c -> mapIp(c, ip -> ip.withDeclarations(
            ip.declarations().stream().filter(d -> !d.party().equals(parent(c, pick)))
                .collect(Collectors.toList())))));
    Gen<Breakage> outsiderDeclares = Gen.combine(outsiders(), Gen.booleans(), (outsider, withAsset) -> new Breakage(
        "a declaration by an outsider", c -> mapIp(c, ip -> ip.declarationOf(outsider).isPresent() ? ip
            : ip.withDeclarations(append(ip.declarations(), BackgroundIpDeclaration.of(outsider,
                withAsset ? List.of(BackgroundAsset.builder().id(AssetId.of(outsider + "-bg-1"))
                    .description("Tool chain").build()) : List.of()))))));
    Gen<Breakage> noOwnership = Gen.just(new Breakage("no foreground ownership",
        c -> mapIp(c, ip -> ip.withForegroundOwnership(Optional.empty()))));
    Gen<Breakage> noLicence = Gen.just(new Breakage("no post-program licence",
        c -> mapIp(c, ip -> ip.withPostProgramLicence(Optional.empty()))));
    return exclusiveOr(noFramework,
        List.of(unsigned, signedLate, undeclared, outsiderDeclares, noOwnership, noLicence));
  }

  private static Gen<Breakage> commercialOutcome() {
    Gen<Breakage> hourly = Gen.just(new Breakage("billed by the hour",
        c -> mapCommercial(c, m -> m.withPricingBasis(PricingBasis.HOURLY))));
    Gen<Breakage> noMilestone = Gen.just(new Breakage("no milestone",
        c -> mapCommercial(c, m -> m.withMilestones(List.<Milestone>of()))));
    Gen<Breakage> paysOem = Gen.combine(picks(), picks(), (milestone, oem) -> new Breakage(
        "a milestone paying an OEM", c -> mapCommercial(c, m -> m.withMilestones(
            replaceAt(m.milestones(), milestone, ms -> ms.withPayee(ofRole(c, PartyRole.OEM, oem)))))));
    Gen<Breakage> paysOutsider = Gen.combine(picks(), outsiders(), (milestone, outsider) ->
        new Breakage("a milestone paying an outsider", c -> mapCommercial(c, m -> m.withMilestones(
            replaceAt(m.milestones(), milestone, ms -> ms.withPayee(outsider))))));
    return combinable(List.of(hourly, noMilestone, paysOem, paysOutsider));
  }

  private static Gen<Breakage> premiumBasis() {
    Gen<Amount> amounts = CharterGenerators.amountDrafts(500, 20_000);
    Gen<Function<PartyId, StaffingLine>> unidentified = Gen.oneOf(List.of(
        Gen.of(Vocabulary.PLACEHOLDER_NAMES).map(text -> employer -> PlaceholderLine.of(text, employer)),
        Gen.of(Vocabulary.PLACEHOLDER_NAMES).map(text -> employer -> NamedEngineer.of(
            EngineerId.of("new"), text, employer)),
        CharterGenerators.personNames().map(name -> employer -> NamedEngineer.of(
            EngineerId.of("TBD"), name, employer)),
        Gen.combine(Gen.integers(1, 12), Gen.of(Vocabulary.ROLES),
            (count, role) -> employer -> HeadcountLine.of(count, role, employer))));
    Gen<Breakage> forNobody = source -> {
      Function<PartyId, StaffingLine> line = source.draw(unidentified);
      int supplier = source.draw(picks());
      Amount amount = source.draw(amounts);
      return new Breakage("a premium for nobody in particular",
          c -> addRate(c, line.apply(ofRole(c, PartyRole.SUPPLIER, supplier)), amount, true));
    };
    Gen<Breakage> ofAnOem = source -> {
      String name = source.draw(CharterGenerators.personNames());
      int oem = source.draw(picks());
      Amount amount = source.draw(amounts);
      return new Breakage("a premium for an OEM's engineer",
          c -> addRate(c, NamedEngineer.of(EngineerId.of("new"), name, ofRole(c, PartyRole.OEM, oem)), amount, true));
    };
    Gen<Breakage> ofAnOutsider = source -> {
      String name = source.draw(CharterGenerators.personNames());
      PartyId outsider = source.draw(outsiders());
      Amount amount = source.draw(amounts);
      return new Breakage("a premium for an outsider's engineer",
          c -> addRate(c, NamedEngineer.of(EngineerId.of("new"), name, outsider), amount, true));
    };
    Gen<Breakage> noImpact = source -> {
      int pick = source.draw(picks());
      String name = source.draw(CharterGenerators.personNames());
      Amount amount = source.draw(amounts);
      return new Breakage("a premium without expected impact", c -> {
        List<PremiumRate> rates = c.commercialModel().orElseThrow().premiumRates();
        if (rates.isEmpty()) {
          return addRate(c, NamedEngineer.of(EngineerId.of("new"), name, ofRole(c, PartyRole.SUPPLIER, pick)),
              amount, false);
        }
        return mapCommercial(c, m -> m.withPremiumRates(replaceAt(rates, pick,
            rate -> rate.withExpectedImpact(Optional.empty()))));
      });
    };
    return combinable(List.of(forNobody, ofAnOem, ofAnOutsider, noImpact));
  }

  private static Gen<Breakage> rebaselineTriggers() {
    Gen<Breakage> noScopeThreshold = Gen.just(new Breakage("no scope-expansion threshold",
        c -> mapTriggers(c, t -> t.withScopeExpansionThresholdPercent(Optional.empty()))));
    Gen<Breakage> noBaseline = Gen.just(new Breakage("no baseline scope",
        c -> mapTriggers(c, t -> t.withBaselineScope(Optional.empty()))));
    Gen<Breakage> noSlipThreshold = Gen.just(new Breakage("no milestone-slip threshold",
        c -> mapTriggers(c, t -> t.withMilestoneSlipThresholdDays(Optional.empty()))));
    Gen<Breakage> none = Gen.just(new Breakage("no re-baselining terms",
        c -> mapTriggers(c, t -> RebaseliningTerms.none())));
    return combinable(List.of(noScopeThreshold, noBaseline, noSlipThreshold, none));
  }

  private static Gen<Breakage> riskPool() {
    Breakage noPool = new Breakage("no risk pool", c -> mapCommercial(c, m -> m.withRiskPool(Optional.empty())));
    Gen<Breakage> onlyOne = picks().map(pick -> new Breakage("one committing parent",
        c -> mapPool(c, p -> p.commitments().isEmpty() ? p
            : p.withCommitments(List.of(pick(p.commitments(), pick))))));
    Gen<Breakage> noCommitment = Gen.just(new Breakage("no commitment",
        c -> mapPool(c, p -> p.withCommitments(List.<PoolCommitment>of()))));
    Gen<Breakage> outsiderCommits = Gen.combine(outsiders(), CharterGenerators.amountDrafts(1, 100_000),
        (outsider, amount) -> new Breakage("an outsider commits to the pool", c -> mapPool(c, p ->
            p.commitments().stream().anyMatch(x -> x.party().equals(outsider)) ? p
                : p.withCommitments(append(p.commitments(), PoolCommitment.of(outsider,
                    amount.in(c.commercialModel().orElseThrow().currency())))))));
    Gen<Breakage> drawnByOthers = Gen.of(DrawAuthority.LEAD_WITH_PARENT_APPROVAL,
            DrawAuthority.CONTRIBUTING_PARENTS)
        .map(authority -> new Breakage("drawn on by others than the lead",
            c -> mapPool(c, p -> p.withDrawAuthority(authority))));
    return exclusiveOr(noPool, List.of(onlyOne, noCommitment, outsiderCommits, drawnByOthers));
  }

  private static Gen<Breakage> nonPoaching() {
    Breakage noAgreement = new Breakage("no non-poaching agreement", c -> withoutWall(c, WallKind.NON_POACHING));
    Gen<Breakage> unsigned = picks().map(pick -> new Breakage(
        "a parent has not signed the non-poaching agreement",
        c -> mapNonPoaching(c, a -> a.withSignatures(without(a.signatures(), parent(c, pick))))));
    Gen<Breakage> noCoolingOff = Gen.just(new Breakage("no cooling-off period",
        c -> mapNonPoaching(c, a -> a.withCoolingOff(Optional.empty()))));
    Gen<Breakage> zeroCoolingOff = Gen.just(new Breakage("a cooling-off period of zero",
        c -> mapNonPoaching(c, a -> a.withCoolingOff(Period.ZERO))));
    return exclusiveOr(noAgreement, List.of(unsigned, noCoolingOff, zeroCoolingOff));
  }

  // ---------------------------------------------------------------------------------------------
  // Combining ways

  /** One to a few of the ways, one after the other. */
  private static Gen<Breakage> combinable(List<Gen<Breakage>> ways) {
    return Gen.oneOf(ways).list().ofMinSize(1).ofMaxSize(MOST_WAYS_AT_ONCE).map(Breakage::allOf);
  }

  /** Either the way that makes the others moot, on its own, or some of the others. */
  private static Gen<Breakage> exclusiveOr(Breakage alone, List<Gen<Breakage>> ways) {
    return Gen.frequency(List.of(
        Gen.weighted(1, Gen.just(alone)),
        Gen.weighted(4, combinable(ways))));
  }

  // ---------------------------------------------------------------------------------------------
  // Reading and changing a charter

  /** A small number that picks one of the things a charter has, modulo how many there are. */
  private static Gen<Integer> picks() {
    return Gen.integers(0, 9);
  }

  private static Gen<PartyId> outsiders() {
    return Gen.of(OUTSIDERS).map(PartyId::of);
  }

  private static PartyId parent(ProgramCharter charter, int pick) {
    return pick(charter.parentIds(), pick);
  }

  private static PartyId ofRole(ProgramCharter charter, PartyRole role, int pick) {
    return pick(charter.parties(role).stream().map(Party::id).distinct().collect(Collectors.toList()), pick);
  }

  private static PersonId leadId(ProgramCharter charter) {
    return charter.leads().get(0).id();
  }

  private static <T> T pick(List<T> choices, int index) {
    return CharterDraft.pick(choices, index);
  }

  private static Set<Authority> allBut(Set<Authority> lacked) {
    Set<Authority> granted = EnumSet.allOf(Authority.class);
    granted.removeAll(lacked);
    return granted;
  }

  private static Mandate mandate(PartyId grantor, PersonId lead, Set<Authority> authorities, LocalDate day) {
    return Mandate.builder().grantor(grantor).lead(lead).authorities(authorities).signedOn(day).build();
  }

  private static ProgramCharter withMandatesOf(ProgramCharter charter, PartyId grantor, List<Mandate> mandates) {
    return charter.withMandates(Stream.concat(
            charter.mandates().stream().filter(m -> !m.grantor().equals(grantor)), mandates.stream())
        .collect(Collectors.toList()));
  }

  /** Adds a premium rate under a fresh HR id ("new-n" is never an id of a ready charter). */
  private static ProgramCharter addRate(ProgramCharter charter, StaffingLine line, Amount amount, boolean impact) {
    return mapCommercial(charter, m -> {
      StaffingLine fresh = line;
      if (line instanceof NamedEngineer named && named.id().value().equals("new")) {
        fresh = named.withId(EngineerId.of("new-" + (m.premiumRates().size() + 1)));
      }
      StaffingLine added = fresh;
      boolean present = m.premiumRates().stream().anyMatch(r -> r.engineer().equals(added)
          || added instanceof NamedEngineer n && r.engineer() instanceof NamedEngineer e && e.id().equals(n.id()));
      if (present) {
        return m;
      }
      PremiumRate.Builder rate = PremiumRate.builder().engineer(added).monthlyAmount(amount.in(m.currency()));
      if (impact) {
        rate.expectedImpact(Vocabulary.IMPACTS.get(0));
      }
      return m.withPremiumRates(append(m.premiumRates(), rate.build()));
    });
  }

  private static ProgramCharter mapNorms(ProgramCharter charter, UnaryOperator<Norms> change) {
    return charter.withNorms(charter.norms().map(change));
  }

  private static ProgramCharter mapIp(ProgramCharter charter, UnaryOperator<IpFramework> change) {
    return charter.ipFramework().map(ip -> withWall(charter, change.apply(ip))).orElse(charter);
  }

  private static ProgramCharter mapCommercial(ProgramCharter charter, UnaryOperator<CommercialModel> change) {
    return charter.commercialModel().map(m -> withWall(charter, change.apply(m))).orElse(charter);
  }

  private static ProgramCharter mapTriggers(ProgramCharter charter, UnaryOperator<RebaseliningTerms> change) {
    return mapCommercial(charter, m -> m.withRebaselining(change.apply(m.rebaselining())));
  }

  private static ProgramCharter mapPool(ProgramCharter charter, UnaryOperator<RiskPoolTerms> change) {
    return mapCommercial(charter, m -> m.withRiskPool(m.riskPool().map(change)));
  }

  private static ProgramCharter mapNonPoaching(ProgramCharter charter, UnaryOperator<NonPoachingAgreement> change) {
    return charter.nonPoaching().map(a -> withWall(charter, change.apply(a))).orElse(charter);
  }

  private static ProgramCharter withWall(ProgramCharter charter, Wall wall) {
    return charter.withWalls(charter.walls().stream().map(w -> w.kind() == wall.kind() ? wall : w)
        .collect(Collectors.toList()));
  }

  private static ProgramCharter withoutWall(ProgramCharter charter, WallKind kind) {
    return charter.withWalls(charter.walls().stream().filter(w -> w.kind() != kind).collect(Collectors.toList()));
  }

  private static List<Signature> without(List<Signature> signatures, PartyId party) {
    return signatures.stream().filter(s -> !s.party().equals(party)).collect(Collectors.toList());
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> result = new ArrayList<>(list);
    result.add(element);
    return result;
  }

  private static <T> List<T> replaceFirst(List<T> list, UnaryOperator<T> change) {
    return list.isEmpty() ? list : replaceAt(list, 0, change);
  }

  private static <T> List<T> replaceAt(List<T> list, int pick, UnaryOperator<T> change) {
    if (list.isEmpty()) {
      return list;
    }
    int at = Math.floorMod(pick, list.size());
    List<T> result = new ArrayList<>(list);
    result.set(at, change.apply(list.get(at)));
    return result;
  }
}
