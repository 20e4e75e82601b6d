package dev.dmz.rules.commercial;

import static dev.dmz.rules.Cast.LEAD;
import static dev.dmz.rules.Cast.LENA;
import static dev.dmz.rules.Cast.OMAR;
import static dev.dmz.rules.Cast.SUP_A;
import static dev.dmz.rules.Cast.SUP_B;
import static dev.dmz.rules.Cast.day;
import static dev.dmz.rules.Scenario.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.HeadcountLine;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.DmzRule;
import dev.dmz.rules.ReadyCharter;
import dev.dmz.rules.Scenario;
import dev.dmz.rules.program.Actor;
import dev.dmz.rules.program.Admit;
import dev.dmz.rules.program.Nominate;
import dev.dmz.rules.program.Program;
import dev.dmz.rules.program.ProgramState;
import dev.dmz.rules.program.SubstituteEngineer;
import io.vavr.collection.HashMap;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Premium rates: a refused substitution attempt still cancels the rate")
class PremiumCancellationTest {
  static final ProgramCharter CHARTER = ReadyCharter.charter();
  static final NamedEngineer KIRA_AT_A = NamedEngineer.of(EngineerId.of("A-9"), "Kira Lind", ReadyCharter.SUP_A);
  static final String VETO = "the parent sup-a tries to replace Lena Park with Omar Haddad on its own;"
      + " only the program lead fills a seat.";

  /** Lena, who carries the premium, on the program from day 0; Omar in the pool. */
  static Scenario lenaOnBoard() {
    return given(CHARTER, Nominate.of(SUP_A, LENA, day(-5)), Nominate.of(SUP_A, OMAR, day(-5)),
        Admit.of(LEAD, LENA.id(), day(0)));
  }

  /** Every public query of the state except the premium cancellations, by name. */
  static List<String> stateApartFromPremiums(ProgramState state) {
    return Arrays.stream(ProgramState.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0 && !m.getName().equals("premiumCancellations"))
        .sorted((a, b) -> a.getName().compareTo(b.getName()))
        .map(m -> m.getName() + "=" + invoke(m, state))
        .collect(Collectors.toList());
  }

  private static Object invoke(Method method, ProgramState state) {
    try {
      return method.invoke(state);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(method.getName(), e);
    }
  }

  @Nested
  @DisplayName("DMZ-PREMIUM-CONDITIONAL")
  class PremiumConditional {
    @Test
    @DisplayName("a refused substitution by a parent cancels the outgoing engineer's premium on the day of the attempt")
    void refusedAttemptCancels() {
      Scenario.Then then = lenaOnBoard().when(SubstituteEngineer.of(SUP_A, LENA.id(), OMAR, day(50)))
          .thenRefused(DmzRule.REPLACEMENT_VETO).problems(VETO);
      assertEquals(HashMap.empty(), lenaOnBoard().program().state().premiumCancellations());
      assertEquals(HashMap.of(LENA.id(), day(50)), then.program().state().premiumCancellations());
    }

    @Test
    @DisplayName("apart from the cancellation, the refused attempt changes nothing, not even the latest date")
    void nothingElseChanges() {
      Program before = lenaOnBoard().program();
      Program after = lenaOnBoard().when(SubstituteEngineer.of(SUP_A, LENA.id(), OMAR, day(50))).program();
      List<String> queries = stateApartFromPremiums(before.state());
      assertTrue(queries.size() >= 20, () -> "too few queries compared: " + queries);
      assertEquals(queries, stateApartFromPremiums(after.state()));
      assertEquals(before.state().lastDate(), after.state().lastDate());
      assertTrue(after.state().isActive(LENA.id()), "Lena is still on the program");
    }

    @Test
    @DisplayName("a second attempt does not move the day of cancellation")
    void secondAttempt() {
      Scenario.Then first = lenaOnBoard().when(SubstituteEngineer.of(SUP_A, LENA.id(), OMAR, day(50)))
          .thenRefused(DmzRule.REPLACEMENT_VETO);
      ProgramState afterFirst = first.program().state();
      Scenario.Then second = given(first.program()).when(SubstituteEngineer.of(SUP_A, LENA.id(),
              HeadcountLine.of(2, "Junior developer", ReadyCharter.SUP_A), day(60)))
          .thenRefused(DmzRule.NAMED_ENTRY, DmzRule.REPLACEMENT_VETO).stateUnchanged();
      assertEquals(HashMap.of(LENA.id(), day(50)), second.program().state().premiumCancellations());
      assertEquals(afterFirst, second.program().state());
    }

    @Test
    @DisplayName("an attempt by another parent cancels nothing: nobody can cost a supplier its premium")
    void otherParentCancelsNothing() {
      lenaOnBoard().when(SubstituteEngineer.of(SUP_B, LENA.id(), OMAR, day(50)))
          .thenRefused(DmzRule.REPLACEMENT_VETO).stateUnchanged();
    }

    @Test
    @DisplayName("an attempt by someone who is not a parent cancels nothing")
    void strangerCancelsNothing() {
      lenaOnBoard().when(SubstituteEngineer.of(Actor.other("body-shop"), LENA.id(), OMAR, day(50)))
          .thenRefused(DmzRule.REPLACEMENT_VETO).stateUnchanged()
          .problems("body-shop tries to replace Lena Park with Omar Haddad on its own; only the program lead"
              + " fills a seat.");
    }

    @Test
    @DisplayName("an attempt dated before the latest event cannot cancel premium days already passed")
    void backdatedAttempt() {
      Scenario later = lenaOnBoard().and(Nominate.of(SUP_A, KIRA_AT_A, day(40)));
      Scenario.Then then = later.when(SubstituteEngineer.of(SUP_A, LENA.id(), OMAR, day(1)))
          .thenRefused(DmzRule.CHRONOLOGY, DmzRule.REPLACEMENT_VETO)
          .problems("The command is dated 2027-03-02, before the program's latest event on 2027-04-10.", VETO);
      then.program().state().premiumCancellations().get(LENA.id())
          .forEach(cancelled -> assertFalse(cancelled.isBefore(day(40)), "cancelled from " + cancelled));
    }

    @Test
    @DisplayName("replaying the history, refusals included, gives the same cancellation")
    void replay() {
      Program program = lenaOnBoard().when(SubstituteEngineer.of(SUP_A, LENA.id(), OMAR, day(50))).program();
      assertEquals(program.state(), Program.replay(CHARTER, program.history()).state());
      assertEquals(HashMap.of(LENA.id(), day(50)),
          Program.replay(CHARTER, program.history()).state().premiumCancellations());
    }
  }
}
