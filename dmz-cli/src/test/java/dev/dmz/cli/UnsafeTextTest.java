package dev.dmz.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.value.Text;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a hostile tester tried: a line break in an engineer's id to forge a row of the report, ESC and
 * a right-to-left override in names, a value of 70 KB. Every such input is exit code 2 and one line
 * that shows the value escaped; nothing printed holds a character a terminal would act on.
 */
@DisplayName("Unsafe text on the command line")
class UnsafeTextTest {
  private static final String CHARTER = Cli.example("battery-charter.yaml");
  private static final String COMMANDS = Cli.example("battery-commands.jsonl");

  @TempDir
  Path folder;

  /** Asserts that printed text holds no character a terminal would act on, but line feeds. */
  static void assertNothingRaw(String printed) {
    assertTrue(printed.chars().noneMatch(c -> c != '\n' && Text.isUnsafe((char) c)), printed);
  }

  private Cli program() {
    Cli cli = new Cli(folder);
    cli.file("charter.yaml", CHARTER);
    cli.file("commands.jsonl", COMMANDS);
    cli.file("log.jsonl", "");
    return cli;
  }

  /** Asserts exit code 2, nothing on standard output, and one safe line on standard error. */
  static void assertRefusedInOneLine(Cli cli, String line) {
    assertEquals(2, cli.exit, cli.err);
    assertEquals("", cli.out);
    assertEquals(line + "\n", cli.err);
    assertNothingRaw(cli.err);
  }

  /** JSON escapes of a line break, ESC, a right-to-left override, a line separator and NUL. */
  static Stream<Arguments> unsafe() {
    return Stream.of(
        Arguments.of("\\n", "a line break (U+000A)", "\\n"),
        Arguments.of("\\u001b", "a control character (U+001B)", "\\u001b"),
        Arguments.of("\\u202e", "a bidirectional control (U+202E)", "\\u202e"),
        Arguments.of("\\u2028", "a line break (U+2028)", "\\u2028"),
        Arguments.of("\\u0000", "a control character (U+0000)", "\\u0000"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("unsafe")
  @DisplayName("a command file naming an engineer with an unsafe id or name is refused in one line")
  void unsafeCommand(String json, String what, String shown) {
    Cli cli = program();
    cli.file("commands.jsonl", COMMANDS.replace("\"VS-2210\"", "\"VS" + json + "2210\""));
    byte[] before = cli.bytes("log.jsonl");

    cli.run("apply", "charter.yaml", "log.jsonl", "commands.jsonl");

    assertRefusedInOneLine(cli, "dmz: commands.jsonl:2:81: $.line.id: EngineerId.value must not contain " + what
        + ", was \"VS" + shown + "2210\"");
    assertArrayEquals(before, cli.bytes("log.jsonl"), "the log is byte for byte as it was");

    cli.file("commands.jsonl", COMMANDS.replace("Aiko Lindqvist", "Aiko" + json + "Lindqvist"));
    cli.run("apply", "charter.yaml", "log.jsonl", "commands.jsonl");
    assertRefusedInOneLine(cli, "dmz: commands.jsonl:2:98: $.line.name: NamedEngineer.name must not contain " + what
        + ", was \"Aiko" + shown + "Lindqvist\"");
  }

  @Test
  @DisplayName("a log edited so that an engineer id would forge a row of the roster is refused, the report not printed")
  void forgedRosterRow() {
    Cli cli = program();
    cli.run("apply", "charter.yaml", "log.jsonl", "commands.jsonl");
    String log = new String(cli.bytes("log.jsonl"), java.nio.charset.StandardCharsets.UTF_8);
    String forged = "VS-1042\\n  NW-9999   Mallory         nordwerk  2027-02-01";
    cli.file("log.jsonl", log.replace("\"VS-1042\"", "\"" + forged + "\""));

    cli.run("report", "charter.yaml", "log.jsonl", "--from", "2027-02-01", "--to", "2027-06-30");

    assertRefusedInOneLine(cli, "dmz: log.jsonl:1:197: $.command.line.id: EngineerId.value must not contain a line break "
        + "(U+000A), was \"VS-1042\\n  NW-9999   Mallory         nordwerk  2027-02-01\"");
  }

  @Test
  @DisplayName("a party's name with ESC or a right-to-left override in the charter is refused, escaped")
  void unsafeCharter() {
    Cli cli = program();
    cli.file("charter.yaml", CHARTER.replace("name: Voltaic Systems GmbH", "name: \"Voltaic\\e[2J\\u202eHbmG\""));

    cli.run("check", "charter.yaml");

    assertRefusedInOneLine(cli, "dmz: charter.yaml:11:11: $.parties[1].name: Party.name must not contain a "
        + "control character (U+001B), was \"Voltaic\\u001b[2J\\u202eHbmG\"");
  }

  @Test
  @DisplayName("a value of 70 KB gives one line of bounded length")
  void longValue() {
    Cli cli = program();
    String id = "V".repeat(70_000) + "\\u001b";
    cli.file("commands.jsonl", COMMANDS.replace("\"VS-2210\"", "\"" + id + "\""));

    cli.run("apply", "charter.yaml", "log.jsonl", "commands.jsonl");

    assertRefusedInOneLine(cli, "dmz: commands.jsonl:2:81: $.line.id: EngineerId.value must not contain a control "
        + "character (U+001B), was \"" + "V".repeat(80) + "\"... (69921 more characters)");
  }

  @Test
  @DisplayName("a wrong command line shows what was typed escaped")
  void unsafeArguments() {
    Cli cli = program();

    cli.run("report", "charter.yaml", "log.jsonl", "--from", "2027\u001b[2J", "--to", "2027-06-30");

    assertEquals(2, cli.exit);
    assertEquals("dmz: Invalid value for option '--from': must be a date written YYYY-MM-DD, was \"2027\\u001b[2J\"",
        cli.err.lines().findFirst().orElseThrow());
    assertNothingRaw(cli.err);

    cli.run("check", "bad\nname\u202e.yaml");
    assertEquals(2, cli.exit);
    assertEquals("dmz: bad\\nname\\u202e.yaml: no such file\n", cli.err);

    cli.run("check", "x".repeat(5_000) + "\u001b");
    assertEquals(2, cli.exit);
    assertEquals(1, cli.err.lines().count());
    assertTrue(cli.err.length() < 1_100, cli.err);
    assertNothingRaw(cli.err);
  }

  @Test
  @DisplayName("check, apply and report on the example program print nothing raw")
  void examplePrintsNothingRaw() {
    Cli cli = program();
    cli.file("draft.yaml", Cli.example("battery-charter-draft.yaml"));
    StringBuilder printed = new StringBuilder();
    for (String[] args : new String[][] {{"check", "draft.yaml"}, {"apply", "charter.yaml", "log.jsonl",
        "commands.jsonl"}, {"report", "charter.yaml", "log.jsonl", "--from", "2027-02-01", "--to", "2027-06-30"}}) {
      cli.run(args);
      printed.append(cli.out).append(cli.err);
    }
    assertTrue(printed.toString().contains("On the program on 2027-06-30"), printed.toString());
    assertNothingRaw(printed.toString());
  }

  @Test
  @DisplayName("a table shows a hostile cell on its own row, escaped")
  void table() {
    String rendered = Table.of("ENGINEER", "NAME").row("VS-1\n  NW-9  Mallory", "\u001b[2JEvil\u202e")
        .row("VS-2", "Aiko").render();

    assertEquals("  ENGINEER               NAME\n"
        + "  ---------------------  -------------------\n"
        + "  VS-1\\n  NW-9  Mallory  \\u001b[2JEvil\\u202e\n"
        + "  VS-2                   Aiko\n", rendered);
  }

  @Test
  @DisplayName("whatever a command prints goes through a writer that escapes what a terminal acts on")
  void terminal() {
    StringWriter text = new StringWriter();
    PrintWriter out = Terminal.safe(text);

    out.print("a\u001b[31mb\tc\n");
    out.print(new char[] {'\u202e', 'd', '\r', '\n'});
    out.write('\u0007');
    out.println("\u2028 C:\\temp");
    out.flush();

    assertEquals("a\\u001b[31mb\\tc\n\\u202ed\r\n\\u0007\\u2028 C:\\temp" + System.lineSeparator(), text.toString());
  }
}
