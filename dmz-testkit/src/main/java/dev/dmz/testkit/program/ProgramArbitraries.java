package dev.dmz.testkit.program;

import dev.dmz.core.agreement.Signature;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.charter.ProgramLead;
import dev.dmz.core.commercial.MilestoneId;
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
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.program.AcceptMilestone;
import dev.dmz.rules.program.Actor;
import dev.dmz.rules.program.Admit;
import dev.dmz.rules.program.AmendIpFramework;
import dev.dmz.rules.program.CloseVacancy;
import dev.dmz.rules.program.Command;
import dev.dmz.rules.program.ContributeToPool;
import dev.dmz.rules.program.DrawOnPool;
import dev.dmz.rules.program.FillVacancy;
import dev.dmz.rules.program.MakeJobOffer;
import dev.dmz.rules.program.Nominate;
import dev.dmz.rules.program.RecordDeparture;
import dev.dmz.rules.program.RecordForegroundIp;
import dev.dmz.rules.program.RecordScopeChange;
import dev.dmz.rules.program.SignNewBaseline;
import dev.dmz.rules.program.SubstituteEngineer;
import dev.dmz.rules.program.VacancyId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
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
 * @Provide
 * Arbitrary<CommandSequence> sequences() {
 *   return ProgramArbitraries.commandSequences(myCharter, RuleBook.standard().withCommandRule(myRule));
 * }
 * }</pre>
 */
public final class ProgramArbitraries {
  /** The default length bound of a generated sequence. */
  public static final int MAX_STEPS = 40;

  private static final ProgramCast SAMPLE = ProgramCast.of(SampleProgram.charter());

  private ProgramArbitraries() {}

  // ---------------------------------------------------------------------------------------------
  // Command sequences: mostly valid, against a charter's program

  /**
   * Command sequences of up to {@link #MAX_STEPS} steps against the {@link SampleProgram}, under the
   * standard rule book.
   *
   * @return the arbitrary
   */
  public static Arbitrary<CommandSequence> commandSequences() {
    return commandSequences(MAX_STEPS);
  }

  /**
   * Command sequences of up to {@code maxSteps} steps against the {@link SampleProgram}, under the
   * standard rule book.
   *
   * @param maxSteps the longest sequence
   * @return the arbitrary
   */
  public static Arbitrary<CommandSequence> commandSequences(int maxSteps) {
    return sequences(SAMPLE, RuleBook.standard(), maxSteps);
  }

  /**
   * Command sequences of up to {@link #MAX_STEPS} steps against a charter's program, under the
   * standard rule book. A charter that is not ready gives sequences whose staffing commands are
   * refused ({@code DMZ-WALLS-BEFORE-ENTRY}).
   *
   * @param charter the charter, best a ready one
   * @return the arbitrary
   */
  public static Arbitrary<CommandSequence> commandSequences(ProgramCharter charter) {
    return commandSequences(charter, RuleBook.standard());
  }

  /**
   * Command sequences of up to {@link #MAX_STEPS} steps against a charter's program, under a rule
   * book of the caller's choice (the standard one with a custom rule, say).
   *
   * @param charter the charter, best a ready one
   * @param ruleBook the rule book
   * @return the arbitrary
   */
  public static Arbitrary<CommandSequence> commandSequences(ProgramCharter charter, RuleBook ruleBook) {
    Objects.requireNonNull(charter, "charter is null");
    Objects.requireNonNull(ruleBook, "ruleBook is null");
    return sequences(ProgramCast.of(charter), ruleBook, MAX_STEPS);
  }

  /**
   * Command sequences of up to {@link #MAX_STEPS} steps, each against a charter drawn from an
   * arbitrary of charters (ready ones, best), under the standard rule book. A counterexample shrinks
   * its charter first, then its steps.
   *
   * @param charters the charters
   * @return the arbitrary
   */
  public static Arbitrary<CommandSequence> commandSequences(Arbitrary<ProgramCharter> charters) {
    Objects.requireNonNull(charters, "charters is null");
    return charters.flatMap(ProgramArbitraries::commandSequences);
  }

  private static Arbitrary<CommandSequence> sequences(ProgramCast cast, RuleBook book, int maxSteps) {
    return steps().list().ofMaxSize(maxSteps).withSizeDistribution(RandomDistribution.uniform())
        .map(steps -> CommandSequence.of(cast, book, steps));
  }

  static Arbitrary<Step> steps() {
    Arbitrary<Step.Move> moves = Arbitraries.frequency(List.of(
        Tuple.of(5, Step.Move.NOMINATE),
        Tuple.of(5, Step.Move.ADMIT),
        Tuple.of(2, Step.Move.DEPART),
        Tuple.of(2, Step.Move.FILL_VACANCY),
        Tuple.of(1, Step.Move.CLOSE_VACANCY),
        Tuple.of(1, Step.Move.SUBSTITUTE),
        Tuple.of(1, Step.Move.ACCEPT_MILESTONE),
        Tuple.of(2, Step.Move.CHANGE_SCOPE),
        Tuple.of(2, Step.Move.SIGN_BASELINE),
        Tuple.of(3, Step.Move.CONTRIBUTE),
        Tuple.of(2, Step.Move.DRAW),
        Tuple.of(2, Step.Move.RECORD_FOREGROUND_IP),
        Tuple.of(1, Step.Move.OFFER_JOB),
        Tuple.of(1, Step.Move.AMEND_IP_FRAMEWORK)));
    Arbitrary<Integer> picks = Arbitraries.integers().between(0, 59);
    // Mostly a few days on, often the same day, now and then weeks.
    Arbitrary<Integer> advances = Arbitraries.frequencyOf(List.of(
        Tuple.of(3, Arbitraries.just(0)),
        Tuple.of(6, Arbitraries.integers().between(1, 7)),
        Tuple.of(1, Arbitraries.integers().between(8, 40))));
    // Three steps in four are meant to go through; the others are spoilt one way or another.
    Arbitrary<Integer> flaws = Arbitraries.frequencyOf(List.of(
        Tuple.of(9, Arbitraries.just(0)),
        Tuple.of(3, Arbitraries.integers().between(1, 4))));
    Arbitrary<Step.Shift> shifts = Arbitraries.frequency(List.of(
        Tuple.of(27, Step.Shift.NONE),
        Tuple.of(1, Step.Shift.BACKWARDS),
        Tuple.of(1, Step.Shift.BEFORE_PROGRAM),
        Tuple.of(1, Step.Shift.AFTER_PROGRAM)));
    return Combinators.combine(moves, picks, advances, flaws, shifts).as(Step::new);
  }

  // ---------------------------------------------------------------------------------------------
  // Any command at all

  /**
   * Any command the public API can build, around the {@link SampleProgram}: see {@link
   * #anyCommand(ProgramCharter)}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Command> anyCommand() {
    return anyCommand(SAMPLE);
  }

  /**
   * Any command the public API can build, around a charter's program: any actor kind (the lead, an
   * impostor lead, parents of the program and strangers to it, anyone else), any ids (known, unknown,
   * placeholder-like), any dates (in the program, around it, anywhere from {@link LocalDate#MIN} to
   * {@link LocalDate#MAX}), any staffing line and amounts in any currency.
   *
   * @param charter the charter whose people, parents, milestones and dates the commands favour
   * @return the arbitrary
   */
  public static Arbitrary<Command> anyCommand(ProgramCharter charter) {
    Objects.requireNonNull(charter, "charter is null");
    return anyCommand(ProgramCast.of(charter));
  }

  private static Arbitrary<Command> anyCommand(ProgramCast c) {
    Arbitrary<Actor> actor = anyActor(c);
    Arbitrary<LocalDate> date = anyDate(c);
    Arbitrary<EngineerId> engineer = anyEngineerId(c);
    return Arbitraries.oneOf(List.<Arbitrary<? extends Command>>of(
        Combinators.combine(actor, anyStaffingLine(c), date).as(Nominate::of),
        Combinators.combine(actor, engineer, date).as(Admit::of),
        Combinators.combine(actor, engineer, Arbitraries.of(DepartureReason.class), date)
            .as(RecordDeparture::of),
        Combinators.combine(actor, anyVacancyId(), engineer, date).as(FillVacancy::of),
        Combinators.combine(actor, anyVacancyId(), date).as(CloseVacancy::of),
        Combinators.combine(actor, engineer, anyStaffingLine(c), date).as(SubstituteEngineer::of),
        Combinators.combine(actor, anyMilestoneId(c), date).as(AcceptMilestone::of),
        Combinators.combine(actor, anyScope(), date).as(RecordScopeChange::of),
        Combinators.combine(actor, date).as(SignNewBaseline::of),
        Combinators.combine(actor, anyMoney(c), date).as(ContributeToPool::of),
        Combinators.combine(actor, anyMoney(c), anySurprise(), date).as(DrawOnPool::of),
        Combinators.combine(actor, anyForegroundAsset(c), date).as(RecordForegroundIp::of),
        Combinators.combine(actor, anyIpFramework(c), date).as(AmendIpFramework::of),
        Combinators.combine(actor, engineer, date).as(MakeJobOffer::of)));
  }

  /**
   * Any actor around the {@link SampleProgram}: the lead, the parents, an impostor lead, a party
   * that is no parent, anyone else.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Actor> anyActor() {
    return anyActor(SAMPLE);
  }

  private static Arbitrary<Actor> anyActor(ProgramCast c) {
    return Arbitraries.frequencyOf(List.of(
        Tuple.of(2, Arbitraries.just(c.lead())),
        Tuple.of(3, oneOf(c.parents().stream().map(Actor::parent).collect(Collectors.toList()), c.lead())),
        Tuple.of(1, anyToken().map(id -> Actor.lead(PersonId.of(id)))),
        Tuple.of(1, anyPartyId(c).map(Actor::parent)),
        Tuple.of(1, anyText().map(Actor::other))));
  }

  /**
   * Any day, mostly around the {@link SampleProgram}'s period, sometimes anywhere a {@link
   * LocalDate} can be.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LocalDate> anyDate() {
    return anyDate(SAMPLE);
  }

  private static Arbitrary<LocalDate> anyDate(ProgramCast c) {
    LocalDate start = c.start();
    LocalDate end = c.end();
    return Arbitraries.frequencyOf(List.of(
        Tuple.of(5, Arbitraries.longs().between(start.minusDays(60).toEpochDay(), end.plusDays(60).toEpochDay())
            .map(LocalDate::ofEpochDay)),
        Tuple.of(2, Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
            .map(LocalDate::ofEpochDay)),
        Tuple.of(1, Arbitraries.of(LocalDate.MIN, LocalDate.MAX, start, start.minusDays(1), end, end.plusDays(1),
            end.plusMonths(6), end.plusMonths(6).plusDays(1)))));
  }

  /**
   * Any engineer id: the {@link SampleProgram} generator's people's, unknown ones, placeholder-like
   * ones.
   *
   * @return the arbitrary
   */
  public static Arbitrary<EngineerId> anyEngineerId() {
    return anyEngineerId(SAMPLE);
  }

  private static Arbitrary<EngineerId> anyEngineerId(ProgramCast c) {
    return Arbitraries.frequencyOf(List.of(
        Tuple.of(3, oneOf(c.people().stream().map(e -> e.id().value()).collect(Collectors.toList()), "Z-0")),
        Tuple.of(1, Arbitraries.of("TBD", "N.N.", "x", "Z-0")),
        Tuple.of(1, anyToken()))).map(EngineerId::of);
  }

  /**
   * Any vacancy id: the first few a program opens, or any other.
   *
   * @return the arbitrary
   */
  public static Arbitrary<VacancyId> anyVacancyId() {
    return Arbitraries.frequencyOf(List.of(
        Tuple.of(3, Arbitraries.integers().between(1, 4).map(VacancyId::number)),
        Tuple.of(1, anyToken().map(VacancyId::of))));
  }

  /**
   * Any milestone id: the {@link SampleProgram}'s, or any other.
   *
   * @return the arbitrary
   */
  public static Arbitrary<MilestoneId> anyMilestoneId() {
    return anyMilestoneId(SAMPLE);
  }

  private static Arbitrary<MilestoneId> anyMilestoneId(ProgramCast c) {
    return Arbitraries.frequencyOf(List.of(
        Tuple.of(2, oneOf(c.milestones(), c.unknownMilestone())),
        Tuple.of(1, anyToken().map(MilestoneId::of))));
  }

  /**
   * Any party id: a parent of the {@link SampleProgram}, the lead's employer, or a stranger.
   *
   * @return the arbitrary
   */
  public static Arbitrary<PartyId> anyPartyId() {
    return anyPartyId(SAMPLE);
  }

  private static Arbitrary<PartyId> anyPartyId(ProgramCast c) {
    PartyId leadsEmployer = c.charter().lead().map(ProgramLead::employer).orElse(PartyId.of("neutral"));
    return Arbitraries.frequencyOf(List.of(
        Tuple.of(3, oneOf(c.parents(), leadsEmployer)),
        Tuple.of(1, Arbitraries.just(leadsEmployer)),
        Tuple.of(1, anyToken().map(PartyId::of))));
  }

  /**
   * Any staffing line: named persons (real names, placeholder names, role names, headcounts written
   * as names), headcount lines and placeholder lines, blank ones included, of any employer.
   *
   * @return the arbitrary
   */
  public static Arbitrary<StaffingLine> anyStaffingLine() {
    return anyStaffingLine(SAMPLE);
  }

  private static Arbitrary<StaffingLine> anyStaffingLine(ProgramCast c) {
    Arbitrary<String> names = Arbitraries.frequencyOf(List.of(
        Tuple.of(2, Arbitraries.of("Lena Park", "Mira Schulz", "Jean-Luc O'Neill", "Zoë Ångström")),
        Tuple.of(2, Arbitraries.of("TBD", "N.N.", "n/a", "Senior Developer #3", "5 x Java developer",
            "3 engineers", "X", "to be named", "Architect")),
        Tuple.of(1, anyText())));
    Arbitrary<StaffingLine> people = oneOf(List.<StaffingLine>copyOf(c.people()), PlaceholderLine.of("TBD", c.aSupplier()));
    return Arbitraries.frequencyOf(List.of(
        Tuple.of(1, people),
        Tuple.of(2, Combinators.combine(anyEngineerId(c), names, anyPartyId(c)).as(NamedEngineer::of)),
        Tuple.of(1, Combinators.combine(Arbitraries.integers().between(1, 99), anyText(), anyPartyId(c))
            .as(HeadcountLine::of)),
        Tuple.of(1, Combinators.combine(Arbitraries.frequencyOf(List.of(
                Tuple.of(1, Arbitraries.of("", " ", "\t")), Tuple.of(2, names))), anyPartyId(c))
            .as(PlaceholderLine::of))));
  }

  /**
   * Any positive amount, in euros (the {@link SampleProgram}'s currency) or another currency, with
   * any minor unit.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Money> anyMoney() {
    return anyMoney(SAMPLE);
  }

  private static Arbitrary<Money> anyMoney(ProgramCast c) {
    Arbitrary<CurrencyUnit> currencies = Arbitraries.frequencyOf(List.of(
        Tuple.of(3, Arbitraries.just(c.currency())),
        Tuple.of(2, Arbitraries.of(CurrencyUnit.EUR, CurrencyUnit.USD, CurrencyUnit.JPY, CurrencyUnit.of("BHD"),
            CurrencyUnit.GBP, CurrencyUnit.CHF))));
    Arbitrary<Long> minor = Arbitraries.frequencyOf(List.of(
        Tuple.of(3, Arbitraries.longs().between(1, 10_000_000L)),
        Tuple.of(1, Arbitraries.longs().between(1, Long.MAX_VALUE / 2))));
    return Combinators.combine(currencies, minor).as(Money::ofMinor);
  }

  /**
   * Any positive scope, with any number of decimals.
   *
   * @return the arbitrary
   */
  public static Arbitrary<BigDecimal> anyScope() {
    return Combinators.combine(Arbitraries.longs().between(1, 1_000_000_000L), Arbitraries.integers().between(-3, 9))
        .as(BigDecimal::valueOf);
  }

  /**
   * Any description of a surprise, blank ones included.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> anySurprise() {
    return Arbitraries.frequencyOf(List.of(
        Tuple.of(2, Arbitraries.just(ProgramCast.SURPRISE)),
        Tuple.of(1, Arbitraries.of("", " ", "\n")),
        Tuple.of(1, anyText())));
  }

  /**
   * Any foreground asset: any id (fresh, the first a sequence records, a background asset's), any
   * contributors (none, known, unknown), any recording day.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ForegroundAsset> anyForegroundAsset() {
    return anyForegroundAsset(SAMPLE);
  }

  private static Arbitrary<ForegroundAsset> anyForegroundAsset(ProgramCast c) {
    Arbitrary<AssetId> ids = Arbitraries.frequencyOf(List.of(
        Tuple.of(2, Arbitraries.of("F-1", "F-2", "BG-1", "oem-0")),
        Tuple.of(1, anyToken()))).map(AssetId::of);
    return Combinators.combine(ids, anyText(), anyEngineerId(c).list().uniqueElements().ofMaxSize(3), anyDate(c))
        .as((id, description, contributors, day) -> ForegroundAsset.builder().id(id).description(description)
            .contributors(contributors).recordedOn(day).build());
  }

  /**
   * Any IP framework: signatures of any parties on any day, declarations of any parties with or
   * without assets and carve-outs, with or without ownership rule and licence.
   *
   * @return the arbitrary
   */
  public static Arbitrary<IpFramework> anyIpFramework() {
    return anyIpFramework(SAMPLE);
  }

  private static Arbitrary<IpFramework> anyIpFramework(ProgramCast c) {
    Arbitrary<List<Signature>> signatures = Combinators.combine(anyPartyId(c), anyDate(c)).as(Signature::of)
        .list().ofMaxSize(4).uniqueElements(Signature::party);
    Arbitrary<List<BackgroundIpDeclaration>> declarations = Combinators.combine(anyPartyId(c),
            Arbitraries.integers().between(0, 2), anyText().list().ofMaxSize(2))
        .as(ProgramArbitraries::declaration)
        .list().ofMaxSize(4).uniqueElements(BackgroundIpDeclaration::party);
    Arbitrary<Optional<ForegroundOwnership>> ownership = Arbitraries.of(ForegroundOwnership.class).optional();
    Arbitrary<Optional<PostProgramLicence>> licence = anyText().map(PostProgramLicence::of).optional();
    return Arbitraries.frequencyOf(List.of(
        Tuple.of(1, Arbitraries.of(c.ipFramework(), c.ipFrameworkWithOneMoreAsset())),
        Tuple.of(3, Combinators.combine(signatures, declarations, ownership, licence)
            .as((s, d, o, l) -> IpFramework.builder().signatures(s).declarations(d).foregroundOwnership(o)
                .postProgramLicence(l).build()))));
  }

  /** One of the values, or the fallback when there are none. */
  private static <T> Arbitrary<T> oneOf(List<T> values, T fallback) {
    return values.isEmpty() ? Arbitraries.just(fallback) : Arbitraries.of(values);
  }

  /** Asset ids are the party's id and a number, so that they are unique across declarations. */
  private static BackgroundIpDeclaration declaration(PartyId party, int assets, List<String> carveOuts) {
    return BackgroundIpDeclaration.of(party, IntStream.range(0, assets)
        .mapToObj(i -> BackgroundAsset.builder().id(AssetId.of(party.value() + "-" + i))
            .description("Asset " + i + " of " + party).carveOuts(carveOuts).build())
        .collect(Collectors.toList()));
  }

  /** Free text, never blank, with letters, digits, punctuation and inner spaces. */
  static Arbitrary<String> anyText() {
    return Arbitraries.strings().alpha().numeric().withChars(' ', '-', '.', '#', '/', 'é', 'ß')
        .ofMinLength(1).ofMaxLength(16).filter(s -> !s.isBlank());
  }

  /** An id: free text with no white space at either end. */
  static Arbitrary<String> anyToken() {
    return anyText().map(String::strip);
  }
}
