package dev.dmz.testkit.reference;

import dev.dmz.core.agreement.NonPoachingAgreement;
import dev.dmz.core.agreement.Signature;
import dev.dmz.core.agreement.Wall;
import dev.dmz.core.agreement.WallKind;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.commercial.CommercialModel;
import dev.dmz.core.commercial.Milestone;
import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.commercial.PremiumRate;
import dev.dmz.core.ip.AssetId;
import dev.dmz.core.ip.BackgroundAsset;
import dev.dmz.core.ip.BackgroundIpDeclaration;
import dev.dmz.core.ip.ForegroundAsset;
import dev.dmz.core.ip.IpFramework;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PartyRole;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.core.staffing.StaffingLine;
import dev.dmz.rules.Actor;
import dev.dmz.rules.ActorKind;
import dev.dmz.rules.Command;
import dev.dmz.rules.commercial.CommercialCommand.AcceptMilestone;
import dev.dmz.rules.commercial.CommercialCommand.ContributeToPool;
import dev.dmz.rules.commercial.CommercialCommand.DrawOnPool;
import dev.dmz.rules.commercial.CommercialCommand.RecordScopeChange;
import dev.dmz.rules.commercial.CommercialCommand.SignNewBaseline;
import dev.dmz.rules.ip.IpCommand.AmendIpFramework;
import dev.dmz.rules.ip.IpCommand.RecordForegroundIp;
import dev.dmz.rules.nonpoaching.NonPoachingCommand.MakeJobOffer;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.CloseVacancy;
import dev.dmz.rules.staffing.StaffingCommand.FillVacancy;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import dev.dmz.rules.staffing.StaffingCommand.SubstituteEngineer;
import dev.dmz.rules.staffing.VacancyId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A deliberately plain reference model of a DMZ program's rules, written from DOMAIN.md (and, where
 * DOMAIN.md is silent, from the choices the production rules' class javadoc states), for differential
 * testing against {@link dev.dmz.rules.Program}. It uses plain mutable Java collections and
 * plain loops, and shares no rule code with production: only the domain types and the commands serve
 * as its vocabulary.
 *
 * <p>For each command it answers: accepted or refused, and the set of rule ids behind a refusal. For a
 * period it answers what each supplier is owed.
 *
 * <p>Scope: the model assumes its charter is ready when it starts (the differential property runs
 * the testkit's ready charter) and re-checks only the part of readiness a program can change, the IP
 * framework, after an amendment.
 */
final class ReferenceModel {

  /**
   * The answer to one command.
   *
   * @param accepted whether it goes through
   * @param ruleIds the ids of the rules behind a refusal
   * @param findings every failed check, with its rule
   */
  record Outcome(boolean accepted, Set<String> ruleIds, List<Found> findings) {}

  /**
   * One failed check.
   *
   * @param rule the rule id
   * @param check which check failed, as a short key
   */
  record Found(String rule, String check) {}

  static final String CHRONOLOGY = "DMZ-CHRONOLOGY";
  static final String WALLS_BEFORE_ENTRY = "DMZ-WALLS-BEFORE-ENTRY";
  static final String NAMED_ENTRY = "DMZ-NAMED-ENTRY";
  static final String LEAD_ADMITS = "DMZ-LEAD-ADMITS";
  static final String REPLACEMENT_VETO = "DMZ-REPLACEMENT-VETO";
  static final String IP_ATTRIBUTION = "DMZ-IP-ATTRIBUTION";
  static final String IP_FROZEN = "DMZ-IP-FROZEN";
  static final String MILESTONE_PAYMENT = "DMZ-MILESTONE-PAYMENT";
  static final String REBASELINE = "DMZ-REBASELINE";
  static final String RISK_POOL_DRAW = "DMZ-RISK-POOL-DRAW";
  static final String NON_POACHING_OFFER = "DMZ-NON-POACHING-OFFER";

  // ---- The charter, read once --------------------------------------------------------------------

  private final LocalDate start;
  private final LocalDate end;
  private final String leadId;
  private final List<PartyId> parents = new ArrayList<>();
  private final List<PartyId> suppliers = new ArrayList<>();
  private final CurrencyUnit currency;
  private final List<Milestone> milestones = new ArrayList<>();
  private final List<PremiumRate> premiumRates = new ArrayList<>();
  private final BigDecimal scopeThresholdPercent; // null when not stated
  private final Integer slipThresholdDays; // null when not stated
  private final boolean poolSetUp;
  private final Period coolingOff; // null when none
  private IpFramework ipFramework; // null when none; an amendment replaces it

  // ---- The program, as the accepted commands left it -------------------------------------------

  private LocalDate latestAccepted; // null before the first accepted command
  private final Map<EngineerId, NamedEngineer> pool = new HashMap<>();
  private final Map<EngineerId, NamedEngineer> onProgram = new HashMap<>();
  /** The employer of every id ever nominated: an engineer id is a person's identity. */
  private final Map<EngineerId, PartyId> employers = new HashMap<>();
  /** Each engineer's stretches on the program: {admitted, departed}; departed is null while open. */
  private final Map<EngineerId, List<LocalDate[]>> tenures = new HashMap<>();
  private boolean someoneEntered;
  /** Vacancies in order of departure: V1 is the first. */
  private final List<Seat> vacancies = new ArrayList<>();
  private final Map<MilestoneId, LocalDate> accepted = new HashMap<>();
  /** The day a substitution attempt cancelled an engineer's premium (the earliest such day). */
  private final Map<EngineerId, LocalDate> premiumCancelledFrom = new HashMap<>();
  private BigDecimal baselineScope; // null when not stated
  private BigDecimal currentScope;
  private boolean reopened;
  private final Set<PartyId> baselineSigners = new HashSet<>();
  private BigDecimal poolBalance = BigDecimal.ZERO;
  private final Set<AssetId> foregroundIds = new HashSet<>();

  /** The seat a departed engineer left. */
  private static final class Seat {
    final VacancyId id;
    final EngineerId leftBy;
    boolean open = true;

    Seat(VacancyId id, EngineerId leftBy) {
      this.id = id;
      this.leftBy = leftBy;
    }
  }

  ReferenceModel(ProgramCharter charter) {
    start = charter.period().start();
    end = charter.period().end();
    leadId = charter.lead().orElseThrow().id().value();
    for (Party party : charter.parties()) {
      parents.add(party.id());
      if (party.role() == PartyRole.SUPPLIER) {
        suppliers.add(party.id());
      }
    }
    CommercialModel commercial = null;
    NonPoachingAgreement nonPoaching = null;
    for (Wall wall : charter.walls()) {
      if (wall.kind() == WallKind.COMMERCIAL_MODEL) {
        commercial = (CommercialModel) wall;
      } else if (wall.kind() == WallKind.NON_POACHING) {
        nonPoaching = (NonPoachingAgreement) wall;
      } else if (wall.kind() == WallKind.IP_FRAMEWORK) {
        ipFramework = (IpFramework) wall;
      }
    }
    if (commercial == null) {
      throw new IllegalArgumentException("the reference model needs a commercial model");
    }
    currency = commercial.currency();
    milestones.addAll(commercial.milestones());
    premiumRates.addAll(commercial.premiumRates());
    baselineScope = commercial.rebaselining().baselineScope().orElse(null);
    currentScope = baselineScope;
    scopeThresholdPercent = commercial.rebaselining().scopeExpansionThresholdPercent().orElse(null);
    slipThresholdDays = commercial.rebaselining().milestoneSlipThresholdDays().orElse(null);
    poolSetUp = commercial.riskPool().isPresent();
    coolingOff = nonPoaching == null ? null : nonPoaching.coolingOff().orElse(null);
  }

  // ---- Commands ----------------------------------------------------------------------------------

  /**
   * Decides on a command and, when it is accepted, applies it.
   *
   * @param command the command
   * @return accepted, or refused with the rule ids
   */
  Outcome apply(Command command) {
    List<Found> found = new ArrayList<>();
    LocalDate date = command.date();
    if (latestAccepted != null && date.isBefore(latestAccepted)) {
      found.add(new Found(CHRONOLOGY, "dated-before-latest"));
    }
    if (command instanceof Nominate c) {
      nominate(c, found);
    } else if (command instanceof Admit c) {
      admit(c, found);
    } else if (command instanceof RecordDeparture c) {
      depart(c, found);
    } else if (command instanceof FillVacancy c) {
      fill(c, found);
    } else if (command instanceof CloseVacancy c) {
      close(c, found);
    } else if (command instanceof SubstituteEngineer c) {
      substitute(c, found);
    } else if (command instanceof AcceptMilestone c) {
      acceptMilestone(c, found);
    } else if (command instanceof RecordScopeChange c) {
      scopeChange(c, found);
    } else if (command instanceof SignNewBaseline c) {
      signBaseline(c, found);
    } else if (command instanceof ContributeToPool c) {
      contribute(c, found);
    } else if (command instanceof DrawOnPool c) {
      draw(c, found);
    } else if (command instanceof RecordForegroundIp c) {
      foregroundIp(c, found);
    } else if (command instanceof AmendIpFramework c) {
      amendIp(c, found);
    } else if (command instanceof MakeJobOffer c) {
      jobOffer(c, found);
    } else {
      throw new IllegalArgumentException("the reference model does not know " + command);
    }
    boolean ok = found.isEmpty();
    if (ok) {
      latestAccepted = date;
    }
    Set<String> ids = new TreeSet<>();
    for (Found finding : found) {
      ids.add(finding.rule());
    }
    return new Outcome(ok, ids, found);
  }

  // Each command: first every check (adding rule ids), then, only when nothing was found, the effect.

  private void nominate(Nominate c, List<Found> found) {
    StaffingLine line = c.line();
    if (!identifiesAPerson(line)) {
      found.add(new Found(NAMED_ENTRY, "nominee-not-identified"));
    }
    if (!isParent(c.actor()) || !line.employer().value().equals(c.actor().id())) {
      found.add(new Found(LEAD_ADMITS, "nominator-not-employer"));
    }
    if (c.date().isAfter(end)) {
      found.add(new Found(LEAD_ADMITS, "nomination-after-end"));
    }
    if (line instanceof NamedEngineer person) {
      PartyId known = employers.get(person.id());
      for (PremiumRate rate : premiumRates) { // an id a premium rate names is that engineer's too
        if (known == null && rate.engineer() instanceof NamedEngineer rated && rated.id().equals(person.id())) {
          known = rated.employer();
        }
      }
      if (known != null && !known.equals(person.employer())) {
        found.add(new Found(LEAD_ADMITS, "nominee-id-other-employer")); // that finding alone
      } else if (pool.containsKey(person.id()) || onProgram.containsKey(person.id())) {
        found.add(new Found(LEAD_ADMITS, "nominee-already-in"));
      }
    }
    if (found.isEmpty()) {
      NamedEngineer person = (NamedEngineer) line;
      pool.put(person.id(), person);
      employers.put(person.id(), person.employer());
    }
  }

  private void admit(Admit c, List<Found> found) {
    if (!isLead(c.actor())) {
      found.add(new Found(LEAD_ADMITS, "admit-not-lead"));
    }
    if (!pool.containsKey(c.engineer())) {
      found.add(new Found(LEAD_ADMITS, "admit-not-candidate"));
    }
    if (!inProgram(c.date())) {
      found.add(new Found(LEAD_ADMITS, "admit-outside-period"));
    }
    if (!charterReady()) {
      found.add(new Found(WALLS_BEFORE_ENTRY, "admit-charter-not-ready"));
    }
    if (found.isEmpty()) {
      enter(c.engineer(), c.date());
    }
  }

  private void depart(RecordDeparture c, List<Found> found) {
    NamedEngineer engineer = onProgram.get(c.engineer());
    if (engineer == null) {
      found.add(new Found(REPLACEMENT_VETO, "leaver-not-on-program"));
    }
    boolean employerActs = engineer != null && isParent(c.actor())
        && engineer.employer().value().equals(c.actor().id());
    if (!isLead(c.actor()) && !employerActs) {
      found.add(new Found(REPLACEMENT_VETO, "departure-not-lead-or-employer"));
    }
    if (!inProgram(c.date())) {
      found.add(new Found(REPLACEMENT_VETO, "departure-outside-period"));
    }
    if (found.isEmpty()) {
      onProgram.remove(c.engineer());
      List<LocalDate[]> stretches = tenures.get(c.engineer());
      stretches.get(stretches.size() - 1)[1] = c.date();
      vacancies.add(new Seat(VacancyId.number(vacancies.size() + 1), c.engineer()));
    }
  }

  private void fill(FillVacancy c, List<Found> found) {
    Seat seat = seat(c.vacancy());
    if (!isLead(c.actor())) {
      found.add(new Found(REPLACEMENT_VETO, "fill-not-lead"));
    }
    if (seat == null || !seat.open) {
      found.add(new Found(REPLACEMENT_VETO, "fill-no-open-vacancy"));
    }
    // One fault, one finding: a fill from outside the pool, or outside the program period, is the
    // veto's alone (DOMAIN.md, Conventions), though filling a seat admits the candidate.
    if (!pool.containsKey(c.engineer())) {
      found.add(new Found(REPLACEMENT_VETO, "fill-not-candidate"));
    }
    if (!inProgram(c.date())) {
      found.add(new Found(REPLACEMENT_VETO, "fill-outside-period"));
    }
    if (!charterReady()) {
      found.add(new Found(WALLS_BEFORE_ENTRY, "fill-charter-not-ready"));
    }
    if (found.isEmpty()) {
      seat.open = false;
      enter(c.engineer(), c.date());
    }
  }

  private void close(CloseVacancy c, List<Found> found) {
    Seat seat = seat(c.vacancy());
    if (!isLead(c.actor())) {
      found.add(new Found(REPLACEMENT_VETO, "close-not-lead"));
    }
    if (seat == null || !seat.open) {
      found.add(new Found(REPLACEMENT_VETO, "close-no-open-vacancy"));
    }
    if (!inProgram(c.date())) {
      found.add(new Found(REPLACEMENT_VETO, "close-outside-period"));
    }
    if (found.isEmpty()) {
      seat.open = false;
    }
  }

  /**
   * Always refused. The attempt alone cancels the premium of the outgoing engineer from its day, for
   * good, when it is what {@link SubstituteEngineer} says it is: the employer's own attempt to swap one
   * of its engineers (an attempt in another's name cancels nothing). An attempt dated before the latest
   * accepted command cancels nothing either: DMZ-CHRONOLOGY keeps the premium days in date order.
   */
  private void substitute(SubstituteEngineer c, List<Found> found) {
    found.add(new Found(REPLACEMENT_VETO, "substitution"));
    if (!identifiesAPerson(c.incoming())) {
      found.add(new Found(NAMED_ENTRY, "substitute-not-identified"));
    }

    boolean inOrder = latestAccepted == null || !c.date().isBefore(latestAccepted);
    if (!inOrder) {
      return;
    }
    for (PremiumRate rate : premiumRates) {
      if (rate.engineer() instanceof NamedEngineer engineer && engineer.id().equals(c.outgoing())
          && isParent(c.actor()) && engineer.employer().value().equals(c.actor().id())
          && !premiumCancelledFrom.containsKey(engineer.id())) {
        premiumCancelledFrom.put(engineer.id(), c.date());
      }
    }
  }

  private void acceptMilestone(AcceptMilestone c, List<Found> found) {
    Milestone milestone = milestone(c.milestone());
    if (!isLead(c.actor())) {
      found.add(new Found(MILESTONE_PAYMENT, "milestone-not-lead"));
    }
    if (milestone == null || accepted.containsKey(c.milestone())) {
      found.add(new Found(MILESTONE_PAYMENT, "milestone-unknown-or-accepted"));
    }
    if (c.date().isBefore(start)) { // acceptances may also come in the close-out, after the end
      found.add(new Found(MILESTONE_PAYMENT, "milestone-before-start"));
    }
    if (found.isEmpty()) {
      accepted.put(c.milestone(), c.date());
      long slip = ChronoUnit.DAYS.between(milestone.dueDate(), c.date());
      if (slipThresholdDays != null && slip > slipThresholdDays) {
        reopened = true;
      }
    }
  }

  private void scopeChange(RecordScopeChange c, List<Found> found) {
    if (!isLead(c.actor()) && !isParent(c.actor())) {
      found.add(new Found(REBASELINE, "scope-not-lead-or-parent"));
    }
    if (c.date().isBefore(start)) {
      found.add(new Found(REBASELINE, "scope-before-start"));
    }
    if (found.isEmpty()) {
      currentScope = c.scope();
      if (!reopened && baselineScope != null && scopeThresholdPercent != null) {
        // growth in percent = (current - baseline) / baseline * 100, compared without dividing
        BigDecimal growthTimesBaseline = currentScope.subtract(baselineScope).multiply(BigDecimal.valueOf(100));
        if (growthTimesBaseline.compareTo(scopeThresholdPercent.multiply(baselineScope)) > 0) {
          reopened = true;
        }
      }
    }
  }

  private void signBaseline(SignNewBaseline c, List<Found> found) {
    if (!isParent(c.actor())) {
      found.add(new Found(REBASELINE, "baseline-not-parent"));
    }
    if (!reopened) {
      found.add(new Found(REBASELINE, "baseline-not-reopened"));
    }
    if (isParent(c.actor()) && baselineSigners.contains(PartyId.of(c.actor().id()))) {
      found.add(new Found(REBASELINE, "baseline-signed-twice"));
    }
    if (c.date().isBefore(start)) {
      found.add(new Found(REBASELINE, "baseline-before-start"));
    }
    if (found.isEmpty()) {
      baselineSigners.add(PartyId.of(c.actor().id()));
      if (baselineSigners.containsAll(parents)) {
        reopened = false;
        baselineSigners.clear();
        baselineScope = currentScope;
      }
    }
  }

  private void contribute(ContributeToPool c, List<Found> found) {
    if (!isParent(c.actor())) {
      found.add(new Found(RISK_POOL_DRAW, "contribution-not-parent"));
    }
    if (!c.amount().getCurrencyUnit().equals(currency) || !c.amount().isPositive()) {
      found.add(new Found(RISK_POOL_DRAW, "contribution-bad-amount"));
    }
    if (!poolSetUp) {
      found.add(new Found(RISK_POOL_DRAW, "contribution-no-pool"));
    }
    if (!inProgram(c.date())) {
      found.add(new Found(RISK_POOL_DRAW, "contribution-outside-period"));
    }
    if (found.isEmpty()) {
      poolBalance = poolBalance.add(c.amount().getAmount());
    }
  }

  private void draw(DrawOnPool c, List<Found> found) {
    if (!isLead(c.actor())) {
      found.add(new Found(RISK_POOL_DRAW, "draw-not-lead"));
    }
    if (c.surprise() == null || c.surprise().isBlank()) {
      found.add(new Found(RISK_POOL_DRAW, "draw-no-surprise"));
    }
    if (!c.amount().getCurrencyUnit().equals(currency) || !c.amount().isPositive()) {
      found.add(new Found(RISK_POOL_DRAW, "draw-bad-amount"));
    } else if (c.amount().getAmount().compareTo(poolBalance) > 0) {
      found.add(new Found(RISK_POOL_DRAW, "draw-overdraw"));
    }
    if (!poolSetUp) {
      found.add(new Found(RISK_POOL_DRAW, "draw-no-pool"));
    }
    if (!inProgram(c.date())) {
      found.add(new Found(RISK_POOL_DRAW, "draw-outside-period"));
    }
    if (found.isEmpty()) {
      poolBalance = poolBalance.subtract(c.amount().getAmount());
    }
  }

  private void foregroundIp(RecordForegroundIp c, List<Found> found) {
    ForegroundAsset asset = c.asset();
    if (!isLead(c.actor()) && !isParent(c.actor())) {
      found.add(new Found(IP_ATTRIBUTION, "ip-not-lead-or-parent"));
    }
    if (!asset.recordedOn().equals(c.date())) {
      found.add(new Found(IP_ATTRIBUTION, "ip-record-date"));
    }
    if (foregroundIds.contains(asset.id()) || backgroundAssetIds().contains(asset.id())) {
      found.add(new Found(IP_ATTRIBUTION, "ip-id-taken"));
    }
    if (asset.contributors().isEmpty()) {
      found.add(new Found(IP_ATTRIBUTION, "ip-no-contributors"));
    }
    if (!inProgram(c.date())) {
      found.add(new Found(IP_ATTRIBUTION, "ip-outside-period")); // and no finding per contributor for it
    }
    for (EngineerId contributor : inProgram(c.date()) ? asset.contributors() : List.<EngineerId>of()) {
      if (!onProgramOn(contributor, c.date())) {
        found.add(new Found(IP_ATTRIBUTION, "ip-contributor-inactive"));
      }
    }
    if (found.isEmpty()) {
      foregroundIds.add(asset.id());
    }
  }

  private void amendIp(AmendIpFramework c, List<Found> found) {
    if (!isLead(c.actor()) && !isParent(c.actor())) {
      found.add(new Found(IP_FROZEN, "amend-not-lead-or-parent"));
    }
    if (someoneEntered) {
      found.add(new Found(IP_FROZEN, "amend-after-entry"));
    }
    if (c.date().isAfter(end)) {
      found.add(new Found(IP_FROZEN, "amend-after-end"));
    }
    if (found.isEmpty()) {
      ipFramework = c.framework();
    }
  }

  private void jobOffer(MakeJobOffer c, List<Found> found) {
    if (!isParent(c.actor())) {
      found.add(new Found(NON_POACHING_OFFER, "offer-not-parent"));
    }
    if (c.date().isBefore(start)) {
      found.add(new Found(NON_POACHING_OFFER, "offer-before-start"));
    }
    if (!found.isEmpty()) {
      return;
    }
    // named from the nomination on, admitted or not
    boolean named = tenures.containsKey(c.engineer()) || pool.containsKey(c.engineer());
    PartyId employer = employers.get(c.engineer());
    boolean ownEmployee = employer != null && employer.value().equals(c.actor().id());
    LocalDate protectedUntil = coolingOff == null ? end : end.plus(coolingOff);
    boolean protectedDay = !c.date().isBefore(start) && !c.date().isAfter(protectedUntil);
    if (named && !ownEmployee && protectedDay) {
      found.add(new Found(NON_POACHING_OFFER, "offer-poaching"));
    }
  }

  // ---- Helpers -----------------------------------------------------------------------------------

  private void enter(EngineerId id, LocalDate day) {
    NamedEngineer engineer = pool.remove(id);
    onProgram.put(id, engineer);
    List<LocalDate[]> stretches = tenures.get(id);
    if (stretches == null) {
      stretches = new ArrayList<>();
      tenures.put(id, stretches);
    }
    stretches.add(new LocalDate[] {day, null});
    someoneEntered = true;
  }

  private boolean isLead(Actor actor) {
    return actor.kind() == ActorKind.LEAD && actor.id().equals(leadId);
  }

  private boolean isParent(Actor actor) {
    return actor.kind() == ActorKind.PARENT && parents.contains(PartyId.of(actor.id()));
  }

  private boolean inProgram(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** On the program that day: within a stretch (departure day excluded) and within the program period. */
  private boolean onProgramOn(EngineerId id, LocalDate day) {
    if (!inProgram(day) || !tenures.containsKey(id)) {
      return false;
    }
    for (LocalDate[] stretch : tenures.get(id)) {
      boolean from = !day.isBefore(stretch[0]);
      boolean until = stretch[1] == null || day.isBefore(stretch[1]);
      if (from && until) {
        return true;
      }
    }
    return false;
  }

  private Seat seat(VacancyId id) {
    for (Seat seat : vacancies) {
      if (seat.id.equals(id)) {
        return seat;
      }
    }
    return null;
  }

  private Milestone milestone(MilestoneId id) {
    for (Milestone milestone : milestones) {
      if (milestone.id().equals(id)) {
        return milestone;
      }
    }
    return null;
  }

  private Set<AssetId> backgroundAssetIds() {
    Set<AssetId> assets = new HashSet<>();
    if (ipFramework != null) {
      for (BackgroundIpDeclaration declaration : ipFramework.declarations()) {
        for (BackgroundAsset asset : declaration.assets()) {
          assets.add(asset.id());
        }
      }
    }
    return assets;
  }

  /**
   * Readiness, as far as a running program can change it: the IP framework (DMZ-IP-FRAMEWORK) of the
   * charter the model started with, or of the latest amendment. The rest of the charter is taken as
   * ready.
   */
  private boolean charterReady() {
    if (ipFramework == null || ipFramework.foregroundOwnership().isEmpty()
        || ipFramework.postProgramLicence().isEmpty()) {
      return false;
    }
    for (PartyId parent : parents) {
      boolean signedInTime = false;
      for (Signature signature : ipFramework.signatures()) {
        if (signature.party().equals(parent) && signature.signedOn().isBefore(start)) {
          signedInTime = true;
        }
      }
      boolean declared = false;
      for (BackgroundIpDeclaration declaration : ipFramework.declarations()) {
        if (declaration.party().equals(parent)) {
          declared = true;
        }
      }
      if (!signedInTime || !declared) {
        return false;
      }
    }
    for (BackgroundIpDeclaration declaration : ipFramework.declarations()) {
      if (!parents.contains(declaration.party())) {
        return false;
      }
    }
    return true;
  }

  // ---- Identification (DMZ-NAMED-ENTRY) ----------------------------------------------------------

  private static final List<String> PLACEHOLDER_TOKENS = List.of("tbd", "tba", "n.n.", "nn", "n/a", "unknown",
      "vacant", "open", "placeholder", "to be named", "xxx", "?");
  private static final List<String> ROLE_WORDS = List.of("developer", "engineer", "architect", "tester",
      "consultant", "expert", "specialist", "analyst", "resource");

  /** One identified person: a named engineer whose id and name are no placeholder, headcount, seat or role. */
  static boolean identifiesAPerson(StaffingLine line) {
    if (!(line instanceof NamedEngineer person)) {
      return false;
    }
    if (isPlaceholderToken(person.id().value())) {
      return false;
    }
    String name = person.name();
    if (isPlaceholderToken(name)) {
      return false;
    }
    for (char ch : name.toCharArray()) {
      if (Character.isDigit(ch) || ch == '#') {
        return false; // a headcount ("5 x Java developer") or a numbered seat ("Developer #3")
      }
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (String role : ROLE_WORDS) {
      if (lower.contains(role)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPlaceholderToken(String text) {
    String plain = trimPunctuation(text.toLowerCase(Locale.ROOT));
    if (plain.isEmpty()) {
      return true;
    }
    for (String token : PLACEHOLDER_TOKENS) {
      if (plain.equals(trimPunctuation(token))) {
        return true;
      }
    }
    return false;
  }

  private static String trimPunctuation(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && !Character.isLetterOrDigit(text.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to);
  }

  // ---- Settlement --------------------------------------------------------------------------------

  /**
   * What each supplier is owed from one day to another, both included: the milestones accepted in the
   * period, plus premium days. Every supplier parent appears, in the charter's order, even when owed
   * nothing; any other payee follows.
   *
   * @param from the first day
   * @param to the last day
   * @return the amount per payee
   */
  Map<PartyId, Money> owed(LocalDate from, LocalDate to) {
    Map<PartyId, BigDecimal> owed = new LinkedHashMap<>();
    for (PartyId supplier : suppliers) {
      owed.put(supplier, BigDecimal.ZERO);
    }
    for (Milestone milestone : milestones) {
      LocalDate day = accepted.get(milestone.id());
      if (day != null && !day.isBefore(from) && !day.isAfter(to)) {
        add(owed, milestone.payee(), milestone.amount().getAmount());
      }
    }
    for (PremiumRate rate : premiumRates) {
      if (!(rate.engineer() instanceof NamedEngineer engineer)) {
        continue;
      }
      LocalDate cancelled = premiumCancelledFrom.get(engineer.id());
      // days on the program with the rate in force, counted per calendar month
      Map<YearMonth, Integer> days = new TreeMap<>();
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        boolean inForce = cancelled == null || day.isBefore(cancelled);
        if (inForce && onProgramOn(engineer.id(), day)) {
          YearMonth month = YearMonth.from(day);
          days.put(month, days.getOrDefault(month, 0) + 1);
        }
      }
      for (Map.Entry<YearMonth, Integer> month : days.entrySet()) {
        BigDecimal amount = rate.monthlyAmount().getAmount()
            .multiply(BigDecimal.valueOf(month.getValue()))
            .divide(BigDecimal.valueOf(month.getKey().lengthOfMonth()),
                rate.monthlyAmount().getCurrencyUnit().getDecimalPlaces(), RoundingMode.HALF_EVEN);
        add(owed, engineer.employer(), amount);
      }
    }
    Map<PartyId, Money> money = new LinkedHashMap<>();
    for (Map.Entry<PartyId, BigDecimal> entry : owed.entrySet()) {
      money.put(entry.getKey(), Money.of(currency, entry.getValue()));
    }
    return money;
  }

  private static void add(Map<PartyId, BigDecimal> owed, PartyId payee, BigDecimal amount) {
    owed.put(payee, owed.getOrDefault(payee, BigDecimal.ZERO).add(amount));
  }
}
