package dev.dmz.testkit.program;

import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.ip.AssetId;
import dev.dmz.core.ip.BackgroundAsset;
import dev.dmz.core.ip.BackgroundIpDeclaration;
import dev.dmz.core.ip.ForegroundAsset;
import dev.dmz.core.ip.IpFramework;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PersonId;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.HeadcountLine;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.core.staffing.PlaceholderLine;
import dev.dmz.core.staffing.StaffingLine;


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
import dev.dmz.rules.program.ProgramState;
import dev.dmz.rules.program.RecordDeparture;
import dev.dmz.rules.program.RecordForegroundIp;
import dev.dmz.rules.program.RecordScopeChange;
import dev.dmz.rules.program.SignNewBaseline;
import dev.dmz.rules.program.SubstituteEngineer;
import dev.dmz.rules.program.Vacancy;
import dev.dmz.rules.program.VacancyId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * One small choice of a generated command sequence: what to do next, which of the eligible
 * engineers, vacancies or parents to pick, how many days to move on, and whether to spoil the command
 * (a flaw) or its date. A step means nothing alone; {@link #command} reads it against the program as
 * it stands, so that a sequence of steps stays meaningful when jqwik shrinks it: dropping one step or
 * lowering one number still gives a sequence of sensible commands. Every number shrinks towards the
 * plain, valid choice: flaw 0 is the valid command, shift {@link Shift#NONE} its natural date.
 *
 * @param move what kind of command
 * @param pick which of the eligible targets (taken modulo their number)
 * @param advance how many days the program's clock moves on before this step
 * @param flaw 0 for the valid command, otherwise which way to spoil it
 * @param shift whether the date is the natural one, or goes backwards or out of the program
 */
record Step(Move move, int pick, int advance, int flaw, Shift shift) {

  /** What a step does. */
  enum Move {
    NOMINATE, ADMIT, DEPART, FILL_VACANCY, CLOSE_VACANCY, SUBSTITUTE, ACCEPT_MILESTONE, CHANGE_SCOPE,
    SIGN_BASELINE, CONTRIBUTE, DRAW, RECORD_FOREGROUND_IP, OFFER_JOB, AMEND_IP_FRAMEWORK
  }

  /** The date of a step: the clock's, or a spoilt one. */
  enum Shift {
    /** The program's clock after {@code advance} more days. */
    NONE,
    /** Before the program's latest event. */
    BACKWARDS,
    /** Just before the program starts. */
    BEFORE_PROGRAM,
    /** Just after the program ends. */
    AFTER_PROGRAM
  }

  static final List<PartyId> PARENTS = ReadyCharter.PARENTS;
  static final Actor IMPOSTOR_LEAD = Actor.lead(PersonId.of("impostor"));
  static final List<Actor> STRANGERS = List.of(
      Actor.other("recruiting-bot"), Actor.parent(PartyId.of("rival-gmbh")), IMPOSTOR_LEAD);
  /** The people the parents may nominate: three of each parent, the premium-rated star among them. */
  static final List<NamedEngineer> PEOPLE = List.of(
      NamedEngineer.of(EngineerId.of("O-1"), "Mira Schulz", ReadyCharter.OEM),
      NamedEngineer.of(EngineerId.of("O-2"), "Jonas Weber", ReadyCharter.OEM),
      Cast.LENA,
      Cast.OMAR,
      NamedEngineer.of(EngineerId.of("A-9"), "Sofia Rossi", ReadyCharter.SUP_A),
      Cast.KIRA,
      NamedEngineer.of(EngineerId.of("B-2"), "Pedro Alves", ReadyCharter.SUP_B),
      NamedEngineer.of(EngineerId.of("B-3"), "Nia Okafor", ReadyCharter.SUP_B));
  static final MilestoneId M1 = MilestoneId.of("M1");
  static final String SURPRISE = "Supplier recall: re-test of the battery pack";

  /**
   * The date this step's command carries.
   *
   * @param state the program before the command
   * @param clock the program's clock, already moved on by {@code advance}
   * @return the date
   */
  LocalDate date(ProgramState state, LocalDate clock) {
    switch (shift) {
      case BACKWARDS:
        return state.lastDate().orElse(clock).minusDays(1 + advance);
      case BEFORE_PROGRAM:
        return ReadyCharter.START.minusDays(1 + advance);
      case AFTER_PROGRAM:
        return ReadyCharter.END.plusDays(1 + advance);
      default:
        return clock;
    }
  }

  /**
   * The command this step stands for in the program's present state.
   *
   * @param state the program before the command
   * @param date the command's date
   * @return the command
   */
  Command command(ProgramState state, LocalDate date) {
    switch (feasible(state)) {
      case NOMINATE:
        return nominate(state, date);
      case ADMIT:
        return admit(state, date);
      case DEPART:
        return depart(state, date);
      case FILL_VACANCY:
        return fill(state, date);
      case CLOSE_VACANCY:
        return close(state, date);
      case SUBSTITUTE:
        return substitute(state, date);
      case ACCEPT_MILESTONE:
        return accept(date);
      case CHANGE_SCOPE:
        return scope(date);
      case SIGN_BASELINE:
        return sign(state, date);
      case CONTRIBUTE:
        return contribute(date);
      case DRAW:
        return draw(state, date);
      case RECORD_FOREGROUND_IP:
        return foregroundIp(state, date);
      case OFFER_JOB:
        return offer(date);
      default:
        return amendIp(date);
    }
  }

  /**
   * The move to make: a valid step whose target does not exist yet makes the move that brings it
   * about (an admission with nobody in the pool nominates, a departure with nobody on the program
   * admits...), so that most sequences get far into the lifecycle. A spoilt step keeps its move.
   */
  private Move feasible(ProgramState state) {
    Move feasible = move;
    for (int i = 0; i < 3 && flaw == 0; i++) {
      Move prerequisite = prerequisite(feasible, state);
      if (prerequisite == feasible) {
        break;
      }
      feasible = prerequisite;
    }
    return feasible;
  }

  private static Move prerequisite(Move move, ProgramState state) {
    switch (move) {
      case ADMIT:
        return state.candidates().isEmpty() ? Move.NOMINATE : move;
      case DEPART:
      case RECORD_FOREGROUND_IP:
        return state.roster().isEmpty() ? Move.ADMIT : move;
      case FILL_VACANCY:
        return openVacancies(state).isEmpty() ? Move.DEPART : state.candidates().isEmpty() ? Move.NOMINATE : move;
      case CLOSE_VACANCY:
        return openVacancies(state).isEmpty() ? Move.DEPART : move;
      case DRAW:
        return state.poolBalance().filter(Money::isPositive).isEmpty() ? Move.CONTRIBUTE : move;
      case SIGN_BASELINE:
        return state.reopened() ? move : Move.CHANGE_SCOPE;
      default:
        return move;
    }
  }

  private Command nominate(ProgramState state, LocalDate date) {
    List<NamedEngineer> free = PEOPLE.stream()
        .filter(e -> !state.candidates().containsKey(e.id()) && !state.isActive(e.id()))
        .collect(Collectors.toList());
    NamedEngineer who = choose(free.isEmpty() ? PEOPLE : free, pick);
    Actor employer = Actor.parent(who.employer());
    switch (variant(3)) {
      case 1:
        return Nominate.of(Actor.parent(otherParent(who.employer())), who, date);
      case 2:
        return Nominate.of(employer, placeholder(who.employer()), date);
      case 3:
        return Nominate.of(stranger(), who, date);
      default:
        return Nominate.of(employer, who, date);
    }
  }

  private Command admit(ProgramState state, LocalDate date) {
    List<NamedEngineer> candidates = candidates(state);
    EngineerId who = candidates.isEmpty() ? unknownEngineer() : choose(candidates, pick).id();
    switch (variant(3)) {
      case 1:
        return Admit.of(IMPOSTOR_LEAD, who, date);
      case 2:
        return Admit.of(Actor.parent(candidates.isEmpty() ? ReadyCharter.OEM
            : choose(candidates, pick).employer()), who, date);
      case 3:
        return Admit.of(Cast.LEAD, notACandidate(state), date);
      default:
        return Admit.of(Cast.LEAD, who, date);
    }
  }

  private Command depart(ProgramState state, LocalDate date) {
    List<NamedEngineer> active = active(state);
    DepartureReason reason = DepartureReason.values()[pick % DepartureReason.values().length];
    if (active.isEmpty()) {
      return RecordDeparture.of(Cast.LEAD, unknownEngineer(), reason, date);
    }
    NamedEngineer who = choose(active, pick);
    switch (variant(3)) {
      case 1:
        return RecordDeparture.of(Actor.parent(otherParent(who.employer())), who.id(), reason, date);
      case 2:
        return RecordDeparture.of(Cast.LEAD, notActive(state), reason, date);
      case 3:
        return RecordDeparture.of(stranger(), who.id(), reason, date);
      default:
        return RecordDeparture.of(pick % 2 == 0 ? Cast.LEAD : Actor.parent(who.employer()), who.id(), reason,
            date);
    }
  }

  private Command fill(ProgramState state, LocalDate date) {
    List<Vacancy> open = openVacancies(state);
    List<NamedEngineer> candidates = candidates(state);
    VacancyId vacancy = open.isEmpty() ? unknownVacancy(state) : choose(open, pick).id();
    EngineerId who = candidates.isEmpty() ? unknownEngineer() : choose(candidates, pick / 3).id();
    switch (variant(4)) {
      case 1:
        return FillVacancy.of(Actor.parent(leaversEmployer(state, open)), vacancy, who, date);
      case 2:
        return FillVacancy.of(Cast.LEAD, unknownVacancy(state), who, date);
      case 3:
        return FillVacancy.of(Cast.LEAD, vacancy, notACandidate(state), date);
      case 4:
        return FillVacancy.of(IMPOSTOR_LEAD, vacancy, who, date);
      default:
        return FillVacancy.of(Cast.LEAD, vacancy, who, date);
    }
  }

  private Command close(ProgramState state, LocalDate date) {
    List<Vacancy> open = openVacancies(state);
    VacancyId vacancy = open.isEmpty() ? unknownVacancy(state) : choose(open, pick).id();
    switch (variant(3)) {
      case 1:
        return CloseVacancy.of(Actor.parent(leaversEmployer(state, open)), vacancy, date);
      case 2:
        return CloseVacancy.of(Cast.LEAD, unknownVacancy(state), date);
      case 3:
        return CloseVacancy.of(stranger(), vacancy, date);
      default:
        return CloseVacancy.of(Cast.LEAD, vacancy, date);
    }
  }

  /** Always refused: a parent's own substitution; the star, when on the program, most often. */
  private Command substitute(ProgramState state, LocalDate date) {
    List<NamedEngineer> active = active(state);
    NamedEngineer outgoing = active.isEmpty() || (pick % 2 == 0 && state.isActive(Cast.LENA.id())) ? Cast.LENA
        : choose(active, pick);
    List<NamedEngineer> colleagues = PEOPLE.stream()
        .filter(e -> e.employer().equals(outgoing.employer()) && !state.isActive(e.id()))
        .collect(Collectors.toList());
    StaffingLine incoming = colleagues.isEmpty() || pick % 3 == 0
        ? HeadcountLine.of(1, "Senior developer", outgoing.employer()) : choose(colleagues, pick);
    Actor actor = variant(2) == 1 ? Actor.parent(otherParent(outgoing.employer()))
        : variant(2) == 2 ? Cast.LEAD : Actor.parent(outgoing.employer());
    return SubstituteEngineer.of(actor, outgoing.id(), incoming, date);
  }

  private Command accept(LocalDate date) {
    switch (variant(3)) {
      case 1:
        return AcceptMilestone.of(Cast.LEAD, MilestoneId.of("M9"), date);
      case 2:
        return AcceptMilestone.of(Actor.parent(ReadyCharter.SUP_A), M1, date);
      case 3:
        return AcceptMilestone.of(IMPOSTOR_LEAD, M1, date);
      default:
        return AcceptMilestone.of(Cast.LEAD, M1, date);
    }
  }

  /** The scope moves between 190 and 235 against a baseline of 200 and a threshold of 10 %. */
  private Command scope(LocalDate date) {
    BigDecimal scope = BigDecimal.valueOf(190 + (pick % 10) * 5L);
    Actor actor = variant(1) == 1 ? stranger() : pick % 4 == 0 ? Cast.LEAD : Actor.parent(choose(PARENTS, pick));
    return RecordScopeChange.of(actor, scope, date);
  }

  private Command sign(ProgramState state, LocalDate date) {
    List<PartyId> unsigned = PARENTS.stream().filter(p -> !state.baselineSignatures().contains(p))
        .collect(Collectors.toList());
    switch (variant(2)) {
      case 1:
        return SignNewBaseline.of(Cast.LEAD, date);
      case 2:
        return SignNewBaseline.of(stranger(), date);
      default:
        return SignNewBaseline.of(Actor.parent(choose(unsigned.isEmpty() ? PARENTS : unsigned, pick)), date);
    }
  }

  private Command contribute(LocalDate date) {
    Money amount = ReadyCharter.eur(1_000L * (1 + pick % 20));
    Actor parent = Actor.parent(choose(PARENTS, pick));
    switch (variant(3)) {
      case 1:
        return ContributeToPool.of(parent, Money.ofMajor(CurrencyUnit.USD, amount.getAmountMajorLong()), date);
      case 2:
        return ContributeToPool.of(stranger(), amount, date);
      case 3:
        return ContributeToPool.of(Cast.LEAD, amount, date);
      default:
        return ContributeToPool.of(parent, amount, date);
    }
  }

  private Command draw(ProgramState state, LocalDate date) {
    Money balance = state.poolBalance().orElse(Money.zero(CurrencyUnit.EUR));
    Money wanted = ReadyCharter.eur(1_000L * (1 + pick % 10));
    Money amount = balance.isPositive() && wanted.isGreaterThan(balance) ? balance : wanted;
    switch (variant(4)) {
      case 1:
        return DrawOnPool.of(Cast.LEAD, balance.plus(ReadyCharter.eur(1)), SURPRISE, date);
      case 2:
        return DrawOnPool.of(Actor.parent(choose(PARENTS, pick)), amount, SURPRISE, date);
      case 3:
        return DrawOnPool.of(Cast.LEAD, amount, " ", date);
      case 4:
        return DrawOnPool.of(Cast.LEAD, Money.ofMajor(CurrencyUnit.JPY, 1_000L), SURPRISE, date);
      default:
        return DrawOnPool.of(Cast.LEAD, amount, SURPRISE, date);
    }
  }

  private Command foregroundIp(ProgramState state, LocalDate date) {
    List<NamedEngineer> active = active(state);
    List<EngineerId> contributors = active.isEmpty() ? List.of(choose(PEOPLE, pick).id())
        : Stream.of(choose(active, pick), choose(active, pick / 3)).map(NamedEngineer::id).distinct()
            .collect(Collectors.toList());
    AssetId id = AssetId.of("F-" + (state.foregroundIp().size() + 1));
    Actor actor = pick % 2 == 0 ? Cast.LEAD : Actor.parent(choose(PARENTS, pick / 2));
    switch (variant(3)) {
      case 1:
        return RecordForegroundIp.of(actor, asset(id, List.of(notActive(state)), date), date);
      case 2:
        return state.foregroundIp().isEmpty() ? RecordForegroundIp.of(actor, asset(id, List.of(), date), date)
            : RecordForegroundIp.of(actor, asset(state.foregroundIp().keySet().min().get(), contributors, date),
                date);
      case 3:
        return RecordForegroundIp.of(stranger(), asset(id, contributors, date), date);
      default:
        return RecordForegroundIp.of(actor, asset(id, contributors, date), date);
    }
  }

  /** An offer of a parent to its own engineer is fine; to another parent's named engineer it is poaching. */
  private Command offer(LocalDate date) {
    NamedEngineer who = choose(PEOPLE, pick);
    switch (variant(2)) {
      case 1:
        return MakeJobOffer.of(Actor.parent(otherParent(who.employer())), who.id(), date);
      case 2:
        return MakeJobOffer.of(stranger(), who.id(), date);
      default:
        return MakeJobOffer.of(Actor.parent(who.employer()), who.id(), date);
    }
  }

  /** Before anyone enters, a parent may amend the IP framework, here to one that is still ready. */
  private Command amendIp(LocalDate date) {
    IpFramework framework = pick % 2 == 0 ? ReadyCharter.ipFramework() : ReadyCharter.ipFramework()
        .withDeclarations(Stream.concat(
            Stream.of(BackgroundIpDeclaration.of(ReadyCharter.OEM, List.of(BackgroundAsset.builder()
                .id(AssetId.of("BG-1")).description("Battery management firmware")
                .addCarveOut("series production").build()))),
            PARENTS.stream().skip(1).map(BackgroundIpDeclaration::nothing)).collect(Collectors.toList()));
    Actor actor = variant(1) == 1 ? stranger() : Actor.parent(choose(PARENTS, pick));
    return AmendIpFramework.of(actor, framework, date);
  }

  private int variant(int variants) {
    return flaw == 0 ? 0 : 1 + (flaw - 1) % variants;
  }

  private Actor stranger() {
    return choose(STRANGERS, pick);
  }

  private StaffingLine placeholder(PartyId employer) {
    switch (pick % 5) {
      case 0:
        return PlaceholderLine.of("TBD", employer);
      case 1:
        return HeadcountLine.of(5, "Java developer", employer);
      case 2:
        return NamedEngineer.of(EngineerId.of(employer.value() + "-S3"), "Senior Developer #3", employer);
      case 3:
        return PlaceholderLine.of(" ", employer);
      default:
        return NamedEngineer.of(EngineerId.of("N.N."), "N.N.", employer);
    }
  }

  private EngineerId unknownEngineer() {
    return EngineerId.of("Z-" + (pick % 3));
  }

  /** An engineer on the program, or, when nobody is, an unknown one. */
  private EngineerId notACandidate(ProgramState state) {
    List<NamedEngineer> active = active(state);
    return active.isEmpty() ? unknownEngineer() : choose(active, pick).id();
  }

  /** A candidate, a departed engineer, or an unknown one. */
  private EngineerId notActive(ProgramState state) {
    List<EngineerId> inactive = PEOPLE.stream().map(NamedEngineer::id).filter(id -> !state.isActive(id))
        .collect(Collectors.toList());
    return pick % 4 == 0 || inactive.isEmpty() ? unknownEngineer() : choose(inactive, pick);
  }

  /** A vacancy already filled or closed, or, when there is none, one that never opened. */
  private VacancyId unknownVacancy(ProgramState state) {
    List<VacancyId> resolved = state.vacancies().values().filter(v -> !v.isOpen()).map(Vacancy::id).toJavaList();
    return resolved.isEmpty() || pick % 2 == 0 ? VacancyId.number(state.vacancies().size() + 1 + pick % 3)
        : choose(resolved, pick);
  }

  private PartyId leaversEmployer(ProgramState state, List<Vacancy> open) {
    return open.isEmpty() ? ReadyCharter.SUP_A
        : state.engineers().get(choose(open, pick).leftBy()).map(NamedEngineer::employer)
            .getOrElse(ReadyCharter.SUP_A);
  }

  private static ForegroundAsset asset(AssetId id, List<EngineerId> contributors, LocalDate date) {
    return ForegroundAsset.builder().id(id).description("Design note " + id).contributors(contributors)
        .recordedOn(date).build();
  }

  private static PartyId otherParent(PartyId parent) {
    return PARENTS.get((PARENTS.indexOf(parent) + 1) % PARENTS.size());
  }

  private static List<NamedEngineer> candidates(ProgramState state) {
    return sorted(state.candidates().values().toJavaList());
  }

  private static List<NamedEngineer> active(ProgramState state) {
    return sorted(state.roster().values().toJavaList());
  }

  private static List<Vacancy> openVacancies(ProgramState state) {
    return state.vacancies().values().filter(Vacancy::isOpen).toJavaList();
  }

  private static List<NamedEngineer> sorted(List<NamedEngineer> engineers) {
    List<NamedEngineer> sorted = new ArrayList<>(engineers);
    sorted.sort(Comparator.comparing(NamedEngineer::id));
    return sorted;
  }

  private static <T> T choose(List<T> from, int pick) {
    return from.get(Math.floorMod(pick, from.size()));
  }
}
