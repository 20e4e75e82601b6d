package dev.dmz.testkit.program;

import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.ip.AssetId;
import dev.dmz.core.ip.ForegroundAsset;
import dev.dmz.core.ip.IpFramework;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.HeadcountLine;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.core.staffing.PlaceholderLine;
import dev.dmz.core.staffing.StaffingLine;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import dev.dmz.rules.ProgramState;
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
import dev.dmz.rules.staffing.Vacancy;
import dev.dmz.rules.staffing.VacancyId;
import io.vavr.collection.Traversable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joda.money.Money;

/**
 * One small choice of a generated command sequence: what to do next, which of the eligible
 * engineers, vacancies or parents to pick, how many days to move on, and whether to spoil the command
 * (a flaw) or its date. A step means nothing alone; {@link #command} reads it against the program as
 * it stands, so that a sequence of steps stays meaningful when it shrinks: dropping one step or
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

  /**
   * The date this step's command carries.
   *
   * @param cast the program's people and terms
   * @param state the program before the command
   * @param clock the program's clock, already moved on by {@code advance}
   * @return the date
   */
  LocalDate date(ProgramCast cast, ProgramState state, LocalDate clock) {
    switch (shift) {
      case BACKWARDS:
        return ProgramCast.shift(state.lastDate().orElse(clock), -1L - advance);
      case BEFORE_PROGRAM:
        return ProgramCast.shift(cast.start(), -1L - advance);
      case AFTER_PROGRAM:
        return ProgramCast.shift(cast.end(), 1L + advance);
      default:
        return clock;
    }
  }

  /**
   * The command this step stands for in the program's present state.
   *
   * @param cast the program's people and terms
   * @param state the program before the command
   * @param date the command's date
   * @return the command
   */
  Command command(ProgramCast cast, ProgramState state, LocalDate date) {
    return new Reading(cast, state, date).command();
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
        return state.staffing().candidates().isEmpty() ? Move.NOMINATE : move;
      case DEPART:
      case RECORD_FOREGROUND_IP:
        return state.staffing().roster().isEmpty() ? Move.ADMIT : move;
      case FILL_VACANCY:
        return openVacancies(state).isEmpty() ? Move.DEPART : state.staffing().candidates().isEmpty() ? Move.NOMINATE : move;
      case CLOSE_VACANCY:
        return openVacancies(state).isEmpty() ? Move.DEPART : move;
      case DRAW:
        return state.commercial().poolBalance().filter(Money::isPositive).isEmpty() ? Move.CONTRIBUTE : move;
      case SIGN_BASELINE:
        return state.commercial().reopened() ? move : Move.CHANGE_SCOPE;
      default:
        return move;
    }
  }

  private int variant(int variants) {
    return flaw == 0 ? 0 : 1 + (flaw - 1) % variants;
  }

  /** This step read against one program's cast and state, on one day. */
  private final class Reading {
    private final ProgramCast cast;
    private final ProgramState state;
    private final LocalDate date;
    private final Actor lead;

    Reading(ProgramCast cast, ProgramState state, LocalDate date) {
      this.cast = cast;
      this.state = state;
      this.date = date;
      this.lead = cast.lead();
    }

    Command command() {
      switch (feasible(state)) {
        case NOMINATE:
          return nominate();
        case ADMIT:
          return admit();
        case DEPART:
          return depart();
        case FILL_VACANCY:
          return fill();
        case CLOSE_VACANCY:
          return close();
        case SUBSTITUTE:
          return substitute();
        case ACCEPT_MILESTONE:
          return accept();
        case CHANGE_SCOPE:
          return scope();
        case SIGN_BASELINE:
          return sign();
        case CONTRIBUTE:
          return contribute();
        case DRAW:
          return draw();
        case RECORD_FOREGROUND_IP:
          return foregroundIp();
        case OFFER_JOB:
          return offer();
        default:
          return amendIp();
      }
    }

    private Command nominate() {
      List<NamedEngineer> people = cast.people();
      if (people.isEmpty()) {
        return Nominate.of(stranger(), PlaceholderLine.of("TBD", cast.aSupplier()), date);
      }
      List<NamedEngineer> free = people.stream()
          .filter(e -> !state.staffing().candidates().containsKey(e.id()) && !state.staffing().isActive(e.id()))
          .collect(Collectors.toList());
      NamedEngineer who = person(free.isEmpty() ? people : free, pick);
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

    private Command admit() {
      List<NamedEngineer> candidates = candidates(state);
      EngineerId who = candidates.isEmpty() ? unknownEngineer() : person(candidates, pick).id();
      switch (variant(3)) {
        case 1:
          return Admit.of(cast.impostorLead(), who, date);
        case 2:
          return Admit.of(Actor.parent(candidates.isEmpty() ? cast.aSupplier()
              : person(candidates, pick).employer()), who, date);
        case 3:
          return Admit.of(lead, notACandidate(), date);
        default:
          return Admit.of(lead, who, date);
      }
    }

    private Command depart() {
      List<NamedEngineer> active = active(state);
      DepartureReason reason = DepartureReason.values()[pick % DepartureReason.values().length];
      if (active.isEmpty()) {
        return RecordDeparture.of(lead, unknownEngineer(), reason, date);
      }
      NamedEngineer who = person(active, pick);
      switch (variant(3)) {
        case 1:
          return RecordDeparture.of(Actor.parent(otherParent(who.employer())), who.id(), reason, date);
        case 2:
          return RecordDeparture.of(lead, notActive(), reason, date);
        case 3:
          return RecordDeparture.of(stranger(), who.id(), reason, date);
        default:
          return RecordDeparture.of(pick % 2 == 0 ? lead : Actor.parent(who.employer()), who.id(), reason, date);
      }
    }

    private Command fill() {
      List<Vacancy> open = openVacancies(state);
      List<NamedEngineer> candidates = candidates(state);
      VacancyId vacancy = open.isEmpty() ? unknownVacancy() : choose(open, pick).id();
      EngineerId who = candidates.isEmpty() ? unknownEngineer() : person(candidates, pick / 3).id();
      switch (variant(4)) {
        case 1:
          return FillVacancy.of(Actor.parent(leaversEmployer(open)), vacancy, who, date);
        case 2:
          return FillVacancy.of(lead, unknownVacancy(), who, date);
        case 3:
          return FillVacancy.of(lead, vacancy, notACandidate(), date);
        case 4:
          return FillVacancy.of(cast.impostorLead(), vacancy, who, date);
        default:
          return FillVacancy.of(lead, vacancy, who, date);
      }
    }

    private Command close() {
      List<Vacancy> open = openVacancies(state);
      VacancyId vacancy = open.isEmpty() ? unknownVacancy() : choose(open, pick).id();
      switch (variant(3)) {
        case 1:
          return CloseVacancy.of(Actor.parent(leaversEmployer(open)), vacancy, date);
        case 2:
          return CloseVacancy.of(lead, unknownVacancy(), date);
        case 3:
          return CloseVacancy.of(stranger(), vacancy, date);
        default:
          return CloseVacancy.of(lead, vacancy, date);
      }
    }

    /**
     * Always refused: a parent's own substitution (or the lead's, or another parent's); a
     * premium-rated engineer, when one is on the program, most often.
     */
    private Command substitute() {
      List<NamedEngineer> active = active(state);
      List<NamedEngineer> activeStars = cast.stars().stream().filter(s -> state.staffing().isActive(s.id()))
          .collect(Collectors.toList());
      List<NamedEngineer> anyone = cast.stars().isEmpty() ? cast.people() : cast.stars();
      NamedEngineer outgoing = pick % 2 == 0 && !activeStars.isEmpty() ? choose(activeStars, pick / 2)
          : !active.isEmpty() ? person(active, pick)
          : anyone.isEmpty() ? NamedEngineer.of(unknownEngineer(), "Nobody Known", cast.aSupplier())
          : choose(anyone, pick);
      List<NamedEngineer> colleagues = cast.people().stream()
          .filter(e -> e.employer().equals(outgoing.employer()) && !state.staffing().isActive(e.id()))
          .collect(Collectors.toList());
      StaffingLine incoming = colleagues.isEmpty() || pick % 3 == 0
          ? HeadcountLine.of(1, "Senior developer", outgoing.employer()) : choose(colleagues, pick);
      Actor actor = variant(2) == 1 ? Actor.parent(otherParent(outgoing.employer()))
          : variant(2) == 2 ? lead : Actor.parent(outgoing.employer());
      return SubstituteEngineer.of(actor, outgoing.id(), incoming, date);
    }

    private Command accept() {
      MilestoneId milestone = cast.milestones().isEmpty() ? cast.unknownMilestone()
          : choose(cast.milestones(), pick);
      switch (variant(3)) {
        case 1:
          return AcceptMilestone.of(lead, cast.unknownMilestone(), date);
        case 2:
          return AcceptMilestone.of(Actor.parent(cast.aSupplier()), milestone, date);
        case 3:
          return AcceptMilestone.of(cast.impostorLead(), milestone, date);
        default:
          return AcceptMilestone.of(lead, milestone, date);
      }
    }

    /** The scope moves around the baseline, now and then beyond the expansion threshold. */
    private Command scope() {
      BigDecimal scope = cast.scope(pick % 10);
      Actor actor = variant(1) == 1 ? stranger() : pick % 4 == 0 || cast.parents().isEmpty() ? lead
          : Actor.parent(choose(cast.parents(), pick));
      return RecordScopeChange.of(actor, scope, date);
    }

    private Command sign() {
      List<PartyId> unsigned = cast.parents().stream().filter(p -> !state.commercial().baselineSignatures().contains(p))
          .collect(Collectors.toList());
      switch (cast.parents().isEmpty() ? 2 : variant(2)) {
        case 1:
          return SignNewBaseline.of(lead, date);
        case 2:
          return SignNewBaseline.of(stranger(), date);
        default:
          return SignNewBaseline.of(Actor.parent(choose(unsigned.isEmpty() ? cast.parents() : unsigned, pick)), date);
      }
    }

    private Command contribute() {
      Money amount = cast.thousands(1 + pick % 20);
      Actor parent = cast.parents().isEmpty() ? stranger() : Actor.parent(choose(cast.parents(), pick));
      switch (variant(3)) {
        case 1:
          return ContributeToPool.of(parent, Money.ofMajor(cast.foreignCurrency(), amount.getAmountMajorLong()),
              date);
        case 2:
          return ContributeToPool.of(stranger(), amount, date);
        case 3:
          return ContributeToPool.of(lead, amount, date);
        default:
          return ContributeToPool.of(parent, amount, date);
      }
    }

    private Command draw() {
      Money balance = state.commercial().poolBalance().orElse(Money.zero(cast.currency()));
      Money wanted = cast.thousands(1 + pick % 10);
      Money amount = balance.isPositive() && wanted.isGreaterThan(balance) ? balance : wanted;
      switch (variant(4)) {
        case 1:
          return DrawOnPool.of(lead, balance.plus(cast.oneMinor()), ProgramCast.SURPRISE, date);
        case 2:
          return DrawOnPool.of(cast.parents().isEmpty() ? stranger() : Actor.parent(choose(cast.parents(), pick)),
              amount, ProgramCast.SURPRISE, date);
        case 3:
          return DrawOnPool.of(lead, amount, " ", date);
        case 4:
          return DrawOnPool.of(lead, Money.ofMajor(cast.otherForeignCurrency(), 1_000L), ProgramCast.SURPRISE, date);
        default:
          return DrawOnPool.of(lead, amount, ProgramCast.SURPRISE, date);
      }
    }

    private Command foregroundIp() {
      List<NamedEngineer> active = active(state);
      List<EngineerId> contributors = !active.isEmpty()
          ? Stream.of(person(active, pick), person(active, pick / 3)).map(NamedEngineer::id).distinct()
              .collect(Collectors.toList())
          : List.of(cast.people().isEmpty() ? unknownEngineer() : choose(cast.people(), pick).id());
      AssetId id = AssetId.of("F-" + (state.ip().foregroundIp().size() + 1));
      Actor actor = pick % 2 == 0 || cast.parents().isEmpty() ? lead : Actor.parent(choose(cast.parents(), pick / 2));
      switch (variant(3)) {
        case 1:
          return RecordForegroundIp.of(actor, asset(id, List.of(notActive()), date), date);
        case 2:
          return state.ip().foregroundIp().isEmpty() ? RecordForegroundIp.of(actor, asset(id, List.of(), date), date)
              : RecordForegroundIp.of(actor, asset(state.ip().foregroundIp().keySet().min().get(), contributors, date),
                  date);
        case 3:
          return RecordForegroundIp.of(stranger(), asset(id, contributors, date), date);
        default:
          return RecordForegroundIp.of(actor, asset(id, contributors, date), date);
      }
    }

    /** An offer of a parent to its own engineer is fine; to another parent's named engineer it is poaching. */
    private Command offer() {
      if (cast.people().isEmpty()) {
        return MakeJobOffer.of(stranger(), unknownEngineer(), date);
      }
      NamedEngineer who = choose(cast.people(), pick);
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
    private Command amendIp() {
      IpFramework framework = pick % 2 == 0 ? cast.ipFramework() : cast.ipFrameworkWithOneMoreAsset();
      Actor actor = variant(1) == 1 || cast.parents().isEmpty() ? stranger()
          : Actor.parent(choose(cast.parents(), pick));
      return AmendIpFramework.of(actor, framework, date);
    }

    /**
     * One of the eligible engineers, chosen by the generator's person the pick names (or the next
     * eligible one after it), not by a place in the eligible list: so the choice stays when a
     * shrunk sequence drops a step that made someone else eligible, and a counterexample shrinks
     * further.
     */
    private NamedEngineer person(List<NamedEngineer> eligible, int pick) {
      List<NamedEngineer> people = cast.people();
      for (int i = 0; i < people.size(); i++) {
        EngineerId id = people.get(Math.floorMod(pick + i, people.size())).id();
        for (NamedEngineer engineer : eligible) {
          if (engineer.id().equals(id)) {
            return engineer;
          }
        }
      }
      return choose(eligible, pick);
    }

    private Actor stranger() {
      return choose(cast.strangers(), pick);
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
    private EngineerId notACandidate() {
      List<NamedEngineer> active = active(state);
      return active.isEmpty() ? unknownEngineer() : person(active, pick).id();
    }

    /** A candidate, a departed engineer, or an unknown one. */
    private EngineerId notActive() {
      List<EngineerId> inactive = cast.people().stream().map(NamedEngineer::id).filter(id -> !state.staffing().isActive(id))
          .collect(Collectors.toList());
      return pick % 4 == 0 || inactive.isEmpty() ? unknownEngineer() : choose(inactive, pick);
    }

    /** A vacancy already filled or closed, or, when there is none, one that never opened. */
    private VacancyId unknownVacancy() {
      List<VacancyId> resolved = inOpeningOrder(state.staffing().vacancies().values().filter(v -> !v.isOpen()))
          .stream().map(Vacancy::id).toList();
      return resolved.isEmpty() || pick % 2 == 0 ? VacancyId.number(state.staffing().vacancies().size() + 1 + pick % 3)
          : choose(resolved, pick);
    }

    private PartyId leaversEmployer(List<Vacancy> open) {
      return open.isEmpty() ? cast.aSupplier()
          : state.staffing().engineers().get(choose(open, pick).leftBy()).map(NamedEngineer::employer)
              .getOrElse(cast.aSupplier());
    }

    /** Another parent than this one, or a stranger party when the program has one parent only. */
    private PartyId otherParent(PartyId parent) {
      List<PartyId> parents = cast.parents();
      int at = parents.indexOf(parent);
      return parents.size() < 2 ? PartyId.of(cast.strangers().get(1).id()) : parents.get((at + 1) % parents.size());
    }
  }

  private static ForegroundAsset asset(AssetId id, List<EngineerId> contributors, LocalDate date) {
    return ForegroundAsset.builder().id(id).description("Design note " + id).contributors(contributors)
        .recordedOn(date).build();
  }

  private static List<NamedEngineer> candidates(ProgramState state) {
    return sorted(state.staffing().candidates().values().toJavaList());
  }

  private static List<NamedEngineer> active(ProgramState state) {
    return sorted(state.staffing().roster().values().toJavaList());
  }

  private static List<Vacancy> openVacancies(ProgramState state) {
    return inOpeningOrder(state.staffing().vacancies().values().filter(Vacancy::isOpen));
  }

  /** Vacancies in the order they opened (by day, then by id: V1, V2 ... V10), whatever the map's order. */
  private static List<Vacancy> inOpeningOrder(Traversable<Vacancy> vacancies) {
    return vacancies.toJavaStream().sorted(Comparator.comparing(Vacancy::openedOn)
        .thenComparingInt((Vacancy v) -> v.id().value().length()).thenComparing(v -> v.id().value()))
        .toList();
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
