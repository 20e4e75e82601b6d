package dev.dmz.testkit.program;

import static dev.dmz.testkit.program.Expect.assertEquals;
import static dev.dmz.testkit.program.Expect.assertFalse;
import static dev.dmz.testkit.program.Expect.assertTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.commercial.CommercialModel;
import dev.dmz.core.commercial.PremiumRate;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.Command;
import dev.dmz.rules.CommandRefused;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Event;
import dev.dmz.rules.Program;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.commercial.CommercialEvent.PoolContributed;
import dev.dmz.rules.commercial.CommercialEvent.PoolDrawn;
import dev.dmz.rules.commercial.CommercialEvent.PremiumCancelled;
import dev.dmz.rules.commercial.CommercialState;
import dev.dmz.rules.commercial.Premiums;
import dev.dmz.rules.ip.IpCommand.RecordForegroundIp;
import dev.dmz.rules.ip.IpUsage;
import dev.dmz.rules.nonpoaching.NonPoachingCommand.MakeJobOffer;
import dev.dmz.rules.staffing.Identification;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.FillVacancy;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import dev.dmz.rules.staffing.StaffingCommand.SubstituteEngineer;
import dev.dmz.rules.staffing.Tenure;
import io.vavr.collection.Vector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joda.money.Money;

/**
 * What must hold after any command applied to any program, valid or not: the invariants the contract
 * asks property-based tests to check, as plain static checks of one step (the program before a
 * command, the command, the program after it). Each fails with an {@link
 * org.opentest4j.AssertionFailedError} that names the command; none needs a particular test engine.
 *
 * <p>Every check has the shape of a {@link CommandSequence.StepCheck}, so it walks a generated
 * sequence, or runs after any step a test makes by hand:
 *
 * <pre>{@code
 * sequence.walk(Invariants::checkAll);               // every invariant after every step
 * sequence.walk(Invariants::poolNeverNegative);      // one of them
 *
 * Program after = before.apply(command);             // any program, any command
 * Invariants.checkAll(before, command, after);
 * }</pre>
 *
 * <p>The checks hold under any rule book: a custom rule may refuse more, but never breaks them. A
 * custom rule that does is what they are for.
 */
public final class Invariants {
  private Invariants() {}

  /**
   * Every invariant of this class, in turn: {@link #decisionIsRecorded}, {@link
   * #noPlaceholderOnRoster}, {@link #poolNeverNegative}, {@link #refusalChangesNothing}, {@link
   * #usageOnlyWhileOnTheProgram}, {@link #premiumOnlyWhileOnTheProgram} and {@link
   * #replayGivesSameState(Program, Command, Program)}.
   *
   * @param before the program before the command
   * @param command the command
   * @param after the program after it ({@code before.apply(command)})
   * @throws org.opentest4j.AssertionFailedError when an invariant does not hold
   */
  public static void checkAll(Program before, Command command, Program after) {
    for (CommandSequence.StepCheck check : all()) {
      check.check(before, command, after);
    }
  }

  /**
   * Every invariant, as checks to run one by one.
   *
   * @return the checks, in the order {@link #checkAll} runs them
   */
  public static List<CommandSequence.StepCheck> all() {
    return List.of(
        Invariants::decisionIsRecorded,
        Invariants::noPlaceholderOnRoster,
        Invariants::poolNeverNegative,
        Invariants::refusalChangesNothing,
        Invariants::usageOnlyWhileOnTheProgram,
        Invariants::premiumOnlyWhileOnTheProgram,
        Invariants::replayGivesSameState);
  }

  /**
   * The decision is the rule book's and it is recorded as decided: the program's last decision is
   * what deciding the command on the program before gives (deciding is pure); the history grows by
   * the decision's events when accepted, or by one {@link CommandRefused} with every finding when
   * refused; and evolving the state before by those events gives the state after.
   *
   * @param before the program before the command
   * @param command the command
   * @param after the program after it
   */
  public static void decisionIsRecorded(Program before, Command command, Program after) {
    Decision decision = after.lastDecision().orElseThrow(() -> new AssertionError("no decision after " + command));
    assertEquals(command, decision.command(), "the last decision is on the command applied");
    assertEquals(before.decide(command), decision, () -> "deciding again gives another decision on " + command);
    List<Event> expected = new ArrayList<>(decision.isAccepted() ? decision.events()
        : List.of(CommandRefused.of(command, decision.findings(), command.date())));
    if (!decision.isAccepted()) { // and what it set in motion: a premium cancelled (see refusalChangesNothing)
      after.state().commercial().premiumCancellations()
          .filterKeys(engineer -> !before.state().commercial().premiumCancellations().containsKey(engineer))
          .forEach((engineer, day) -> expected.add(PremiumCancelled.of(engineer, day)));
    }
    List<Event> appended = after.history().drop(before.history().size()).toJavaList();
    assertEquals(before.history(), after.history().take(before.history().size()), "the history only grows");
    assertEquals(expected, appended, () -> "the history records another outcome of " + command);
    RuleBook book = after.ruleBook();
    ProgramState evolved = before.state();
    for (Event event : appended) {
      evolved = book.evolve(evolved, event);
    }
    assertEquals(evolved, after.state(), () -> "evolving by the recorded events gives another state after " + command);
  }

  /**
   * {@code DMZ-NAMED-ENTRY}: every engineer on the roster is one identified person (no placeholder,
   * headcount, numbered seat or role), as {@link Identification#problemWith} tells.
   *
   * @param before the program before the command
   * @param command the command
   * @param after the program after it
   */
  public static void noPlaceholderOnRoster(Program before, Command command, Program after) {
    for (NamedEngineer engineer : after.state().staffing().roster().values()) {
      assertEquals(Optional.empty(), Identification.problemWith(engineer),
          () -> engineer + " is on the roster after " + command);
    }
  }

  /**
   * {@code DMZ-RISK-POOL-DRAW}: the pool never goes below zero, and holds what was paid in less what
   * was drawn.
   *
   * @param before the program before the command
   * @param command the command
   * @param after the program after it
   */
  public static void poolNeverNegative(Program before, Command command, Program after) {
    Optional<Money> pool = after.state().commercial().poolBalance();
    Vector<Event> recorded = after.history().drop(before.history().size());
    if (pool.isEmpty()) {
      assertTrue(recorded.filter(e -> e instanceof PoolContributed || e instanceof PoolDrawn).isEmpty(),
          () -> "money moved in a program with no pool after " + command);
      return;
    }
    Money balance = pool.orElseThrow();
    assertFalse(balance.isNegative(), () -> "the pool holds " + balance + " after " + command);
    Money expected = before.state().commercial().poolBalance().orElseThrow();
    for (Event movement : recorded) {
      if (movement instanceof PoolContributed contributed) {
        expected = expected.plus(contributed.amount());
      } else if (movement instanceof PoolDrawn drawn) {
        expected = expected.minus(drawn.amount());
      }
    }
    Money paidIn = expected;
    assertEquals(paidIn, balance, () -> "the pool's movements do not add up to its balance after " + command);
  }

  /**
   * A refused command changes no state, except that a refused substitution attempt may cancel the
   * outgoing engineer's premium rate ({@code DMZ-PREMIUM-CONDITIONAL}), and nothing else.
   *
   * @param before the program before the command
   * @param command the command
   * @param after the program after it
   */
  public static void refusalChangesNothing(Program before, Command command, Program after) {
    Decision decision = after.lastDecision().orElseThrow(() -> new AssertionError("no decision after " + command));
    if (decision.isAccepted()) {
      return;
    }
    if (command instanceof SubstituteEngineer) {
      EngineerId outgoing = ((SubstituteEngineer) command).outgoing();
      ProgramState cancellationsApart = before.state().withCommercial(CommercialState.builder()
          .from(before.state().commercial())
          .premiumCancellations(after.state().commercial().premiumCancellations()).build());
      assertEquals(cancellationsApart, after.state(), () -> "refused but changed more than premiums: " + command);
      assertEquals(before.state().commercial().premiumCancellations().remove(outgoing),
          after.state().commercial().premiumCancellations().remove(outgoing),
          () -> "a substitution attempt cancels the outgoing engineer's premium only: " + command);
    } else {
      assertEquals(before.state(), after.state(), () -> "refused but changed: " + command);
    }
  }

  /**
   * {@code DMZ-IP-USAGE}: nobody is on the program, or has a usage grant, on a day outside their
   * tenures (before their first admission, on or after a departure until they come back) or outside
   * the program period. The tenures are read from the state and compared day by day at the edges
   * that matter: the program's first and last days and the days around them, the command's day, and
   * the eve and day of every admission and departure.
   *
   * @param before the program before the command
   * @param command the command
   * @param after the program after it
   */
  public static void usageOnlyWhileOnTheProgram(Program before, Command command, Program after) {
    ProgramState state = after.state();
    for (EngineerId engineer : everyone(state, command)) {
      for (LocalDate day : probeDays(state, command)) {
        boolean onTheProgram = inPeriod(state, day) && covered(state, engineer, day);
        boolean active = state.staffing().wasActiveOn(engineer, day);
        boolean granted = IpUsage.hasGrant(state, engineer, day).isYes();
        assertTrue(onTheProgram || !active && !granted, () -> engineer + (active ? " counts as active" : "")
            + (granted ? " has a usage grant" : "") + " on " + day + ", outside "
            + (inPeriod(state, day) ? "their tenures " + state.staffing().tenures().get(engineer).getOrElse(Vector.empty())
                : "the program period " + state.charter().period()) + ", after " + command);
      }
    }
  }

  /**
   * {@code DMZ-PREMIUM-CONDITIONAL}: a premium rate is in force only on the days its engineer is on
   * the program (within a tenure and the program period: never after a departure until they come
   * back), and never on or after the day of a substitution attempt that cancelled it.
   *
   * @param before the program before the command
   * @param command the command
   * @param after the program after it
   */
  public static void premiumOnlyWhileOnTheProgram(Program before, Command command, Program after) {
    ProgramState state = after.state();
    List<EngineerId> rated = state.charter().commercialModel().map(CommercialModel::premiumRates)
        .orElse(List.of()).stream().map(PremiumRate::engineer).filter(NamedEngineer.class::isInstance)
        .map(e -> ((NamedEngineer) e).id()).collect(Collectors.toList());
    for (EngineerId engineer : rated) {
      Optional<LocalDate> cancelled = state.commercial().premiumCancellations().get(engineer).toJavaOptional();
      for (LocalDate day : probeDays(state, command)) {
        if (Premiums.inForce(state, engineer, day).isYes()) {
          assertTrue(inPeriod(state, day) && covered(state, engineer, day),
              () -> "the premium of " + engineer + " is in force on " + day + ", when they are not on the program ("
                  + state.staffing().tenures().get(engineer).getOrElse(Vector.empty()) + "), after " + command);
          assertTrue(cancelled.isEmpty() || day.isBefore(cancelled.orElseThrow()),
              () -> "the premium of " + engineer + " is in force on " + day + ", after its cancellation on "
                  + cancelled.orElseThrow() + ", after " + command);
        }
      }
    }
  }

  /**
   * Replaying the history gives an equal state and the same history. The program's first charter is
   * not part of a program, so this check replays from the charter as it stands (which differs from
   * the first only by an amended IP framework, which the history's amendments set again); where the
   * first charter is at hand, {@link #replayGivesSameState(ProgramCharter)} replays from it.
   *
   * @param before the program before the command
   * @param command the command
   * @param after the program after it
   */
  public static void replayGivesSameState(Program before, Command command, Program after) {
    replay(after.state().charter(), command, after);
  }

  /**
   * Replaying the history from the charter the program started with gives an equal state and the
   * same history.
   *
   * @param charter the charter the program started with (its state's charter may carry an amended
   *     IP framework)
   * @return the check
   */
  public static CommandSequence.StepCheck replayGivesSameState(ProgramCharter charter) {
    Objects.requireNonNull(charter, "charter is null");
    return (before, command, after) -> replay(charter, command, after);
  }

  private static void replay(ProgramCharter charter, Command command, Program after) {
    Program replayed = Program.replay(charter, after.ruleBook(), after.history());
    assertEquals(after.state(), replayed.state(), () -> "replay differs after " + command);
    assertEquals(after.history(), replayed.history(), () -> "replay gives another history after " + command);
  }

  private static boolean inPeriod(ProgramState state, LocalDate day) {
    return state.charter().period().contains(day);
  }

  /** Whether one of the engineer's tenures covers the day: admitted on or before it, not departed by it. */
  private static boolean covered(ProgramState state, EngineerId engineer, LocalDate day) {
    for (Tenure tenure : state.staffing().tenures().get(engineer).getOrElse(Vector.empty())) {
      if (!day.isBefore(tenure.admitted()) && tenure.departed().map(day::isBefore).orElse(true)) {
        return true;
      }
    }
    return false;
  }

  /** Anyone the program ever saw, and anyone the command names. */
  private static Set<EngineerId> everyone(ProgramState state, Command command) {
    return Stream.concat(named(command),
            Stream.concat(state.staffing().engineers().keySet().toJavaStream(), state.staffing().candidates().keySet().toJavaStream()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Stream<EngineerId> named(Command command) {
    if (command instanceof Nominate && ((Nominate) command).line() instanceof NamedEngineer) {
      return Stream.of(((NamedEngineer) ((Nominate) command).line()).id());
    }
    if (command instanceof Admit) {
      return Stream.of(((Admit) command).engineer());
    }
    if (command instanceof FillVacancy) {
      return Stream.of(((FillVacancy) command).engineer());
    }
    if (command instanceof RecordDeparture) {
      return Stream.of(((RecordDeparture) command).engineer());
    }
    if (command instanceof SubstituteEngineer) {
      return Stream.of(((SubstituteEngineer) command).outgoing());
    }
    if (command instanceof MakeJobOffer) {
      return Stream.of(((MakeJobOffer) command).engineer());
    }
    if (command instanceof RecordForegroundIp) {
      return ((RecordForegroundIp) command).asset().contributors().stream();
    }
    return Stream.empty();
  }

  /** The program's edges, the command's day, and the eves and days of every admission and departure. */
  private static List<LocalDate> probeDays(ProgramState state, Command command) {
    LocalDate start = state.charter().period().start();
    LocalDate end = state.charter().period().end();
    Stream<LocalDate> edges = Stream.of(ProgramCast.shift(start, -1), start, end, ProgramCast.shift(end, 1),
        ProgramCast.shift(end, 213), command.date());
    Stream<LocalDate> tenures = state.staffing().tenures().values().flatMap(ts -> ts).toJavaStream()
        .flatMap(t -> Stream.concat(Stream.of(ProgramCast.shift(t.admitted(), -1), t.admitted()),
            t.departed().stream().flatMap(d -> Stream.of(ProgramCast.shift(d, -1), d))));
    return Stream.concat(edges, tenures).distinct().collect(Collectors.toList());
  }

}
