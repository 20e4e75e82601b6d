package dev.dmz.testkit.charter;

import dev.dmz.core.charter.DeciderKind;
import dev.dmz.core.charter.DecisionRule;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.charter.ProgramLead;
import dev.dmz.core.charter.ProgramPeriod;
import dev.dmz.core.commercial.RebaseliningTerms;
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
import dev.dmz.rules.CharterRule;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.RuleBook;
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
import dev.dmz.testkit.property.Gen;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Generators of DMZ charters and of the values they are made of: <b>ready</b> charters, which every
 * readiness rule accepts, and for each readiness rule charters that break <b>exactly that rule</b>.
 *
 * <pre>{@code
 * @Test
 * void myCustomRuleAcceptsEveryReadyCharter() {
 *   Property.forAll(CharterGenerators.readyCharters())
 *       .check(charter -> assertTrue(myRuleBook.check(charter).isReady()));
 * }
 * }</pre>
 *
 * <p>Every generator is built from few, simple choices (a count, an index into a short list, a
 * number of days), so a failing property shrinks to a small charter with plain names: one OEM and
 * one supplier, one milestone, no premium engineer, dates at the start of 2027. The values are
 * deterministic: the same seed gives the same charters.
 */
public final class CharterGenerators {
  /** The first day a generated program may start on; shrinking moves starts towards it. */
  static final LocalDate EARLIEST_START = LocalDate.of(2027, 1, 1);
  private static final List<CurrencyUnit> CURRENCIES = List.of(CurrencyUnit.EUR, CurrencyUnit.USD,
      CurrencyUnit.GBP, CurrencyUnit.CHF, CurrencyUnit.JPY, CurrencyUnit.of("SEK"));
  static final List<DmzRuleId> READINESS_RULES = readinessRuleList();

  private CharterGenerators() {}

  // ---------------------------------------------------------------------------------------------
  // Parties and people

  /**
   * Ids of organisations: a short lower-case word, sometimes with a number.
   *
   * <pre>{@code
   * PartyId id = CharterGenerators.partyIds().sample(1);   // "kq", "nordw-12" ...
   * }</pre>
   *
   * @return the generator; shrinks towards {@code "aa"}
   */
  public static Gen<PartyId> partyIds() {
    return Gen.combine(Gen.strings(Gen.characters('a', 'z'), 2, 8), Gen.integers(0, 99),
        (word, number) -> PartyId.of(number == 0 ? word : word + "-" + number));
  }

  /**
   * Registered company names: a name and a legal form of one of several countries.
   *
   * <pre>{@code
   * String name = CharterGenerators.partyNames().sample(1);   // "Voltaic S.p.A.", "Ferrum Oy" ...
   * }</pre>
   *
   * @return the generator; shrinks towards {@code "Nordwerk AG"}
   */
  public static Gen<String> partyNames() {
    return Gen.combine(Gen.of(Vocabulary.COMPANY_STEMS), Gen.of(Vocabulary.LEGAL_FORMS),
        (stem, form) -> stem + " " + form);
  }

  /**
   * Parents in the given role, with an id and a company name.
   *
   * <pre>{@code
   * Party supplier = CharterGenerators.parties(PartyRole.SUPPLIER).sample(1);
   * }</pre>
   *
   * @param role the role
   * @return the generator
   */
  public static Gen<Party> parties(PartyRole role) {
    Objects.requireNonNull(role, "role is null");
    return Gen.combine(partyIds(), partyNames(), (id, name) -> Party.of(id, name, role));
  }

  /**
   * Real people's names, as an HR system holds them: given and family name, now and then a single
   * name, a hyphen, an apostrophe, a particle or a diacritic. Every one is accepted by {@code
   * Identification.problemWith} as a person's name.
   *
   * <pre>{@code
   * String name = CharterGenerators.personNames().sample(1);   // "Zoë O'Neill", "Piotr" ...
   * }</pre>
   *
   * @return the generator; shrinks towards {@code "Lena Park"}
   */
  public static Gen<String> personNames() {
    Gen<String> given = Gen.of(Vocabulary.GIVEN_NAMES);
    Gen<String> family = Gen.of(Vocabulary.FAMILY_NAMES);
    return Gen.frequency(
        Gen.weighted(8, Gen.combine(given, family, (g, f) -> g + " " + f)),
        Gen.weighted(1, given),
        Gen.weighted(1, source -> source.draw(given) + " " + source.draw(family) + "-" + source.draw(family)));
  }

  /**
   * HR ids of engineers: one to three capital letters, a dash and a number, as {@code "A-7"}.
   *
   * <pre>{@code
   * EngineerId id = CharterGenerators.engineerIds().sample(1);   // "KQ-4711" ...
   * }</pre>
   *
   * @return the generator; shrinks towards {@code "A-1"}
   */
  public static Gen<EngineerId> engineerIds() {
    return Gen.combine(Gen.strings(Gen.characters('A', 'Z'), 1, 3), Gen.integers(1, 99_999),
        (letters, number) -> EngineerId.of(letters + "-" + number));
  }

  /**
   * Named engineers employed by the given organisation: an HR id and a real name.
   *
   * <pre>{@code
   * NamedEngineer engineer = CharterGenerators.namedEngineers(PartyId.of("sup-1")).sample(1);
   * }</pre>
   *
   * @param employer the employer
   * @return the generator
   */
  public static Gen<NamedEngineer> namedEngineers(PartyId employer) {
    Objects.requireNonNull(employer, "employer is null");
    return Gen.combine(engineerIds(), personNames(), (id, name) -> NamedEngineer.of(id, name, employer));
  }

  /**
   * Named engineers of any organisation.
   *
   * <pre>{@code
   * NamedEngineer engineer = CharterGenerators.namedEngineers().sample(1);
   * }</pre>
   *
   * @return the generator
   */
  public static Gen<NamedEngineer> namedEngineers() {
    return partyIds().flatMap(CharterGenerators::namedEngineers);
  }

  /**
   * Staffing lines that name nobody, employed by the given organisation: "TBD", "N.N.", "Senior
   * Developer #3", a blank line, as a {@link PlaceholderLine} or as a {@link NamedEngineer} whose
   * name (or HR id) is no person's.
   *
   * <pre>{@code
   * StaffingLine tbd = CharterGenerators.placeholderLines(PartyId.of("sup-1")).sample(1);
   * }</pre>
   *
   * @param employer the employer
   * @return the generator
   */
  public static Gen<StaffingLine> placeholderLines(PartyId employer) {
    Objects.requireNonNull(employer, "employer is null");
    Gen<String> texts = Gen.of(Vocabulary.PLACEHOLDER_NAMES);
    return Gen.oneOf(
        texts.map(text -> PlaceholderLine.of(text, employer)),
        Gen.combine(engineerIds(), texts, (id, text) -> NamedEngineer.of(id, text, employer)),
        personNames().map(name -> NamedEngineer.of(EngineerId.of("TBD"), name, employer)),
        Gen.of("", " ").map(blank -> PlaceholderLine.of(blank, employer)));
  }

  /**
   * Headcount lines of the given organisation: "5 x Java developer".
   *
   * <pre>{@code
   * HeadcountLine line = CharterGenerators.headcountLines(PartyId.of("sup-1")).sample(1);
   * }</pre>
   *
   * @param employer the employer
   * @return the generator
   */
  public static Gen<HeadcountLine> headcountLines(PartyId employer) {
    Objects.requireNonNull(employer, "employer is null");
    return Gen.combine(Gen.integers(1, 12), Gen.of(Vocabulary.ROLES),
        (count, role) -> HeadcountLine.of(count, role, employer));
  }

  /**
   * Any staffing line that does not identify one person: a placeholder or a headcount line.
   * {@code Identification.problemWith} finds a problem with each.
   *
   * <pre>{@code
   * StaffingLine line = CharterGenerators.unidentifiedLines(PartyId.of("sup-1")).sample(1);
   * }</pre>
   *
   * @param employer the employer
   * @return the generator
   */
  public static Gen<StaffingLine> unidentifiedLines(PartyId employer) {
    return Gen.frequency(
        Gen.weighted(3, placeholderLines(employer)),
        Gen.weighted(1, headcountLines(employer).map(StaffingLine.class::cast)));
  }

  // ---------------------------------------------------------------------------------------------
  // Money and time

  /**
   * Currencies a commercial model may be in, with two decimals and with none (JPY).
   *
   * <pre>{@code
   * CurrencyUnit currency = CharterGenerators.currencies().sample(1);
   * }</pre>
   *
   * @return the generator; shrinks towards EUR
   */
  public static Gen<CurrencyUnit> currencies() {
    return Gen.of(CURRENCIES);
  }

  /**
   * Positive amounts in the given currency, from one unit to a million, mostly whole units, now and
   * then with minor units.
   *
   * <pre>{@code
   * Money amount = CharterGenerators.amounts(CurrencyUnit.EUR).sample(1);   // EUR 48213.00 ...
   * }</pre>
   *
   * @param currency the currency
   * @return the generator; shrinks towards one unit
   */
  public static Gen<Money> amounts(CurrencyUnit currency) {
    return amounts(currency, 1, 1_000_000);
  }

  /**
   * Positive amounts in the given currency, between two whole amounts.
   *
   * <pre>{@code
   * Money rate = CharterGenerators.amounts(CurrencyUnit.EUR, 500, 20_000).sample(1);
   * }</pre>
   *
   * @param currency the currency
   * @param minMajor the least amount in whole units, at least 1
   * @param maxMajor the greatest amount in whole units (minor units may come on top)
   * @return the generator; shrinks towards {@code minMajor}
   * @throws IllegalArgumentException if {@code minMajor} is below 1 or {@code maxMajor} below it
   */
  public static Gen<Money> amounts(CurrencyUnit currency, long minMajor, long maxMajor) {
    Objects.requireNonNull(currency, "currency is null");
    return amountDrafts(minMajor, maxMajor).map(amount -> amount.in(currency));
  }

  /**
   * Program periods: starting in 2027 to 2030, lasting from one day to three years (both days
   * included, as docs/rules.md counts).
   *
   * <pre>{@code
   * ProgramPeriod period = CharterGenerators.programPeriods().sample(1);
   * }</pre>
   *
   * @return the generator; shrinks towards the one day 2027-01-01
   */
  public static Gen<ProgramPeriod> programPeriods() {
    return Gen.combine(Gen.integers(0, 4 * 365), Gen.integers(0, 3 * 365), (offset, length) -> {
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
   * ProgramCharter charter = CharterGenerators.readyCharters().sample(1);
   * assert RuleBook.standard().check(charter).isReady();
   * }</pre>
   *
   * @return the generator
   * @see #readyCharters(CharterSize)
   */
  public static Gen<ProgramCharter> readyCharters() {
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
   * Gen<ProgramCharter> big = CharterGenerators.readyCharters(
   *     CharterSize.defaults().withParents(4, 8).withEngineers(5, 10));
   * }</pre>
   *
   * @param size the number of parents, premium engineers and milestones
   * @return the generator
   */
  public static Gen<ProgramCharter> readyCharters(CharterSize size) {
    return drafts(size).map(CharterDraft::toCharter);
  }

  // ---------------------------------------------------------------------------------------------
  // Charters that break exactly one readiness rule

  /**
   * The readiness rules: those {@link RuleBook#standard()} checks a charter with, in its order.
   * {@link #breaking(DmzRuleId)} accepts each of them.
   *
   * <pre>{@code
   * Gen<DmzRuleId> rules = CharterGenerators.readinessRules();
   * }</pre>
   *
   * @return the generator; shrinks towards {@link DmzRuleId#CHARTER_PARENTS}
   */
  public static Gen<DmzRuleId> readinessRules() {
    return Gen.of(READINESS_RULES);
  }

  /**
   * Charters of the {@link CharterSize#defaults() default size} that break exactly the given
   * readiness rule: {@code RuleBook.standard().check(charter)} has at least one finding of that
   * rule and none of any other.
   *
   * <pre>{@code
   * ProgramCharter charter = CharterGenerators.breaking(DmzRuleId.LEAD_MANDATE).sample(1);
   * assert RuleBook.standard().check(charter).ruleIds().equals(Set.of(DmzRuleId.LEAD_MANDATE.id()));
   * }</pre>
   *
   * @param rule a readiness rule, {@link DmzRuleId#CHARTER_PARENTS} to {@link DmzRuleId#NON_POACHING}
   * @return the generator
   * @throws IllegalArgumentException if the rule is not a readiness rule
   * @see #breaking(DmzRuleId, CharterSize)
   */
  public static Gen<ProgramCharter> breaking(DmzRuleId rule) {
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
   * Gen<ProgramCharter> noMandate = CharterGenerators.breaking(
   *     DmzRuleId.LEAD_MANDATE, CharterSize.defaults().withParents(3, 5));
   * }</pre>
   *
   * @param rule a readiness rule, {@link DmzRuleId#CHARTER_PARENTS} to {@link DmzRuleId#NON_POACHING}
   * @param size the size of the ready charter before it is spoilt (a spoilt charter may have a
   *     parent or a milestone more or less)
   * @return the generator
   * @throws IllegalArgumentException if the rule is not a readiness rule
   */
  public static Gen<ProgramCharter> breaking(DmzRuleId rule, CharterSize size) {
    Objects.requireNonNull(rule, "rule is null");
    Objects.requireNonNull(size, "size is null");
    Gen<Breakage> breakages = Breakages.of(rule);
    return Gen.combine(readyCharters(size), breakages, (charter, breakage) -> breakage.applyTo(charter));
  }

  // ---------------------------------------------------------------------------------------------
  // The drafts

  static Gen<CharterDraft> drafts(CharterSize size) {
    Objects.requireNonNull(size, "size is null");
    Gen<ProgramLead> leads = Gen.combine(personNames(), Gen.of(Vocabulary.NEUTRAL_FIRMS),
        (name, firm) -> ProgramLead.of(PersonId.of("lead"), name, PartyId.of(firm)));
    Gen<List<ParentDraft>> parents = parentDrafts().list().ofMinSize(size.minParents()).ofMaxSize(size.maxParents());
    Gen<List<EngineerDraft>> engineers = engineerDrafts().list().ofMinSize(size.minEngineers())
        .ofMaxSize(size.maxEngineers()).uniqueBy(EngineerDraft::id);
    Gen<List<MilestoneDraft>> milestones = milestoneDrafts().list().ofMinSize(size.minMilestones())
        .ofMaxSize(size.maxMilestones());
    return source -> new CharterDraft(
        source.draw(index(Vocabulary.PROGRAMS)),
        source.draw(programPeriods()),
        source.draw(leads),
        source.draw(index(Vocabulary.COMPANY_STEMS)),
        source.draw(parents),
        source.draw(engineers),
        source.draw(milestones),
        source.draw(termsDrafts()));
  }

  private static Gen<ParentDraft> parentDrafts() {
    Gen<PartyRole> roles = Gen.frequency(Gen.weighted(3, Gen.just(PartyRole.SUPPLIER)),
        Gen.weighted(1, Gen.just(PartyRole.OEM)));
    Gen<AssetDraft> assets = Gen.combine(index(Vocabulary.ASSETS),
        Gen.of(Vocabulary.CARVE_OUTS).list().ofMaxSize(2).toSet(), AssetDraft::new);
    return source -> new ParentDraft(
        source.draw(roles),
        source.draw(index(Vocabulary.LEGAL_FORMS)),
        source.draw(Gen.integers(0, 60)),
        source.draw(Gen.integers(0, 3)),
        source.draw(Gen.integers(1, 90)),
        source.draw(assets.list().ofMaxSize(2)),
        source.draw(Gen.booleans()),
        source.draw(amountDrafts(1_000, 500_000)));
  }

  private static Gen<EngineerDraft> engineerDrafts() {
    return source -> new EngineerDraft(
        source.draw(engineerIds()),
        source.draw(personNames()),
        source.draw(Gen.integers(0, 9)),
        source.draw(amountDrafts(500, 20_000)),
        source.draw(index(Vocabulary.IMPACTS)));
  }

  private static Gen<MilestoneDraft> milestoneDrafts() {
    return source -> new MilestoneDraft(
        source.draw(index(Vocabulary.MILESTONES)),
        source.draw(Gen.integers(0, 3 * 365)),
        source.draw(Gen.integers(0, 9)),
        source.draw(amountDrafts(1_000, 2_000_000)));
  }

  private static Gen<TermsDraft> termsDrafts() {
    Gen<EscalationDraft> escalations = source -> new EscalationDraft(
        source.draw(index(Vocabulary.MATTERS)),
        source.draw(Gen.of(DeciderKind.class)),
        source.draw(Gen.integers(0, 9)));
    Gen<NormsDraft> norms = source -> new NormsDraft(
        source.draw(index(Vocabulary.DISPUTE_SETTLEMENTS)),
        source.draw(escalations.list().ofMinSize(1).ofMaxSize(3).uniqueBy(EscalationDraft::matter)),
        source.draw(Gen.of(DecisionRule.class)));
    // Now and then the largest or the smallest baseline a charter may state.
    int digits = RebaseliningTerms.SCOPE_DIGITS;
    Gen<BigDecimal> baselines = Gen.frequency(
        Gen.weighted(20, Gen.integers(1, 10_000).map(BigDecimal::valueOf)),
        Gen.weighted(1, Gen.of(BigDecimal.TEN.pow(2 * digits).subtract(BigDecimal.ONE).movePointLeft(digits),
            BigDecimal.ONE.movePointLeft(digits))));
    Gen<TriggersDraft> triggers = source -> new TriggersDraft(
        source.draw(baselines),
        source.draw(Gen.decimals(BigDecimal.ZERO, BigDecimal.valueOf(100), 1)),
        source.draw(Gen.integers(0, 120)));
    Gen<Period> coolingOff = Gen.oneOf(
        Gen.integers(1, 24).map(Period::ofMonths),
        Gen.integers(1, 365).map(Period::ofDays),
        Gen.integers(1, 3).map(Period::ofYears));
    Gen<LaterWallsDraft> laterWalls = Gen.combine(
        Gen.of(Vocabulary.CAREERS_TERMS).optional(0.3),
        Gen.of(Vocabulary.WORKSPACE_TERMS).optional(0.3),
        LaterWallsDraft::new);
    Gen<StakeDraft> stakes = source -> new StakeDraft(
        source.draw(Gen.integers(0, 9)),
        source.draw(Gen.integers(0, 9)),
        source.draw(Gen.decimals(BigDecimal.ONE, BigDecimal.valueOf(33), 1)));
    Gen<List<StakeDraft>> equity = Gen.frequency(
        Gen.weighted(2, Gen.just(List.<StakeDraft>of())),
        Gen.weighted(1, stakes.list().ofMinSize(1).ofMaxSize(3)));
    return source -> new TermsDraft(
        source.draw(norms),
        source.draw(Gen.of(ForegroundOwnership.class)),
        source.draw(index(Vocabulary.LICENCES)),
        source.draw(currencies()),
        source.draw(triggers),
        source.draw(coolingOff),
        source.draw(laterWalls),
        source.draw(equity));
  }

  static Gen<Amount> amountDrafts(long minMajor, long maxMajor) {
    if (minMajor < 1 || maxMajor < minMajor) {
      throw new IllegalArgumentException("amounts must lie between 1 and a greater maximum, were "
          + minMajor + " and " + maxMajor);
    }
    Gen<Integer> minor = Gen.frequency(
        Gen.weighted(4, Gen.just(0)),
        Gen.weighted(1, Gen.integers(1, 99)));
    return Gen.combine(Gen.longs(minMajor, maxMajor), minor, Amount::new);
  }

  /** An index into a list of words: shrinks towards the first, the plainest. */
  static Gen<Integer> index(List<?> choices) {
    return Gen.integers(0, choices.size() - 1);
  }

  private static List<DmzRuleId> readinessRuleList() {
    Set<RuleId> ids = RuleBook.standard().charterRules().stream().map(CharterRule::id)
        .collect(Collectors.toSet());
    return Arrays.stream(DmzRuleId.values()).filter(rule -> ids.contains(rule.id())).toList();
  }
}
