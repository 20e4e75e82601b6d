package dev.dmz.rules;

import static dev.dmz.rules.Cast.LEAD;
import static dev.dmz.rules.Cast.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dmz.core.value.InvalidValueException;
import dev.dmz.rules.commercial.CommercialCommand.DrawOnPool;
import dev.dmz.rules.commercial.CommercialEvent.PoolDrawn;
import dev.dmz.rules.decision.Answer;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.decision.SubjectKind;
import dev.dmz.rules.staffing.VacancyId;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rule book's own values refuse text that would reach a person raw, as dmz-core's do. */
@DisplayName("The rule book's values: structure")
class RulesStructureTest {
  static final RuleId RULE = RuleId.of("ACME-RULE");
  static final Money TEN = Money.ofMajor(CurrencyUnit.EUR, 10);

  /** A line break, ESC, a right-to-left override, a line separator and NUL: their names and escapes. */
  static Stream<Arguments> unsafe() {
    return Stream.of(
        Arguments.of("\n", "a line break (U+000A)", "\\n"),
        Arguments.of("\u001b", "a control character (U+001B)", "\\u001b"),
        Arguments.of("\u202e", "a bidirectional control (U+202E)", "\\u202e"),
        Arguments.of("\u2028", "a line break (U+2028)", "\\u2028"),
        Arguments.of("\u0000", "a control character (U+0000)", "\\u0000"));
  }

  private static void assertRefused(String message, Executable build) {
    assertEquals(message, assertThrows(InvalidValueException.class, build).getMessage());
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("unsafe")
  @DisplayName("a vacancy id, a rule id, an actor or a subject holding an unsafe character is refused")
  void unsafeIds(String c, String what, String shown) {
    assertRefused("VacancyId.value must not contain " + what + ", was \"V" + shown + "1\"",
        () -> VacancyId.of("V" + c + "1"));
    assertRefused("RuleId.value must not contain " + what + ", was \"ACME" + shown + "X\"",
        () -> RuleId.of("ACME" + c + "X"));
    assertRefused("Actor.id must not contain " + what + ", was \"bot" + shown + "\"", () -> Actor.other("bot" + c));
    assertRefused("Subject.id must not contain " + what + ", was \"x" + shown + "\"",
        () -> Subject.of(SubjectKind.ENGINEER, "x" + c));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("unsafe")
  @DisplayName("a finding's sentences and an answer's reason holding an unsafe character are refused")
  void unsafeSentences(String c, String what, String shown) {
    Subject subject = Subject.riskPool();
    assertRefused("Finding.problem must not contain " + what + ", was \"Wrong" + shown + "\"",
        () -> Finding.error(RULE, subject, "Wrong" + c, "Fix it."));
    assertRefused("Finding.remedy must not contain " + what + ", was \"Fix" + shown + "\"",
        () -> Finding.warning(RULE, subject, "Wrong.", "Fix" + c));
    assertRefused("Answer.reason must not contain " + what + ", was \"Yes" + shown + "\"",
        () -> Answer.yes(RULE, "Yes" + c));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("unsafe")
  @DisplayName("a draw's surprise holding an unsafe character is refused, in the command and in the event")
  void unsafeSurprise(String c, String what, String shown) {
    assertRefused("DrawOnPool.surprise must not contain " + what + ", was \"flood" + shown + "\"",
        () -> DrawOnPool.of(LEAD, TEN, "flood" + c, day(3)));
    assertRefused("PoolDrawn.surprise must not contain " + what + ", was \"flood" + shown + "\"",
        () -> PoolDrawn.of(TEN, "flood" + c, day(3)));
  }

  @Test
  @DisplayName("a blank surprise builds, for DMZ-RISK-POOL-DRAW to refuse")
  void blankSurpriseBuilds() {
    assertEquals(" ", DrawOnPool.of(LEAD, TEN, " ", day(3)).surprise());
    assertEquals("", PoolDrawn.of(TEN, "", day(3)).surprise());
  }
}
