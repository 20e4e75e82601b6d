package dev.dmz.testkit.charter;

import dev.dmz.core.charter.DeciderKind;
import dev.dmz.core.charter.DecisionRule;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.charter.ProgramLead;
import dev.dmz.core.charter.ProgramPeriod;
import dev.dmz.core.ip.ForegroundOwnership;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PartyRole;
import dev.dmz.core.party.PersonId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.HeadcountLine;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.core.staffing.PlaceholderLine;
import dev.dmz.core.staffing.StaffingLine;
import dev.dmz.rules.DmzRule;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.decision.CharterRule;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.testkit.charter.CharterDraft.Amount;
import dev.dmz.testkit.charter.CharterDraft.AssetDraft;
import dev.dmz.testkit.charter.CharterDraft.EngineerDraft;
import dev.dmz.testkit.charter.CharterDraft.EscalationDraft;
import dev.dmz.testkit.charter.CharterDraft.LaterWallsDraft;
import dev.dmz.testkit.charter.CharterDraft.MilestoneDraft;
import dev.dmz.testkit.charter.CharterDraft.NormsDraft;
import dev.dmz.testkit.charter.CharterDraft.ParentDraft;
import dev.dmz.testkit.charter.CharterDraft.StakeDraft;
import dev.dmz.testkit.charter.CharterDraft.TermsDraft;
import dev.dmz.testkit.charter.CharterDraft.TriggersDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * jqwik arbitraries of DMZ charters and of the values they are made of: <b>ready</b> charters, which
 * every readiness rule accepts, and for each readiness rule charters that break <b>exactly that
 * rule</b>.
 *
 * <pre>{@code
 * class MyCharterProperties {
 *   @Provide
 *   Arbitrary<ProgramCharter> ready() {
 *     return CharterArbitraries.readyCharters();
 *   }
 *
 *   @Property(tries = 100)
 *   void myCustomRuleAcceptsEveryReadyCharter(@ForAll("ready") ProgramCharter charter) {
 *     assertTrue(myRuleBook.check(charter).isReady());
 *   }
 * }
 * }</pre>
 *
 * <p>Every arbitrary is built from few, simple choices (a count, an index into a short list, a
 * number of days), so a failing property shrinks to a small charter with plain names: one OEM and
 * one supplier, one milestone, no premium engineer, dates at the start of 2027. The values are
 * deterministic: the same seed gives the same charters.
 */
public final class CharterArbitraries {
  /** The first day a generated program may start on; shrinking moves starts towards it. */
  static final LocalDate EARLIEST_START = LocalDate.of(2027, 1, 1);
  private static final List<CurrencyUnit> CURRENCIES = List.of(CurrencyUnit.EUR, CurrencyUnit.USD,
      CurrencyUnit.GBP, CurrencyUnit.CHF, CurrencyUnit.JPY, CurrencyUnit.of("SEK"));
  static final List<DmzRule> READINESS_RULES = readinessRuleList();

  private CharterArbitraries() {}

  // ---------------------------------------------------------------------------------------------
  // Parties and people

  /**
   * Ids of organisations: a short lower-case word, sometimes with a number.
   *
   * <pre>{@code
   * PartyId id = CharterArbitraries.partyIds().sample();   // "kq", "nordw-12" ...
   * }</pre>
   *
   * @return the arbitrary; shrinks towards {@code "aa"}
   */
  public static Arbitrary<PartyId> partyIds() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(8),
            Arbitraries.integers().between(0, 99))
        .as((word, number) -> PartyId.of(number == 0 ? word : word + "-" + number));
  }

  /**
   * Registered company names: a name and a legal form of one of several countries.
   *
   * <pre>{@code
   * String name = CharterArbitraries.partyNames().sample();   // "Voltaic S.p.A.", "Ferrum Oy" ...
   * }</pre>
   *
   * @return the arbitrary; shrinks towards {@code "Nordwerk AG"}
   */
  public static Arbitrary<String> partyNames() {
    return Combinators.combine(Arbitraries.of(Vocabulary.COMPANY_STEMS), Arbitraries.of(Vocabulary.LEGAL_FORMS))
        .as((stem, form) -> stem + " " + form);
  }

  /**
   * Parents in the given role, with an id and a company name.
   *
   * <pre>{@code
   * Party supplier = CharterArbitraries.parties(PartyRole.SUPPLIER).sample();
   * }</pre>
   *
   * @param role the role
   * @return the arbitrary
   */
  public static Arbitrary<Party> parties(PartyRole role) {
    Objects.requireNonNull(role, "role is null");
    return Combinators.combine(partyIds(), partyNames()).as((id, name) -> Party.of(id, name, role));
  }

  /**
   * Real people's names, as an HR system holds them: given and family name, now and then a single
   * name, a hyphen, an apostrophe, a particle or a diacritic. Every one is accepted by {@code
   * Identification.problemWith} as a person's name.
   *
   * <pre>{@code
   * String name = CharterArbitraries.personNames().sample();   // "Zoë O'Neill", "Piotr" ...
   * }</pre>
   *
   * @return the arbitrary; shrinks towards {@code "Lena Park"}
   */
  public static Arbitrary<String> personNames() {
    Arbitrary<String> given = Arbitraries.of(Vocabulary.GIVEN_NAMES);
    Arbitrary<String> family = Arbitraries.of(Vocabulary.FAMILY_NAMES);
    return Arbitraries.frequencyOf(
        Tuple.of(8, Combinators.combine(given, family).as((g, f) -> g + " " + f)),
        Tuple.of(1, given),
        Tuple.of(1, Combinators.combine(given, family, family).as((g, f1, f2) -> g + " " + f1 + "-" + f2)));
  }

  /**
   * HR ids of engineers: one to three capital letters, a dash and a number, as {@code "A-7"}.
   *
   * <pre>{@code
   * EngineerId id = CharterArbitraries.engineerIds().sample();   // "KQ-4711" ...
   * }</pre>
   *
   * @return the arbitrary; shrinks towards {@code "A-1"}
   */
  public static Arbitrary<EngineerId> engineerIds() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(3),
            Arbitraries.integers().between(1, 99_999))
        .as((letters, number) -> EngineerId.of(letters + "-" + number));
  }

  /**
   * Named engineers employed by the given organisation: an HR id and a real name.
   *
   * <pre>{@code
   * NamedEngineer engineer = CharterArbitraries.namedEngineers(PartyId.of("sup-1")).sample();
   * }</pre>
   *
   * @param employer the employer
   * @return the arbitrary
   */
  public static Arbitrary<NamedEngineer> namedEngineers(PartyId employer) {
    Objects.requireNonNull(employer, "employer is null");
    return Combinators.combine(engineerIds(), personNames())
        .as((id, name) -> NamedEngineer.of(id, name, employer));
  }

  /**
   * Named engineers of any organisation.
   *
   * <pre>{@code
   * NamedEngineer engineer = CharterArbitraries.namedEngineers().sample();
   * }</pre>
   *
   * @return the arbitrary
   */
  public static Arbitrary<NamedEngineer> namedEngineers() {
    return partyIds().flatMap(CharterArbitraries::namedEngineers);
  }

  /**
   * Staffing lines that name nobody, employed by the given organisation: "TBD", "N.N.", "Senior
   * Developer #3", a blank line, as a {@link PlaceholderLine} or as a {@link NamedEngineer} whose
   * name (or HR id) is no person's.
   *
   * <pre>{@code
   * StaffingLine tbd = CharterArbitraries.placeholderLines(PartyId.of("sup-1")).sample();
   * }</pre>
   *
   * @param employer the employer
   * @return the arbitrary
   */
  public static Arbitrary<StaffingLine> placeholderLines(PartyId employer) {
    Objects.requireNonNull(employer, "employer is null");
    Arbitrary<String> texts = Arbitraries.of(Vocabulary.PLACEHOLDER_NAMES);
    return Arbitraries.oneOf(
        texts.map(text -> PlaceholderLine.of(text, employer)),
        Combinators.combine(engineerIds(), texts).as((id, text) -> NamedEngineer.of(id, text, employer)),
        personNames().map(name -> NamedEngineer.of(EngineerId.of("TBD"), name, employer)),
        Arbitraries.of("", " ").map(blank -> PlaceholderLine.of(blank, employer)));
  }

  /**
   * Headcount lines of the given organisation: "5 x Java developer".
   *
   * <pre>{@code
   * HeadcountLine line = CharterArbitraries.headcountLines(PartyId.of("sup-1")).sample();
   * }</pre>
   *
   * @param employer the employer
   * @return the arbitrary
   */
  public static Arbitrary<HeadcountLine> headcountLines(PartyId employer) {
    Objects.requireNonNull(employer, "employer is null");
    return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.of(Vocabulary.ROLES))
        .as((count, role) -> HeadcountLine.of(count, role, employer));
  }

  /**
   * Any staffing line that does not identify one person: a placeholder or a headcount line.
   * {@code Identification.problemWith} finds a problem with each.
   *
   * <pre>{@code
   * StaffingLine line = CharterArbitraries.unidentifiedLines(PartyId.of("sup-1")).sample();
   * }</pre>
   *
   * @param employer the employer
   * @return the arbitrary
   */
  public static Arbitrary<StaffingLine> unidentifiedLines(PartyId employer) {
    return Arbitraries.frequencyOf(
        Tuple.of(3, placeholderLines(employer)),
        Tuple.of(1, headcountLines(employer).map(StaffingLine.class::cast)));
  }

  // ---------------------------------------------------------------------------------------------
  // Money and time

  /**
   * Currencies a commercial model may be in, with two decimals and with none (JPY).
   *
   * <pre>{@code
   * CurrencyUnit currency = CharterArbitraries.currencies().sample();
   * }</pre>
   *
   * @return the arbitrary; shrinks towards EUR
   */
  public static Arbitrary<CurrencyUnit> currencies() {
    return Arbitraries.of(CURRENCIES);
  }

  /**
   * Positive amounts in the given currency, from one unit to a million, mostly whole units, now and
   * then with minor units.
   *
   * <pre>{@code
   * Money amount = CharterArbitraries.amounts(CurrencyUnit.EUR).sample();   // EUR 48213.00 ...
   * }</pre>
   *
   * @param currency the currency
   * @return the arbitrary; shrinks towards one unit
   */
  public static Arbitrary<Money> amounts(CurrencyUnit currency) {
    return amounts(currency, 1, 1_000_000);
  }

  /**
   * Positive amounts in the given currency, between two whole amounts.
   *
   * <pre>{@code
   * Money rate = CharterArbitraries.amounts(CurrencyUnit.EUR, 500, 20_000).sample();
   * }</pre>
   *
   * @param currency the currency
   * @param minMajor the least amount in whole units, at least 1
   * @param maxMajor the greatest amount in whole units (minor units may come on top)
   * @return the arbitrary; shrinks towards {@code minMajor}
   * @throws IllegalArgumentException if {@code minMajor} is below 1 or {@code maxMajor} below it
   */
  public static Arbitrary<Money> amounts(CurrencyUnit currency, long minMajor, long maxMajor) {
    Objects.requireNonNull(currency, "currency is null");
    return amountDrafts(minMajor, maxMajor).map(amount -> amount.in(currency));
  }

  /**
   * Program periods: starting in 2027 to 2030, lasting from one day to three years (both days
   * included, as DOMAIN.md counts).
   *
   * <pre>{@code
   * ProgramPeriod period = CharterArbitraries.programPeriods().sample();
   * }</pre>
   *
   * @return the arbitrary; shrinks towards the one day 2027-01-01
   */
  public static Arbitrary<ProgramPeriod> programPeriods() {
    return Combinators.combine(Arbitraries.integers().between(0, 4 * 365), Arbitraries.integers().between(0, 3 * 365))
        .as((offset, length) -> {
          LocalDate start = EARLIEST_START.plusDays(offset);
          return ProgramPeriod.of(start, start.plusDays(length));
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Ready charters

  /**
   * Ready charters of the {@link CharterSize#defaults() default size}: {@code
   * RuleBook.standard().check(charter).isReady()} holds for each.
   *
   * <pre>{@code
   * ProgramCharter charter = CharterArbitraries.readyCharters().sample();
   * assert RuleBook.standard().check(charter).isReady();
   * }</pre>
   *
   * @return the arbitrary
   * @see #readyCharters(CharterSize)
   */
  public static Arbitrary<ProgramCharter> readyCharters() {
    return readyCharters(CharterSize.defaults());
  }

  /**
   * Ready charters of the given size. The first parent is an OEM and the second a supplier; further
   * parents are mostly suppliers. They vary in what the rules allow: program dates, mandates signed on
   * the first day or before (some split over two mandates), IP framework signatures, background
   * assets with carve-outs, milestones and premium engineers at any supplier, amounts in several
   * currencies, re-baselining thresholds (zero too), which parents commit to the risk pool, the
   * cooling-off period, norms with escalations to any kind of decider, optional equity stakes and
   * optional later walls (careers, security and workspace) as {@code SignedTerms}.
   *
   * <pre>{@code
   * Arbitrary<ProgramCharter> big = CharterArbitraries.readyCharters(
   *     CharterSize.defaults().withParents(4, 8).withEngineers(5, 10));
   * }</pre>
   *
   * @param size the number of parents, premium engineers and milestones
   * @return the arbitrary
   */
  public static Arbitrary<ProgramCharter> readyCharters(CharterSize size) {
    return drafts(size).map(CharterDraft::toCharter);
  }

  // ---------------------------------------------------------------------------------------------
  // Charters that break exactly one readiness rule

  /**
   * The readiness rules: those {@link RuleBook#standard()} checks a charter with, in its order.
   * {@link #breaking(DmzRule)} accepts each of them.
   *
   * <pre>{@code
   * Arbitrary<DmzRule> rules = CharterArbitraries.readinessRules();
   * }</pre>
   *
   * @return the arbitrary; shrinks towards {@link DmzRule#CHARTER_PARENTS}
   */
  public static Arbitrary<DmzRule> readinessRules() {
    return Arbitraries.of(READINESS_RULES);
  }

  /**
   * Charters of the {@link CharterSize#defaults() default size} that break exactly the given
   * readiness rule: {@code RuleBook.standard().check(charter)} has at least one finding of that
   * rule and none of any other.
   *
   * <pre>{@code
   * ProgramCharter charter = CharterArbitraries.breaking(DmzRule.LEAD_MANDATE).sample();
   * assert RuleBook.standard().check(charter).ruleIds().equals(Set.of(DmzRule.LEAD_MANDATE.id()));
   * }</pre>
   *
   * @param rule a readiness rule, {@link DmzRule#CHARTER_PARENTS} to {@link DmzRule#NON_POACHING}
   * @return the arbitrary
   * @throws IllegalArgumentException if the rule is not a readiness rule
   * @see #breaking(DmzRule, CharterSize)
   */
  public static Arbitrary<ProgramCharter> breaking(DmzRule rule) {
    return breaking(rule, CharterSize.defaults());
  }

  /**
   * Charters of the given size that break exactly the given readiness rule, in one or more of its
   * ways at once. A ready charter is generated and then spoilt, so everything the rule does not look
   * at stays ready. The ways, by rule:
   * <ul>
   *   <li>{@code CHARTER_PARENTS}: no OEM (every OEM signs as a supplier); a party id used twice;</li>
   *   <li>{@code LEAD_NEUTRAL}: no lead; a mandated co-lead; a lead employed by a parent;</li>
   *   <li>{@code LEAD_MANDATE}: a parent's mandate missing, given to someone else, signed after the
   *       start, lacking authorities, or completed by a second mandate signed after the start;</li>
   *   <li>{@code NORMS}: no norms; no dispute settlement, no escalation, no cross-company decision
   *       rule, a matter escalated to an organisation that is no parent;</li>
   *   <li>{@code IP_FRAMEWORK}: no framework; a parent's signature missing or dated on or after the
   *       start; a parent's declaration missing; a declaration by an outsider; no foreground
   *       ownership; no post-program licence;</li>
   *   <li>{@code COMMERCIAL_OUTCOME}: an hourly basis; no milestone; a milestone paying an OEM or an
   *       outsider;</li>
   *   <li>{@code PREMIUM_BASIS}: a rate for a placeholder or headcount line, for an engineer of an OEM
   *       or an outsider, or with no expected impact;</li>
   *   <li>{@code REBASELINE_TRIGGERS}: no scope-expansion threshold, no baseline scope, no slip
   *       threshold;</li>
   *   <li>{@code RISK_POOL}: no pool; one or no committing parent; a commitment by an outsider; a
   *       draw authority other than the lead alone;</li>
   *   <li>{@code NON_POACHING}: no agreement; a parent's signature missing; no or a zero cooling-off
   *       period.</li>
   * </ul>
   *
   * <pre>{@code
   * Arbitrary<ProgramCharter> noMandate = CharterArbitraries.breaking(
   *     DmzRule.LEAD_MANDATE, CharterSize.defaults().withParents(3, 5));
   * }</pre>
   *
   * @param rule a readiness rule, {@link DmzRule#CHARTER_PARENTS} to {@link DmzRule#NON_POACHING}
   * @param size the size of the ready charter before it is spoilt (a spoilt charter may have a
   *     parent or a milestone more or less)
   * @return the arbitrary
   * @throws IllegalArgumentException if the rule is not a readiness rule
   */
  public static Arbitrary<ProgramCharter> breaking(DmzRule rule, CharterSize size) {
    Objects.requireNonNull(rule, "rule is null");
    Objects.requireNonNull(size, "size is null");
    Arbitrary<Breakage> breakages = Breakages.of(rule);
    return Combinators.combine(readyCharters(size), breakages).as((charter, breakage) -> breakage.applyTo(charter));
  }

  // ---------------------------------------------------------------------------------------------
  // The drafts

  static Arbitrary<CharterDraft> drafts(CharterSize size) {
    Objects.requireNonNull(size, "size is null");
    Arbitrary<ProgramLead> leads = Combinators.combine(personNames(), Arbitraries.of(Vocabulary.NEUTRAL_FIRMS))
        .as((name, firm) -> ProgramLead.of(PersonId.of("lead"), name, PartyId.of(firm)));
    return Combinators.combine(
            index(Vocabulary.PROGRAMS),
            programPeriods(),
            leads,
            index(Vocabulary.COMPANY_STEMS),
            parentDrafts().list().ofMinSize(size.minParents()).ofMaxSize(size.maxParents()),
            engineerDrafts().list().ofMinSize(size.minEngineers()).ofMaxSize(size.maxEngineers())
                .uniqueElements(EngineerDraft::id),
            milestoneDrafts().list().ofMinSize(size.minMilestones()).ofMaxSize(size.maxMilestones()),
            termsDrafts())
        .as(CharterDraft::new);
  }

  private static Arbitrary<ParentDraft> parentDrafts() {
    Arbitrary<PartyRole> roles = Arbitraries.frequency(Tuple.of(3, PartyRole.SUPPLIER), Tuple.of(1, PartyRole.OEM));
    Arbitrary<AssetDraft> assets = Combinators.combine(
            index(Vocabulary.ASSETS),
            Arbitraries.of(Vocabulary.CARVE_OUTS).set().ofMaxSize(2))
        .as(AssetDraft::new);
    return Combinators.combine(
            roles,
            index(Vocabulary.LEGAL_FORMS),
            Arbitraries.integers().between(0, 60),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(1, 90),
            assets.list().ofMaxSize(2),
            Arbitraries.of(false, true),
            amountDrafts(1_000, 500_000))
        .as(ParentDraft::new);
  }

  private static Arbitrary<EngineerDraft> engineerDrafts() {
    return Combinators.combine(
            engineerIds(),
            personNames(),
            Arbitraries.integers().between(0, 9),
            amountDrafts(500, 20_000),
            index(Vocabulary.IMPACTS))
        .as(EngineerDraft::new);
  }

  private static Arbitrary<MilestoneDraft> milestoneDrafts() {
    return Combinators.combine(
            index(Vocabulary.MILESTONES),
            Arbitraries.integers().between(0, 3 * 365),
            Arbitraries.integers().between(0, 9),
            amountDrafts(1_000, 2_000_000))
        .as(MilestoneDraft::new);
  }

  private static Arbitrary<TermsDraft> termsDrafts() {
    Arbitrary<EscalationDraft> escalations = Combinators.combine(
            index(Vocabulary.MATTERS),
            Arbitraries.of(DeciderKind.class),
            Arbitraries.integers().between(0, 9))
        .as(EscalationDraft::new);
    Arbitrary<NormsDraft> norms = Combinators.combine(
            index(Vocabulary.DISPUTE_SETTLEMENTS),
            escalations.list().ofMinSize(1).ofMaxSize(3).uniqueElements(EscalationDraft::matter),
            Arbitraries.of(DecisionRule.class))
        .as(NormsDraft::new);
    Arbitrary<TriggersDraft> triggers = Combinators.combine(
            Arbitraries.integers().between(1, 10_000).map(BigDecimal::valueOf),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(1),
            Arbitraries.integers().between(0, 120))
        .as(TriggersDraft::new);
    Arbitrary<Period> coolingOff = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 24).map(Period::ofMonths),
        Arbitraries.integers().between(1, 365).map(Period::ofDays),
        Arbitraries.integers().between(1, 3).map(Period::ofYears));
    Arbitrary<LaterWallsDraft> laterWalls = Combinators.combine(
            Arbitraries.of(Vocabulary.CAREERS_TERMS).optional(0.3),
            Arbitraries.of(Vocabulary.WORKSPACE_TERMS).optional(0.3))
        .as(LaterWallsDraft::new);
    Arbitrary<StakeDraft> stakes = Combinators.combine(
            Arbitraries.integers().between(0, 9),
            Arbitraries.integers().between(0, 9),
            Arbitraries.bigDecimals().between(BigDecimal.ONE, BigDecimal.valueOf(33)).ofScale(1))
        .as(StakeDraft::new);
    return Combinators.combine(
            norms,
            Arbitraries.of(ForegroundOwnership.class),
            index(Vocabulary.LICENCES),
            currencies(),
            triggers,
            coolingOff,
            laterWalls,
            Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(List.<StakeDraft>of())),
                Tuple.of(1, stakes.list().ofMinSize(1).ofMaxSize(3))))
        .as(TermsDraft::new);
  }

  static Arbitrary<Amount> amountDrafts(long minMajor, long maxMajor) {
    if (minMajor < 1 || maxMajor < minMajor) {
      throw new IllegalArgumentException("amounts must lie between 1 and a greater maximum, were "
          + minMajor + " and " + maxMajor);
    }
    Arbitrary<Integer> minor = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(0)),
        Tuple.of(1, Arbitraries.integers().between(1, 99)));
    return Combinators.combine(Arbitraries.longs().between(minMajor, maxMajor), minor).as(Amount::new);
  }

  /** An index into a list of words: shrinks towards the first, the plainest. */
  static Arbitrary<Integer> index(List<?> choices) {
    return Arbitraries.integers().between(0, choices.size() - 1);
  }

  private static List<DmzRule> readinessRuleList() {
    Set<RuleId> ids = RuleBook.standard().charterRules().stream().map(CharterRule::id)
        .collect(Collectors.toSet());
    return Arrays.stream(DmzRule.values()).filter(rule -> ids.contains(rule.id())).toList();
  }
}
