package dev.dmz.testkit.program;

import static dev.dmz.testkit.program.Expect.assertEquals;
import static dev.dmz.testkit.program.Expect.assertFalse;
import static dev.dmz.testkit.program.Expect.assertTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.program.Command;
import dev.dmz.rules.program.Decision;
import dev.dmz.rules.program.Event;
import dev.dmz.rules.program.PoolContributed;
import dev.dmz.rules.program.PoolDrawn;
import dev.dmz.rules.program.Program;
import dev.dmz.rules.program.ProgramState;
import dev.dmz.rules.program.SubstituteEngineer;
import dev.dmz.rules.program.Tenure;
import dev.dmz.rules.staffing.Identification;
import io.vavr.collection.Vector;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joda.money.Money;

/**
 * The invariants DOMAIN.md asks property-based tests to check, each as a {@link
 * CommandSequence.StepCheck}: what must hold after one command, given the program before and after
 * it. They fail with an assertion error that names the command.
 */
final class Invariants {
  private Invariants() {}

  /**
   * Every invariant that holds today (the program's end is not yet respected: see {@link
   * #noUsageAfterEnd}).
   *
   * @param charter the charter the programs started with, for the replay
   * @return the checks
   */
  static List<CommandSequence.StepCheck> holding(ProgramCharter charter) {
    return List.of(
        Invariants::noPlaceholderOnRoster,
        Invariants::poolNeverNegative,
        Invariants::refusalChangesNothing,
        Invariants::noUsageBeforeAdmission,
        replayGivesSameState(charter));
  }

  /** {@code DMZ-NAMED-ENTRY}: every engineer on the roster is one identified person. */
  static void noPlaceholderOnRoster(Program before, Command command, Program after) {
    for (NamedEngineer engineer : after.state().roster().values()) {
      assertEquals(Optional.empty(), Identification.problemWith(engineer),
          () -> engineer + " is on the roster after " + command);
    }
  }

  /** {@code DMZ-RISK-POOL-DRAW}: the pool never goes below zero, and holds what was paid in less what was drawn. */
  static void poolNeverNegative(Program before, Command command, Program after) {
    ProgramState state = after.state();
    Money balance = state.poolBalance().orElseThrow();
    assertFalse(balance.isNegative(), () -> "the pool holds " + balance + " after " + command);
    Money expected = Money.zero(balance.getCurrencyUnit());
    for (Event movement : state.poolMovements()) {
      expected = movement instanceof PoolContributed ? expected.plus(((PoolContributed) movement).amount())
          : expected.minus(((PoolDrawn) movement).amount());
    }
    assertEquals(expected, balance, "the pool's movements add up to its balance");
  }

  /**
   * A refused command changes no state, except that a refused substitution attempt may cancel the
   * outgoing engineer's premium rate ({@code DMZ-PREMIUM-CONDITIONAL}), and nothing else.
   */
  static void refusalChangesNothing(Program before, Command command, Program after) {
    Decision decision = after.lastDecision().orElseThrow();
    if (decision.isAccepted()) {
      return;
    }
    if (command instanceof SubstituteEngineer) {
      EngineerId outgoing = ((SubstituteEngineer) command).outgoing();
      assertEqualBut("premiumCancellations", before.state(), after.state());
      assertEquals(before.state().premiumCancellations().remove(outgoing),
          after.state().premiumCancellations().remove(outgoing),
          "a substitution attempt cancels the outgoing engineer's premium only");
    } else {
      assertEquals(before.state(), after.state(), () -> "refused but changed: " + command);
    }
  }

  /** {@code DMZ-IP-USAGE}: nobody is on the program, so has a usage right, before their first admission. */
  static void noUsageBeforeAdmission(Program before, Command command, Program after) {
    ProgramState state = after.state();
    LocalDate start = state.charter().period().start();
    for (EngineerId engineer : everyone(state)) {
      Optional<LocalDate> firstAdmission = state.tenures().get(engineer)
          .flatMap(Vector::headOption).map(Tenure::admitted).toJavaOptional();
      for (LocalDate day : probeDays(state, command)) {
        if (state.wasActiveOn(engineer, day)) {
          assertTrue(firstAdmission.isPresent() && !day.isBefore(firstAdmission.orElseThrow())
                  && !day.isBefore(start),
              () -> engineer + " counts as active on " + day + ", first admitted " + firstAdmission);
        }
      }
    }
  }

  /** {@code DMZ-IP-USAGE}: nobody is on the program, so has a usage right, after the program's end. */
  static void noUsageAfterEnd(Program before, Command command, Program after) {
    ProgramState state = after.state();
    LocalDate end = state.charter().period().end();
    for (EngineerId engineer : everyone(state)) {
      for (LocalDate day : probeDays(state, command)) {
        if (day.isAfter(end)) {
          assertFalse(state.wasActiveOn(engineer, day),
              () -> engineer + " counts as active on " + day + ", after the program ended on " + end);
        }
      }
    }
  }

  /**
   * Replaying the history from the charter gives an equal state and the same history.
   *
   * @param charter the charter the program started with (its state's charter may carry an amended
   *     IP framework)
   * @return the check
   */
  static CommandSequence.StepCheck replayGivesSameState(ProgramCharter charter) {
    return (before, command, after) -> {
      Program replayed = Program.replay(charter, after.history());
      assertEquals(after.state(), replayed.state(), () -> "replay differs after " + command);
      assertEquals(after.history(), replayed.history());
    };
  }

  /** The generator's cast and anyone the program ever saw. */
  private static Set<EngineerId> everyone(ProgramState state) {
    return Stream.concat(Step.PEOPLE.stream().map(NamedEngineer::id),
            Stream.concat(state.engineers().keySet().toJavaStream(), state.candidates().keySet().toJavaStream()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The program's edges, the command's day, and the eves and days of every admission and departure. */
  private static List<LocalDate> probeDays(ProgramState state, Command command) {
    LocalDate start = state.charter().period().start();
    LocalDate end = state.charter().period().end();
    Stream<LocalDate> edges = Stream.of(start.minusDays(1), start, end, end.plusDays(1), end.plusMonths(7),
        command.date());
    Stream<LocalDate> tenures = state.tenures().values().flatMap(ts -> ts).toJavaStream()
        .flatMap(t -> Stream.concat(Stream.of(t.admitted().minusDays(1), t.admitted()),
            t.departed().stream().flatMap(d -> Stream.of(d.minusDays(1), d))));
    return Stream.concat(edges, tenures).distinct().collect(Collectors.toList());
  }

  /**
   * Every attribute of two states is equal but one. The attributes are found by reflection, so that
   * an attribute added to {@link ProgramState} later is compared too.
   */
  private static void assertEqualBut(String except, ProgramState expected, ProgramState actual) {
    List<Method> attributes = Arrays.stream(ProgramState.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isAbstract(m.getModifiers())
            && m.getParameterCount() == 0 && !m.getName().equals(except))
        .collect(Collectors.toList());
    assertTrue(attributes.size() > 10, "ProgramState's attributes are found");
    for (Method attribute : attributes) {
      assertEquals(read(attribute, expected), read(attribute, actual), attribute.getName());
    }
  }

  private static Object read(Method attribute, ProgramState state) {
    try {
      return attribute.invoke(state);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError("cannot read " + attribute.getName(), e);
    }
  }
}
