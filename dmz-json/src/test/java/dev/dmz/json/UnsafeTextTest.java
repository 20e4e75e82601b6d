package dev.dmz.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.ip.PostProgramLicence;
import dev.dmz.core.value.Text;
import dev.dmz.testkit.program.SampleProgram;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A document whose text would reach a person raw (a line break in an id, ESC or a right-to-left
 * override in a name, a value of 70,000 characters) is refused with one line of bounded length that
 * shows the value escaped.
 */
@DisplayName("Unsafe text in documents")
class UnsafeTextTest {
  private static final String ADMIT = "{\"format\":\"dmz.command/1\",\"type\":\"Admit\",\"engineer\":\"e-1\","
      + "\"actor\":{\"kind\":\"LEAD\",\"id\":\"lead-1\"},\"date\":\"2027-02-03\"}";

  private static DocumentException command(String text) {
    return assertThrows(DocumentException.class, () -> Documents.COMMAND.readJson(text, "c.json"));
  }

  private static DocumentException charter(String yaml) {
    return assertThrows(DocumentException.class, () -> Documents.CHARTER.readYaml(yaml, "charter.yaml"));
  }

  /** Asserts that a message is one line without a character a terminal would act on. */
  private static void assertOneSafeLine(String message) {
    assertEquals(1, message.lines().count(), message);
    assertTrue(message.chars().noneMatch(c -> Text.isUnsafe((char) c)), message);
  }

  /** JSON escapes of a line break, ESC, a right-to-left override, a line separator and NUL. */
  static Stream<Arguments> unsafe() {
    return Stream.of(
        Arguments.of("\\n", "a line break (U+000A)", "\\n"),
        Arguments.of("\\u001b", "a control character (U+001B)", "\\u001b"),
        Arguments.of("\\u202E", "a bidirectional control (U+202E)", "\\u202e"),
        Arguments.of("\\u2028", "a line break (U+2028)", "\\u2028"),
        Arguments.of("\\u0000", "a control character (U+0000)", "\\u0000"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("unsafe")
  @DisplayName("an engineer id or an actor with an unsafe character is refused, the value escaped")
  void unsafeIdInACommand(String json, String what, String shown) {
    DocumentException id = command(ADMIT.replace("\"e-1\"", "\"e" + json + "1\""));
    assertEquals("c.json:1:53: $.engineer: EngineerId.value must not contain " + what + ", was \"e" + shown + "1\"",
        id.getMessage());
    DocumentException actor = command(ADMIT.replace("\"lead-1\"", "\"lead" + json + "\"").replace("LEAD", "OTHER"));
    assertEquals("c.json:1:88: $.actor.id: Actor.id must not contain " + what + ", was \"lead" + shown + "\"",
        actor.getMessage());
    assertOneSafeLine(id.getMessage());
    assertOneSafeLine(actor.getMessage());
  }

  @Test
  @DisplayName("a party's name with ESC or a right-to-left override in a YAML charter is refused, escaped")
  void unsafeNameInACharter() {
    String yaml = Documents.CHARTER.writeYaml(SampleProgram.charter());
    String name = SampleProgram.charter().parties().get(0).name();
    DocumentException escape = charter(yaml.replace(name, "\"Evil\\e[2J Corp\""));
    assertTrue(escape.getMessage().endsWith(": $.parties[0].name: Party.name must not contain a control character "
        + "(U+001B), was \"Evil\\u001b[2J Corp\""), escape.getMessage());
    DocumentException override = charter(yaml.replace(name, "\"Evil \\u202Eproc\""));
    assertTrue(override.getMessage().endsWith(": $.parties[0].name: Party.name must not contain a bidirectional "
        + "control (U+202E), was \"Evil \\u202eproc\""), override.getMessage());
  }

  @Test
  @DisplayName("a raw control character, which YAML does not allow, is named escaped")
  void rawControlInYaml() {
    String yaml = Documents.CHARTER.writeYaml(SampleProgram.charter());
    String name = SampleProgram.charter().parties().get(0).name();
    DocumentException e = charter(yaml.replace(name, "Evil\u001b[2J"));
    assertOneSafeLine(e.getMessage());
    assertTrue(e.getMessage().endsWith(": $.parties[0].name: is not well-formed: special characters are not "
        + "allowed: U+001B"), e.getMessage());
  }

  @Test
  @DisplayName("a value of 70,000 characters gives one line of bounded length")
  void longValue() {
    String value = "9".repeat(69_999) + "\n";
    DocumentException date = command(ADMIT.replace("2027-02-03", value.replace("\n", "\\n")));
    assertEquals("c.json:1:104: $.date: must be a date written YYYY-MM-DD, was \"" + "9".repeat(80)
        + "\"... (69920 more characters)", date.getMessage());
    DocumentException id = command(ADMIT.replace("\"e-1\"", "\"" + value.replace("\n", "\\n") + "\""));
    assertTrue(id.getMessage().length() < 250, id.getMessage());
    assertOneSafeLine(id.getMessage());
  }

  @Test
  @DisplayName("a member's name that is not a word is shown in brackets, escaped and cut")
  void unknownMemberNames() {
    assertEquals("c.json:1:97: $[\"urgent\\nnow\"]: is not a known field here; known: format, type, actor, "
        + "engineer, date", command(ADMIT.replace("\"date\"", "\"urgent\\nnow\":true,\"date\"")).getMessage());
    String name = "x".repeat(40_000);
    DocumentException e = command(ADMIT.replace("\"date\"", "\"" + name + "\":true,\"date\""));
    assertEquals("c.json:1:97: $[\"" + "x".repeat(80) + "\"... (39920 more characters)]: is not a known field "
        + "here; known: format, type, actor, engineer, date", e.getMessage());
    assertEquals("c.json:1:97: $.urgent: is not a known field here; known: format, type, actor, engineer, date",
        command(ADMIT.replace("\"date\"", "\"urgent\":true,\"date\"")).getMessage());
  }

  @Test
  @DisplayName("an event of an older log with an unsafe surprise is refused")
  void unsafeEvent() {
    String drawn = "{\"format\":\"dmz.event/1\",\"type\":\"PoolDrawn\",\"amount\":\"EUR 5.00\","
        + "\"surprise\":\"flood\\r\\n2027-03-02 accepted\",\"date\":\"2027-03-01\"}";
    DocumentException e = assertThrows(DocumentException.class, () -> Documents.EVENT.readLine(drawn, "log.jsonl", 7));
    assertEquals("log.jsonl:7:75: $.surprise: PoolDrawn.surprise must not contain a line break (U+000D), was "
        + "\"flood\\r\\n2027-03-02 accepted\"", e.getMessage());
  }

  @Test
  @DisplayName("terms of several lines are written and read back, in YAML and JSON")
  void multiLineTerms() {
    ProgramCharter charter = SampleProgram.charter();
    ProgramCharter lines = charter.withWalls(charter.walls().stream().map(w -> w instanceof dev.dmz.core.ip.IpFramework
        ? ((dev.dmz.core.ip.IpFramework) w).withPostProgramLicence(PostProgramLicence.of("1. Perpetual.\n2. Free."))
        : w).toList());
    assertEquals(lines, Documents.CHARTER.readYaml(Documents.CHARTER.writeYaml(lines), "c.yaml"));
    assertEquals(lines, Documents.CHARTER.readJson(Documents.CHARTER.writeJson(lines), "c.json"));
  }

  @Test
  @DisplayName("an error's source, path and problem are one line whatever they were given")
  void safetyNet() {
    DocumentException e = new DocumentException("a\nb.yaml", 1, 2, "$.x\u001b", "is \u202ewrong");
    assertEquals("a\\nb.yaml:1:2: $.x\\u001b: is \\u202ewrong", e.getMessage());
    assertEquals("a\\nb.yaml", e.source());
    assertEquals("$.x\\u001b", e.path());
    assertEquals("is \\u202ewrong", e.problem());
  }
}
