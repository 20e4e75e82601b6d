package dev.dmz.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed files, one mistake each: every one gets exit code 2 and one plain line naming the file,
 * the line and column, the JSON path and the value, and a failed apply leaves the log byte for byte
 * as it was.
 */
class BadFilesTest {
  private static final String CHARTER = Cli.example("battery-charter.yaml");
  private static final String COMMANDS = Cli.example("battery-commands.jsonl");

  @TempDir
  Path folder;

  /** Replaces text that must be there, so that a changed example fails the test instead of passing it. */
  private static UnaryOperator<String> replace(String old, String now) {
    return text -> {
      if (!text.contains(old)) {
        throw new AssertionError("the example no longer contains " + old);
      }
      return text.replace(old, now);
    };
  }

  static Stream<Arguments> charters() {
    return Stream.of(
        Arguments.of("not YAML at all", replace("period:\n", "period: [\n"),
            "charter.yaml:5:7: $.period[0]: is not well-formed: while parsing a flow sequence"),
        Arguments.of("an empty file", (UnaryOperator<String>) text -> "",
            "charter.yaml:1:1: $: is empty: a document was expected"),
        Arguments.of("no format", replace("format: dmz.charter/1\n", ""),
            "charter.yaml:1:1: $.format: is missing"),
        Arguments.of("another kind of document", replace("dmz.charter/1", "dmz.event/1"),
            "charter.yaml:1:9: $.format: is a dmz.event document, but a dmz.charter document was expected"),
        Arguments.of("a newer format", replace("dmz.charter/1", "dmz.charter/2"),
            "charter.yaml:1:9: $.format: is version 2 of dmz.charter, but this dmz reads versions 1 to 1: "
                + "a newer dmz wrote it, was \"dmz.charter/2\""),
        Arguments.of("a malformed format", replace("dmz.charter/1", "charter-1"),
            "charter.yaml:1:9: $.format: must name a dmz format such as \"dmz.charter/1\", was \"charter-1\""),
        Arguments.of("an unknown field", replace("period:\n", "colour: red\nperiod:\n"),
            "charter.yaml:3:1: $.colour: is not a known field here; known: format, name, period"),
        Arguments.of("an unknown field deep down", replace("    role: SUPPLIER\n", "    role: SUPPLIER\n    size: 3\n"),
            "charter.yaml:13:5: $.parties[1].size: is not a known field here; known: id, name, role"),
        Arguments.of("a missing field", replace("name: \"Battery management, platform 2028\"\n", ""),
            "charter.yaml:1:1: $.name: is missing"),
        Arguments.of("a number for a text", replace("name: \"Battery management, platform 2028\"", "name: 2028"),
            "charter.yaml:2:7: $.name: must be a text, was the number 2028"),
        Arguments.of("a blank name", replace("name: \"Battery management, platform 2028\"", "name: \" \""),
            "charter.yaml:2:7: $.name: ProgramCharter.name must not be blank, was \" \""),
        Arguments.of("a date that is no day of the calendar", replace("start: 2027-02-01", "start: 2027-13-01"),
            "charter.yaml:4:10: $.period.start: is no day of the calendar (a month is from 1 to 12, not 13), "
                + "was \"2027-13-01\""),
        Arguments.of("dates out of order", replace("end: 2028-07-31", "end: 2026-07-31"),
            "charter.yaml:5:8: $.period.end: ProgramPeriod.end must not be before start 2027-02-01, was 2026-07-31"),
        Arguments.of("an unknown role", replace("role: SUPPLIER", "role: VENDOR"),
            "charter.yaml:12:11: $.parties[1].role: must be one of OEM, SUPPLIER, was \"VENDOR\""),
        Arguments.of("a malformed amount", replace("amount: EUR 250000.00", "amount: 250000 EUR"),
            "charter.yaml:71:17: $.walls[1].milestones[0].amount: must be an amount written as currency and "
                + "number, like \"EUR 1200.00\", was \"250000 EUR\""),
        Arguments.of("too many decimals", replace("amount: EUR 250000.00", "amount: EUR 250000.001"),
            "charter.yaml:71:17: $.walls[1].milestones[0].amount: has more decimal places than its currency "
                + "allows, was \"EUR 250000.001\""),
        Arguments.of("a negative amount", replace("amount: EUR 250000.00", "amount: EUR -250000.00"),
            "charter.yaml:71:17: $.walls[1].milestones[0].amount: Milestone.amount must be more than zero, was EUR -250000.00"),
        Arguments.of("an unknown currency", replace("currency: EUR", "currency: EUX"),
            "$.walls[1].currency: must be an ISO-4217 currency code such as EUR or USD, was \"EUX\""),
        Arguments.of("mixed currencies", replace("amount: EUR 250000.00", "amount: USD 250000.00"),
            "charter.yaml:67:7: $.walls[1].milestones: CommercialModel.milestones[M1].amount must be in EUR, was USD 250000.00"),
        Arguments.of("an unknown wall", replace("type: NonPoachingAgreement", "type: Fence"),
            "charter.yaml:91:11: $.walls[2].type: must be a wall type, one of IpFramework, CommercialModel, "
                + "NonPoachingAgreement, SignedTerms, was \"Fence\""),
        Arguments.of("a field given twice", replace("    role: OEM\n", "    role: OEM\n    role: SUPPLIER\n"),
            "charter.yaml:10:5: $.parties[0].role: is given twice"),
        Arguments.of("a list that is not a list", replace("leads:\n  - id: lead-1\n    name: Mira Okafor\n    employer: okafor-advisory",
            "leads:\n  id: lead-1\n  name: Mira Okafor\n  employer: okafor-advisory"),
            "charter.yaml:14:3: $.leads: must be a list, was an object"),
        Arguments.of("a text where an object goes", replace("period:\n  start: 2027-02-01\n  end: 2028-07-31",
            "period: 2027 to 2028"), "charter.yaml:3:9: $.period: must be an object, was the text \"2027 to 2028\""),
        Arguments.of("a malformed cooling-off period", replace("coolingOff: P12M", "coolingOff: 12 months"),
            "charter.yaml:97:17: $.walls[2].coolingOff: must be a period such as P6M or P1Y, was \"12 months\""),
        Arguments.of("a blank party id", replace("  - id: voltaic", "  - id: \"\""),
            "charter.yaml:10:9: $.parties[1].id: PartyId.value must not be blank, was \"\""),
        Arguments.of("a fraction of a day", replace("milestoneSlipThresholdDays: 30", "milestoneSlipThresholdDays: 30.5"),
            "charter.yaml:83:35: $.walls[1].rebaselining.milestoneSlipThresholdDays: must be a whole number, was 30.5"),
        Arguments.of("a yes where a text goes", replace("    name: Mira Okafor", "    name: yes"),
            "$.leads[0].name: must be a text, was true"),
        Arguments.of("a YAML alias", replace("  - grantor: voltaic", "  - grantor: *nordwerk"),
            "charter.yaml:26:14: $.mandates[1].grantor: is a YAML alias (*nordwerk): write the value out in full"),
        Arguments.of("a YAML tag", replace("name: \"Battery", "name: !secret \"Battery"),
            "charter.yaml:2:7: $.name: has a YAML tag (!secret), which dmz does not read: remove it"),
        Arguments.of("a number beyond reason", replace("baselineScope: 400", "baselineScope: 1e999999999"),
            "charter.yaml:81:22: $.walls[1].rebaselining.baselineScope: must have at most 30 digits before and "
                + "after the point, was 1e999999999"),
        Arguments.of("a period beyond the calendar", replace("end: 2028-07-31", "end: +999999999-12-31"),
            "charter.yaml:5:8: $.period.end: must be a date in the years 1000 to 9999, was \"+999999999-12-31\""),
        Arguments.of("a cooling-off beyond a lifetime", replace("coolingOff: P12M", "coolingOff: P999999999Y"),
            "charter.yaml:97:17: $.walls[2].coolingOff: must be a period of at most 100 years, was \"P999999999Y\""),
        Arguments.of("a version with a leading zero", replace("dmz.charter/1", "dmz.charter/01"),
            "charter.yaml:1:9: $.format: must name a dmz format such as \"dmz.charter/1\", was \"dmz.charter/01\""),
        Arguments.of("an unknown staffing line", replace("type: NamedEngineer", "type: Contractor"),
            "$.walls[1].premiumRates[0].engineer.type: must be a staffing line type, one of NamedEngineer, "
                + "HeadcountLine, PlaceholderLine, was \"Contractor\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charters")
  void a_bad_charter_is_named_with_its_line_and_path(String mistake, UnaryOperator<String> edit, String message) {
    Cli cli = new Cli(folder);
    cli.file("charter.yaml", edit.apply(CHARTER));

    cli.run("check", "charter.yaml");

    assertEquals(2, cli.exit, cli.err);
    assertTrue(cli.err.startsWith("dmz: "), cli.err);
    assertTrue(cli.err.contains(message), () -> "expected «" + message + "» in «" + cli.err + "»");
    assertEquals(1, cli.err.lines().count(), "one line: " + cli.err);
    assertFalse(cli.err.contains("Exception"), cli.err);
    assertEquals("", cli.out);
  }

  static Stream<Arguments> inputsOfApply() {
    String valid = COMMANDS;
    String admit = "{\"format\":\"dmz.command/1\",\"type\":\"Admit\",\"engineer\":\"VS-1042\","
        + "\"actor\":{\"kind\":\"LEAD\",\"id\":\"lead-1\"},\"date\":\"2027-02-03\"}";
    String second = valid.lines().skip(1).findFirst().orElseThrow();
    return Stream.of(
        Arguments.of("a command line that is not JSON", "commands.jsonl", valid.replace(second, "{\"format\":"),
            "commands.jsonl:2:11: $.format: is not well-formed"),
        Arguments.of("an unknown command", "commands.jsonl", valid + admit.replace("\"Admit\"", "\"Hire\"") + "\n",
            "commands.jsonl:16:34: $.type: must be a command type, one of Nominate, Admit, RecordDeparture"),
        Arguments.of("a command without actor", "commands.jsonl",
            admit.replace(",\"actor\":{\"kind\":\"LEAD\",\"id\":\"lead-1\"}", "") + "\n",
            "commands.jsonl:1:1: $.actor: is missing"),
        Arguments.of("an unknown kind of actor", "commands.jsonl", admit.replace("LEAD", "BOSS") + "\n",
            "commands.jsonl:1:79: $.actor.kind: must be one of LEAD, PARENT, OTHER, was \"BOSS\""),
        Arguments.of("an unknown field in a command", "commands.jsonl",
            admit.replace("\"date\"", "\"urgent\":true,\"date\"") + "\n",
            "commands.jsonl:1:101: $.urgent: is not a known field here; known: format, type, actor, engineer, date"),
        Arguments.of("a malformed date in a command", "commands.jsonl", admit.replace("2027-02-03", "3.2.2027") + "\n",
            "commands.jsonl:1:108: $.date: must be a date written YYYY-MM-DD, was \"3.2.2027\""),
        Arguments.of("a log cut short", "log.jsonl", "{\"format\":\"dmz.decision/1\",\"accepted\":true,\"comm",
            "log.jsonl:1:49: $.accepted: the last line is cut short"),
        Arguments.of("a log of dmz 0.1, events without their commands", "log.jsonl",
            "{\"format\":\"dmz.event/1\",\"type\":\"PoolContributed\",\"party\":\"voltaic\",\"amount\":\"EUR 5.00\","
                + "\"date\":\"2027-02-05\"}\n",
            "log.jsonl:1:11: $.format: is \"dmz.event/1\": a log of dmz 0.1, which recorded events without their "
                + "commands, so it cannot be re-checked against the rules"),
        Arguments.of("an admission of a stranger in the log", "log.jsonl", decision(
            "{\"type\":\"Admit\",\"engineer\":\"X-1\",\"actor\":{\"kind\":\"LEAD\",\"id\":\"lead-1\"},"
                + "\"date\":\"2027-02-03\"}",
            "{\"type\":\"Admitted\",\"engineer\":\"X-1\",\"date\":\"2027-02-03\"}"),
            "log.jsonl:1:1: $.accepted: records the command as accepted, but the rule book refuses it: "
                + "DMZ-LEAD-ADMITS (X-1 is not in the candidate pool.): this line could not have happened under the "
                + "rules of this dmz (a record decided by an earlier dmz, or by other rules, reads so too)"),
        Arguments.of("an unknown milestone in the log", "log.jsonl", decision(
            "{\"type\":\"AcceptMilestone\",\"milestone\":\"M9\",\"actor\":{\"kind\":\"LEAD\",\"id\":\"lead-1\"},"
                + "\"date\":\"2027-06-30\"}",
            "{\"type\":\"MilestoneAccepted\",\"milestone\":\"M9\",\"payee\":\"voltaic\",\"amount\":\"EUR 1.00\","
                + "\"slipDays\":0,\"date\":\"2027-06-30\"}"),
            "log.jsonl:1:1: $.accepted: records the command as accepted, but the rule book refuses it: "
                + "DMZ-MILESTONE-PAYMENT ("),
        Arguments.of("a contribution changed in the log", "log.jsonl", decision(
            "{\"type\":\"ContributeToPool\",\"amount\":\"EUR 5.00\",\"actor\":{\"kind\":\"PARENT\",\"id\":\"voltaic\"},"
                + "\"date\":\"2027-02-05\"}",
            "{\"type\":\"PoolContributed\",\"party\":\"voltaic\",\"amount\":\"EUR 50000.00\",\"date\":\"2027-02-05\"}"),
            "log.jsonl:1:1: $.events[0]: is PoolContributed[party=voltaic, amount=EUR 50000.00, date=2027-02-05], "
                + "but the command produces PoolContributed[party=voltaic, amount=EUR 5.00, date=2027-02-05]"),
        Arguments.of("an unknown party in the log", "log.jsonl", decision(
            "{\"type\":\"SignNewBaseline\",\"actor\":{\"kind\":\"PARENT\",\"id\":\"acme\"},\"date\":\"2027-02-05\"}",
            "{\"type\":\"BaselineSigned\",\"party\":\"acme\",\"date\":\"2027-02-05\"}"),
            "log.jsonl:1:1: $.accepted: records the command as accepted, but the rule book refuses it: "
                + "DMZ-REBASELINE ("),
        Arguments.of("a command in the log", "log.jsonl", admit + "\n",
            "log.jsonl:1:11: $.format: is a dmz.command document, but a dmz.entry document was expected"));
  }

  /** A log line recording a command as accepted with the events a forger claims for it. */
  static String decision(String command, String... events) {
    return "{\"format\":\"dmz.decision/1\",\"accepted\":true,\"command\":" + command + ",\"events\":["
        + String.join(",", events) + "]}\n";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputsOfApply")
  void a_bad_input_of_apply_changes_nothing(String mistake, String file, String text, String message) {
    Cli cli = new Cli(folder);
    cli.file("charter.yaml", CHARTER);
    cli.file("commands.jsonl", COMMANDS);
    String log = decision("{\"type\":\"ContributeToPool\",\"amount\":\"EUR 5.00\",\"actor\":{\"kind\":\"PARENT\","
        + "\"id\":\"voltaic\"},\"date\":\"2027-02-05\"}",
        "{\"type\":\"PoolContributed\",\"party\":\"voltaic\",\"amount\":\"EUR 5.00\",\"date\":\"2027-02-05\"}");
    cli.file("log.jsonl", log);
    cli.file(file, text);
    byte[] before = cli.bytes("log.jsonl");

    cli.run("apply", "charter.yaml", "log.jsonl", "commands.jsonl");

    assertEquals(2, cli.exit, cli.err);
    assertTrue(cli.err.contains(message), () -> "expected «" + message + "» in «" + cli.err + "»");
    assertEquals(1, cli.err.lines().count(), "one line: " + cli.err);
    assertArrayEquals(before, cli.bytes("log.jsonl"), "the log is byte for byte as it was");
    assertFalse(cli.err.contains("Exception"), cli.err);
  }

  static Stream<Arguments> commandLines() {
    return Stream.of(
        Arguments.of("a charter that does not exist", new String[] {"check", "missing.yaml"},
            "dmz: missing.yaml: no such file"),
        Arguments.of("a period backwards", new String[] {"report", "charter.yaml", "log.jsonl", "--from",
            "2027-03-01", "--to", "2027-02-01"}, "dmz: --to 2027-02-01 is before --from 2027-03-01"),
        Arguments.of("a malformed date option", new String[] {"report", "charter.yaml", "log.jsonl", "--from",
            "March", "--to", "2027-02-01"},
            "dmz: Invalid value for option '--from': must be a date written YYYY-MM-DD, was \"March\""),
        Arguments.of("a missing option", new String[] {"report", "charter.yaml", "log.jsonl", "--from",
            "2027-02-01"}, "Missing required option: '--to=DATE'"),
        Arguments.of("an unknown command", new String[] {"chek", "charter.yaml"}, "Unmatched arguments"),
        Arguments.of("too few files for apply", new String[] {"apply", "charter.yaml", "log.jsonl"},
            "Missing required parameter: 'COMMANDS'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commandLines")
  void a_wrong_command_line_is_explained(String mistake, String[] args, String message) {
    Cli cli = new Cli(folder);
    cli.file("charter.yaml", CHARTER);
    cli.file("log.jsonl", "");

    cli.run(args);

    assertEquals(2, cli.exit, cli.err);
    assertTrue(cli.err.contains(message), () -> "expected «" + message + "» in «" + cli.err + "»");
    assertFalse(cli.err.contains("Exception"), cli.err);
    assertFalse(cli.err.contains("\tat "), cli.err);
  }

  @Test
  void a_charter_in_another_encoding_is_named() throws java.io.IOException {
    Cli cli = new Cli(folder);
    java.nio.file.Files.write(folder.resolve("latin1.yaml"),
        CHARTER.replace("Okafor", "Okaf\u00f6r").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

    cli.run("check", "latin1.yaml");

    assertEquals(2, cli.exit);
    assertEquals("dmz: latin1.yaml:1:1: $: is not UTF-8 text\n", cli.err);
  }

  @Test
  void a_folder_given_for_a_file_is_named() {
    Cli cli = new Cli(folder);

    cli.run("check", folder.toString());

    assertEquals(2, cli.exit);
    assertEquals("dmz: " + folder + ": is a directory\n", cli.err);
  }
}
