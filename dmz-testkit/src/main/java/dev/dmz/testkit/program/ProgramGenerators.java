package dev.dmz.testkit.program;

import dev.dmz.core.agreement.Signature;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.charter.ProgramLead;
import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.commercial.RebaseliningTerms;
import dev.dmz.core.ip.AssetId;
import dev.dmz.core.ip.BackgroundAsset;
import dev.dmz.core.ip.BackgroundIpDeclaration;
import dev.dmz.core.ip.ForegroundAsset;
import dev.dmz.core.ip.ForegroundOwnership;
import dev.dmz.core.ip.IpFramework;
import dev.dmz.core.ip.PostProgramLicence;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PersonId;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.HeadcountLine;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.core.staffing.PlaceholderLine;
import dev.dmz.core.staffing.StaffingLine;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import dev.dmz.rules.RuleBook;
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
import dev.dmz.testkit.property.Gen;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The generators of programs' commands.
 *
 * <ul>
 *   <li>{@link #commandSequences(ProgramCharter)}: mostly valid command sequences against any
 *       charter's program, with refused commands mixed in (unknown actors, impostor leads,
 *       placeholders, a parent's own substitution, overdraws, dates out of the program or going
 *       backwards, unknown ids). The actors, parents, lead, milestones, currency and scope terms are
 *       read from the charter; each parent gets {@value ProgramCast#SEATS} engineers (those its premium
 *       rates name, then generated people that {@link
 *       dev.dmz.rules.staffing.Identification#problemWith} accepts). Sequences are built from lists of
 *       small steps read against the evolving program, so they shrink to short sequences of plain
 *       commands. {@link #commandSequences()} runs them against the {@link SampleProgram}.</li>
 *   <li>{@link #anyCommand(ProgramCharter)}: any command at all, of any actor, with any ids, dates,
 *       staffing lines and currencies: for "the rules never throw" properties.</li>
 * </ul>
 *
 * <pre>{@code
 * Gen<CommandSequence> sequences =
 *     ProgramGenerators.commandSequences(myCharter, RuleBook.standard().withCommandRule(myRule));
 * Property.forAll(sequences).check(sequence -> sequence.walk(Invariants::checkAll));
 * }</pre>
 */
public final class ProgramGenerators {
  /** The default length bound of a generated sequence. */
  public static final int MAX_STEPS = 40;

  private static final ProgramCast SAMPLE = ProgramCast.of(SampleProgram.charter());
  /** The characters of free text: letters first, so that text shrinks towards "a". */
  private static final String TEXT = Gen.characters('a', 'z') + Gen.characters('A', 'Z') + Gen.characters('0', '9')
      + " -.#/éß";

  private ProgramGenerators() {}

  // ---------------------------------------------------------------------------------------------
  // Command sequences: mostly valid, against a charter's program

  /**
   * Command sequences of up to {@link #MAX_STEPS} steps against the {@link SampleProgram}, under the
   * standard rule book.
   *
   * @return the generator
   */
  public static Gen<CommandSequence> commandSequences() {
    return commandSequences(MAX_STEPS);
  }

  /**
   * Command sequences of up to {@code maxSteps} steps against the {@link SampleProgram}, under the
   * standard rule book.
   *
   * @param maxSteps the longest sequence
   * @return the generator
   */
  public static Gen<CommandSequence> commandSequences(int maxSteps) {
    return sequences(SAMPLE, RuleBook.standard(), maxSteps);
  }

  /**
   * Command sequences of up to {@link #MAX_STEPS} steps against a charter's program, under the
   * standard rule book. A charter that is not ready gives sequences whose staffing commands are
   * refused ({@code DMZ-WALLS-BEFORE-ENTRY}).
   *
   * @param charter the charter, best a ready one
   * @return the generator
   */
  public static Gen<CommandSequence> commandSequences(ProgramCharter charter) {
    return commandSequences(charter, RuleBook.standard());
  }

  /**
   * Command sequences of up to {@link #MAX_STEPS} steps against a charter's program, under a rule
   * book of the caller's choice (the standard one with a custom rule, say).
   *
   * @param charter the charter, best a ready one
   * @param ruleBook the rule book
   * @return the generator
   */
  public static Gen<CommandSequence> commandSequences(ProgramCharter charter, RuleBook ruleBook) {
    Objects.requireNonNull(charter, "charter is null");
    Objects.requireNonNull(ruleBook, "ruleBook is null");
    return sequences(ProgramCast.of(charter), ruleBook, MAX_STEPS);
  }

  /**
   * Command sequences of up to {@link #MAX_STEPS} steps, each against a charter drawn from an
   * generator of charters (ready ones, best), under the standard rule book. A counterexample shrinks
   * its charter first, then its steps.
   *
   * @param charters the charters
   * @return the generator
   */
  public static Gen<CommandSequence> commandSequences(Gen<ProgramCharter> charters) {
    Objects.requireNonNull(charters, "charters is null");
    return charters.flatMap(ProgramGenerators::commandSequences);
  }

  private static Gen<CommandSequence> sequences(ProgramCast cast, RuleBook book, int maxSteps) {
    return steps().list().ofMaxSize(maxSteps).uniformSize()
        .map(steps -> CommandSequence.of(cast, book, steps));
  }

  static Gen<Step> steps() {
    Gen<Step.Move> moves = Gen.frequency(List.of(
        Gen.weighted(5, Gen.just(Step.Move.NOMINATE)),
        Gen.weighted(5, Gen.just(Step.Move.ADMIT)),
        Gen.weighted(2, Gen.just(Step.Move.DEPART)),
        Gen.weighted(2, Gen.just(Step.Move.FILL_VACANCY)),
        Gen.weighted(1, Gen.just(Step.Move.CLOSE_VACANCY)),
        Gen.weighted(1, Gen.just(Step.Move.SUBSTITUTE)),
        Gen.weighted(1, Gen.just(Step.Move.ACCEPT_MILESTONE)),
        Gen.weighted(2, Gen.just(Step.Move.CHANGE_SCOPE)),
        Gen.weighted(2, Gen.just(Step.Move.SIGN_BASELINE)),
        Gen.weighted(3, Gen.just(Step.Move.CONTRIBUTE)),
        Gen.weighted(2, Gen.just(Step.Move.DRAW)),
        Gen.weighted(2, Gen.just(Step.Move.RECORD_FOREGROUND_IP)),
        Gen.weighted(1, Gen.just(Step.Move.OFFER_JOB)),
        Gen.weighted(1, Gen.just(Step.Move.AMEND_IP_FRAMEWORK))));
    Gen<Integer> picks = Gen.integers(0, 59);
    // Mostly a few days on, often the same day, now and then weeks.
    Gen<Integer> advances = Gen.frequency(List.of(
        Gen.weighted(3, Gen.just(0)),
        Gen.weighted(6, Gen.integers(1, 7)),
        Gen.weighted(1, Gen.integers(8, 40))));
    // Three steps in four are meant to go through; the others are spoilt one way or another.
    Gen<Integer> flaws = Gen.frequency(List.of(
        Gen.weighted(9, Gen.just(0)),
        Gen.weighted(3, Gen.integers(1, 4))));
    Gen<Step.Shift> shifts = Gen.frequency(List.of(
        Gen.weighted(27, Gen.just(Step.Shift.NONE)),
        Gen.weighted(1, Gen.just(Step.Shift.BACKWARDS)),
        Gen.weighted(1, Gen.just(Step.Shift.BEFORE_PROGRAM)),
        Gen.weighted(1, Gen.just(Step.Shift.AFTER_PROGRAM))));
    return source -> new Step(source.draw(moves), source.draw(picks), source.draw(advances), source.draw(flaws),
        source.draw(shifts));
  }

  // ---------------------------------------------------------------------------------------------
  // Any command at all

  /**
   * Any command the public API can build, around the {@link SampleProgram}: see {@link
   * #anyCommand(ProgramCharter)}.
   *
   * @return the generator
   */
  public static Gen<Command> anyCommand() {
    return anyCommand(SAMPLE);
  }

  /**
   * Any command the public API can build, around a charter's program: any actor kind (the lead, an
   * impostor lead, parents of the program and strangers to it, anyone else), any ids (known, unknown,
   * placeholder-like), any dates (in the program, around it, anywhere from the first day a command may
   * have, 1000-01-01, to the last, 9999-12-31), any staffing line and amounts in any currency.
   *
   * @param charter the charter whose people, parents, milestones and dates the commands favour
   * @return the generator
   */
  public static Gen<Command> anyCommand(ProgramCharter charter) {
    Objects.requireNonNull(charter, "charter is null");
    return anyCommand(ProgramCast.of(charter));
  }

  private static Gen<Command> anyCommand(ProgramCast c) {
    Gen<Actor> actor = anyActor(c);
    Gen<LocalDate> date = anyDate(c);
    Gen<EngineerId> engineer = anyEngineerId(c);
    Gen<StaffingLine> line = anyStaffingLine(c);
    Gen<VacancyId> vacancy = anyVacancyId();
    Gen<Money> money = anyMoney(c);
    return Gen.oneOf(List.<Gen<? extends Command>>of(
        source -> Nominate.of(source.draw(actor), source.draw(line), source.draw(date)),
        source -> Admit.of(source.draw(actor), source.draw(engineer), source.draw(date)),
        source -> RecordDeparture.of(source.draw(actor), source.draw(engineer),
            source.draw(Gen.of(DepartureReason.class)), source.draw(date)),
        source -> FillVacancy.of(source.draw(actor), source.draw(vacancy), source.draw(engineer), source.draw(date)),
        source -> CloseVacancy.of(source.draw(actor), source.draw(vacancy), source.draw(date)),
        source -> SubstituteEngineer.of(source.draw(actor), source.draw(engineer), source.draw(line),
            source.draw(date)),
        source -> AcceptMilestone.of(source.draw(actor), source.draw(anyMilestoneId(c)), source.draw(date)),
        source -> RecordScopeChange.of(source.draw(actor), source.draw(anyScope()), source.draw(date)),
        Gen.combine(actor, date, SignNewBaseline::of),
        source -> ContributeToPool.of(source.draw(actor), source.draw(money), source.draw(date)),
        source -> DrawOnPool.of(source.draw(actor), source.draw(money), source.draw(anySurprise()),
            source.draw(date)),
        source -> RecordForegroundIp.of(source.draw(actor), source.draw(anyForegroundAsset(c)), source.draw(date)),
        source -> AmendIpFramework.of(source.draw(actor), source.draw(anyIpFramework(c)), source.draw(date)),
        source -> MakeJobOffer.of(source.draw(actor), source.draw(engineer), source.draw(date))));
  }

  /**
   * Any actor around the {@link SampleProgram}: the lead, the parents, an impostor lead, a party
   * that is no parent, anyone else.
   *
   * @return the generator
   */
  public static Gen<Actor> anyActor() {
    return anyActor(SAMPLE);
  }

  private static Gen<Actor> anyActor(ProgramCast c) {
    return Gen.frequency(List.of(
        Gen.weighted(2, Gen.just(c.lead())),
        Gen.weighted(3, oneOf(c.parents().stream().map(Actor::parent).collect(Collectors.toList()), c.lead())),
        Gen.weighted(1, anyToken().map(id -> Actor.lead(PersonId.of(id)))),
        Gen.weighted(1, anyPartyId(c).map(Actor::parent)),
        Gen.weighted(1, anyText().map(Actor::other))));
  }

  /**
   * Any day, mostly around the {@link SampleProgram}'s period, sometimes anywhere a {@link
   * LocalDate} can be.
   *
   * @return the generator
   */
  public static Gen<LocalDate> anyDate() {
    return anyDate(SAMPLE);
  }

  private static Gen<LocalDate> anyDate(ProgramCast c) {
    LocalDate start = c.start();
    LocalDate end = c.end();
    return Gen.frequency(List.of(
        Gen.weighted(5, Gen.longs(start.minusDays(60).toEpochDay(), end.plusDays(60).toEpochDay())
            .map(LocalDate::ofEpochDay)),
        Gen.weighted(2, Gen.dates(ProgramCast.FIRST_DAY, ProgramCast.LAST_DAY)),
        Gen.weighted(1, Gen.of(ProgramCast.FIRST_DAY, ProgramCast.LAST_DAY, start, start.minusDays(1), end,
            end.plusDays(1), end.plusMonths(6), end.plusMonths(6).plusDays(1)))));
  }

  /**
   * Any engineer id: the {@link SampleProgram} generator's people's, unknown ones, placeholder-like
   * ones.
   *
   * @return the generator
   */
  public static Gen<EngineerId> anyEngineerId() {
    return anyEngineerId(SAMPLE);
  }

  private static Gen<EngineerId> anyEngineerId(ProgramCast c) {
    return Gen.frequency(List.of(
        Gen.weighted(3, oneOf(c.people().stream().map(e -> e.id().value()).collect(Collectors.toList()), "Z-0")),
        Gen.weighted(1, Gen.of("TBD", "N.N.", "x", "Z-0")),
        Gen.weighted(1, anyToken()))).map(EngineerId::of);
  }

  /**
   * Any vacancy id: the first few a program opens, or any other.
   *
   * @return the generator
   */
  public static Gen<VacancyId> anyVacancyId() {
    return Gen.frequency(List.of(
        Gen.weighted(3, Gen.integers(1, 4).map(VacancyId::number)),
        Gen.weighted(1, anyToken().map(VacancyId::of))));
  }

  /**
   * Any milestone id: the {@link SampleProgram}'s, or any other.
   *
   * @return the generator
   */
  public static Gen<MilestoneId> anyMilestoneId() {
    return anyMilestoneId(SAMPLE);
  }

  private static Gen<MilestoneId> anyMilestoneId(ProgramCast c) {
    return Gen.frequency(List.of(
        Gen.weighted(2, oneOf(c.milestones(), c.unknownMilestone())),
        Gen.weighted(1, anyToken().map(MilestoneId::of))));
  }

  /**
   * Any party id: a parent of the {@link SampleProgram}, the lead's employer, or a stranger.
   *
   * @return the generator
   */
  public static Gen<PartyId> anyPartyId() {
    return anyPartyId(SAMPLE);
  }

  private static Gen<PartyId> anyPartyId(ProgramCast c) {
    PartyId leadsEmployer = c.charter().lead().map(ProgramLead::employer).orElse(PartyId.of("neutral"));
    return Gen.frequency(List.of(
        Gen.weighted(3, oneOf(c.parents(), leadsEmployer)),
        Gen.weighted(1, Gen.just(leadsEmployer)),
        Gen.weighted(1, anyToken().map(PartyId::of))));
  }

  /**
   * Any staffing line: named persons (real names, placeholder names, role names, headcounts written
   * as names), headcount lines and placeholder lines, blank ones included, of any employer.
   *
   * @return the generator
   */
  public static Gen<StaffingLine> anyStaffingLine() {
    return anyStaffingLine(SAMPLE);
  }

  private static Gen<StaffingLine> anyStaffingLine(ProgramCast c) {
    Gen<String> names = Gen.frequency(List.of(
        Gen.weighted(2, Gen.of("Lena Park", "Mira Schulz", "Jean-Luc O'Neill", "Zoë Ångström")),
        Gen.weighted(2, Gen.of("TBD", "N.N.", "n/a", "Senior Developer #3", "5 x Java developer",
            "3 engineers", "X", "to be named", "Architect")),
        Gen.weighted(1, anyText())));
    Gen<StaffingLine> people = oneOf(List.<StaffingLine>copyOf(c.people()), PlaceholderLine.of("TBD", c.aSupplier()));
    Gen<PartyId> employers = anyPartyId(c);
    Gen<String> placeholders = Gen.frequency(List.of(Gen.weighted(1, Gen.of("", " ", "\u2003")), Gen.weighted(2, names)));
    return Gen.frequency(List.of(
        Gen.weighted(1, people),
        Gen.weighted(2, source -> NamedEngineer.of(source.draw(anyEngineerId(c)), source.draw(names),
            source.draw(employers))),
        Gen.weighted(1, source -> HeadcountLine.of(source.draw(Gen.integers(1, 99)), source.draw(anyText()),
            source.draw(employers))),
        Gen.weighted(1, source -> PlaceholderLine.of(source.draw(placeholders), source.draw(employers)))));
  }

  /**
   * Any positive amount, in euros (the {@link SampleProgram}'s currency) or another currency, with
   * any minor unit.
   *
   * @return the generator
   */
  public static Gen<Money> anyMoney() {
    return anyMoney(SAMPLE);
  }

  private static Gen<Money> anyMoney(ProgramCast c) {
    Gen<CurrencyUnit> currencies = Gen.frequency(List.of(
        Gen.weighted(3, Gen.just(c.currency())),
        Gen.weighted(2, Gen.of(CurrencyUnit.EUR, CurrencyUnit.USD, CurrencyUnit.JPY, CurrencyUnit.of("BHD"),
            CurrencyUnit.GBP, CurrencyUnit.CHF))));
    Gen<Long> minor = Gen.frequency(List.of(
        Gen.weighted(3, Gen.longs(1, 10_000_000L)),
        Gen.weighted(1, Gen.longs(1, Long.MAX_VALUE / 2))));
    return Gen.combine(currencies, minor, Money::ofMinor);
  }

  /**
   * Any positive scope a command can carry: up to {@value RebaseliningTerms#SCOPE_DIGITS} digits
   * before the point and as many after it, written with any scale (1E+3 too), the extremes included.
   *
   * @return the generator
   */
  public static Gen<BigDecimal> anyScope() {
    int digits = RebaseliningTerms.SCOPE_DIGITS;
    BigDecimal largest = BigDecimal.TEN.pow(2 * digits).subtract(BigDecimal.ONE).movePointLeft(digits);
    Gen<BigDecimal> ordinary = source -> {
      int scale = source.draw(Gen.integers(-3, digits));
      long unscaled = source.draw(Gen.longs(1, 999_999_999L));
      BigDecimal scope = BigDecimal.valueOf(unscaled, scale);
      return scope.precision() - scope.scale() <= digits ? scope : scope.movePointLeft(3);
    };
    return Gen.frequency(List.of(
        Gen.weighted(8, ordinary),
        Gen.weighted(1, Gen.of(largest, BigDecimal.ONE.movePointLeft(digits), new BigDecimal("1E+3")))));
  }

  /**
   * Any description of a surprise, blank ones included.
   *
   * @return the generator
   */
  public static Gen<String> anySurprise() {
    return Gen.frequency(List.of(
        Gen.weighted(2, Gen.just(ProgramCast.SURPRISE)),
        Gen.weighted(1, Gen.of("", " ", "\u2003")),
        Gen.weighted(1, anyText())));
  }

  /**
   * Any foreground asset: any id (fresh, the first a sequence records, a background asset's), any
   * contributors (none, known, unknown), any recording day.
   *
   * @return the generator
   */
  public static Gen<ForegroundAsset> anyForegroundAsset() {
    return anyForegroundAsset(SAMPLE);
  }

  private static Gen<ForegroundAsset> anyForegroundAsset(ProgramCast c) {
    Gen<AssetId> ids = Gen.frequency(List.of(
        Gen.weighted(2, Gen.of("F-1", "F-2", "BG-1", "oem-0")),
        Gen.weighted(1, anyToken()))).map(AssetId::of);
    Gen<List<EngineerId>> contributors = anyEngineerId(c).list().unique().ofMaxSize(3);
    return source -> ForegroundAsset.builder()
        .id(source.draw(ids))
        .description(source.draw(anyText()))
        .contributors(source.draw(contributors))
        .recordedOn(source.draw(anyDate(c)))
        .build();
  }

  /**
   * Any IP framework: signatures of any parties on any day, declarations of any parties with or
   * without assets and carve-outs, with or without ownership rule and licence.
   *
   * @return the generator
   */
  public static Gen<IpFramework> anyIpFramework() {
    return anyIpFramework(SAMPLE);
  }

  private static Gen<IpFramework> anyIpFramework(ProgramCast c) {
    Gen<List<Signature>> signatures = Gen.combine(anyPartyId(c), anyDate(c), Signature::of)
        .list().ofMaxSize(4).uniqueBy(Signature::party);
    Gen<BackgroundIpDeclaration> declaration = source -> declaration(source.draw(anyPartyId(c)),
        source.draw(Gen.integers(0, 2)), source.draw(anyText().list().ofMaxSize(2)));
    Gen<List<BackgroundIpDeclaration>> declarations = declaration.list().ofMaxSize(4)
        .uniqueBy(BackgroundIpDeclaration::party);
    Gen<Optional<ForegroundOwnership>> ownership = Gen.of(ForegroundOwnership.class).optional(0.5);
    Gen<Optional<PostProgramLicence>> licence = anyText().map(PostProgramLicence::of).optional(0.5);
    Gen<IpFramework> anyFramework = source -> IpFramework.builder()
        .signatures(source.draw(signatures))
        .declarations(source.draw(declarations))
        .foregroundOwnership(source.draw(ownership))
        .postProgramLicence(source.draw(licence))
        .build();
    return Gen.frequency(List.of(
        Gen.weighted(1, Gen.of(c.ipFramework(), c.ipFrameworkWithOneMoreAsset())),
        Gen.weighted(3, anyFramework)));
  }

  /** One of the values, or the fallback when there are none. */
  private static <T> Gen<T> oneOf(List<T> values, T fallback) {
    return values.isEmpty() ? Gen.just(fallback) : Gen.of(values);
  }

  /** Asset ids are the party's id and a number, so that they are unique across declarations. */
  private static BackgroundIpDeclaration declaration(PartyId party, int assets, List<String> carveOuts) {
    return BackgroundIpDeclaration.of(party, IntStream.range(0, assets)
        .mapToObj(i -> BackgroundAsset.builder().id(AssetId.of(party.value() + "-" + i))
            .description("Asset " + i + " of " + party).carveOuts(carveOuts).build())
        .collect(Collectors.toList()));
  }

  /** Free text, never blank, with letters, digits, punctuation and inner spaces. */
  static Gen<String> anyText() {
    return Gen.strings(TEXT, 1, 16).filter(s -> !s.isBlank());
  }

  /** An id: free text with no white space at either end. */
  static Gen<String> anyToken() {
    return anyText().map(String::strip);
  }
}
