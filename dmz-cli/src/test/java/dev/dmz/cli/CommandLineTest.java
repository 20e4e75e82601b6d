package dev.dmz.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.json.Documents;
import dev.dmz.json.EventLog;
import dev.dmz.rules.Decision;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.decision.Readiness;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on the example program of dmz-examples/programs. */
class CommandLineTest {
  @TempDir
  Path folder;

  private Cli exampleProgram() {
    Cli cli = new Cli(folder);
    cli.file("charter.yaml", Cli.example("battery-charter.yaml"));
    cli.file("draft.yaml", Cli.example("battery-charter-draft.yaml"));
    cli.file("commands.jsonl", Cli.example("battery-commands.jsonl"));
    return cli;
  }

  @Test
  void a_ready_charter_passes_the_check() {
    Cli cli = exampleProgram().run("check", "charter.yaml");

    assertEquals(0, cli.exit);
    assertEquals("Battery management, platform 2028: ready. Engineers may enter.\n", cli.out);
    assertEquals("", cli.err);
  }

  @Test
  void a_draft_charter_lists_every_finding_with_its_remedy() {
    Cli cli = exampleProgram().run("check", "draft.yaml");

    assertEquals(1, cli.exit);
    assertTrue(cli.out.startsWith("Battery management, platform 2028 (draft with mistakes): not ready, 5 findings."));
    List<String> rows = cli.out.lines().filter(l -> l.startsWith("  DMZ-")).map(l -> l.trim().split(" ")[0])
        .collect(Collectors.toList());
    assertEquals(List.of("DMZ-LEAD-NEUTRAL", "DMZ-LEAD-MANDATE", "DMZ-COMMERCIAL-OUTCOME", "DMZ-PREMIUM-BASIS",
        "DMZ-NON-POACHING"), rows);
    assertTrue(cli.out.contains("WHAT IS WRONG") && cli.out.contains("WHAT WOULD FIX IT"), cli.out);
    assertTrue(cli.out.contains("voltaic signs the"), cli.out);
    assertTrue(cli.out.lines().allMatch(l -> l.length() <= 100), "fits a terminal:\n" + cli.out);
  }

  @Test
  void check_prints_json_that_reads_back() {
    Cli cli = exampleProgram().run("check", "draft.yaml", "--json");

    assertEquals(1, cli.exit);
    Readiness readiness = Documents.READINESS.readJson(cli.out, "stdout");
    assertFalse(readiness.isReady());
    assertEquals(5, readiness.findings().size());
    assertTrue(readiness.ruleIds().contains(DmzRuleId.LEAD_NEUTRAL.id()));
  }

  @Test
  void apply_decides_each_command_records_each_decision_and_explains_each_refusal() {
    Cli cli = exampleProgram().run("apply", "charter.yaml", "log.jsonl", "commands.jsonl");

    assertEquals(1, cli.exit, cli.err);
    assertTrue(cli.out.contains("11 accepted, 4 refused; 16 events appended to "), cli.out);
    assertTrue(cli.out.contains("refused: DMZ-NAMED-ENTRY"), cli.out);
    assertTrue(cli.out.contains("Refused #12, substitute Tim Roth for VS-1042:"), cli.out);
    assertTrue(cli.out.contains("DMZ-REPLACEMENT-VETO"), cli.out);
    List<Decision> log = EventLog.read(folder.resolve("log.jsonl"));
    assertEquals(15, log.size());
    assertEquals(4, log.stream().filter(d -> !d.isAccepted()).count());
  }

  @Test
  void a_second_apply_appends_after_the_first_and_keeps_it_byte_for_byte() {
    Cli cli = exampleProgram().run("apply", "charter.yaml", "log.jsonl", "commands.jsonl");
    byte[] first = cli.bytes("log.jsonl");
    cli.file("more.jsonl", "{\"format\":\"dmz.command/1\",\"type\":\"CloseVacancy\",\"vacancy\":\"V9\","
        + "\"actor\":{\"kind\":\"LEAD\",\"id\":\"lead-1\"},\"date\":\"2027-07-02\"}\n"
        + "{\"format\":\"dmz.command/1\",\"type\":\"SignNewBaseline\",\"actor\":{\"kind\":\"PARENT\","
        + "\"id\":\"voltaic\"},\"date\":\"2027-07-03\"}\n");

    cli.run("apply", "charter.yaml", "log.jsonl", "more.jsonl");

    byte[] second = cli.bytes("log.jsonl");
    assertArrayEquals(first, Arrays.copyOf(second, first.length), "the old log is kept as it was");
    assertEquals(17, EventLog.read(folder.resolve("log.jsonl")).size());
    assertEquals(17, EventLog.replay(folder.resolve("log.jsonl"), Documents.CHARTER.read(folder.resolve("charter.yaml")))
        .decisions().size());
  }

  @Test
  void apply_prints_json_decisions_one_a_line() {
    Cli cli = exampleProgram().run("apply", "charter.yaml", "log.jsonl", "commands.jsonl", "--json");

    List<Decision> decisions = cli.out.lines().map(l -> Documents.DECISION.readLine(l, "stdout", 1))
        .collect(Collectors.toList());
    assertEquals(15, decisions.size());
    assertEquals(11, decisions.stream().filter(Decision::isAccepted).count());
  }

  @Test
  void report_shows_what_is_owed_premiums_the_pool_the_roster_and_vacancies() {
    Cli cli = exampleProgram().run("apply", "charter.yaml", "log.jsonl", "commands.jsonl");

    cli.run("report", "charter.yaml", "log.jsonl", "--from", "2027-02-01", "--to", "2027-06-30");

    assertEquals(0, cli.exit, cli.err);
    String out = cli.out;
    assertTrue(out.startsWith("Battery management, platform 2028: report for 2027-02-01 to 2027-06-30\n"), out);
    assertTrue(out.contains("  Voltaic Systems GmbH  milestone M1, accepted 2027-06-28        EUR 250,000.00\n"), out);
    assertTrue(out.contains("  Voltaic Systems GmbH  premium of Jonas Brandt, 2027-02   26    EUR 5,571.43\n"), out);
    assertTrue(out.contains("  Voltaic Systems GmbH  total                                    EUR 261,571.43\n"), out);
    assertTrue(out.contains("no. The premium rate for Jonas Brandt was cancelled on"), out);
    assertTrue(out.contains("  Balance: EUR 465,000.00\n"), out);
    assertTrue(out.contains("-EUR 35,000.00"), out);
    assertTrue(out.contains("  VS-2210   Aiko Lindqvist  Voltaic Systems GmbH  2027-03-12\n"), out);
    assertTrue(out.contains("Open vacancies\n  None.\n"), out);
  }

  @Test
  void report_in_json_names_the_same_figures() {
    Cli cli = exampleProgram().run("apply", "charter.yaml", "log.jsonl", "commands.jsonl");

    cli.run("report", "charter.yaml", "log.jsonl", "--from", "2027-02-01", "--to", "2027-06-30", "--json");

    assertEquals(0, cli.exit, cli.err);
    assertTrue(cli.out.contains("\"format\" : \"dmz.report/1\""), cli.out);
    assertTrue(cli.out.contains("\"total\" : \"EUR 261571.43\""), cli.out);
    assertTrue(cli.out.contains("\"balance\" : \"EUR 465000.00\""), cli.out);
    assertTrue(cli.out.contains("\"inForce\" : false"), cli.out);
  }

  @Test
  void help_explains_the_commands_and_the_exit_codes() {
    Cli cli = new Cli(folder).run("--help");

    assertEquals(0, cli.exit);
    for (String words : List.of("Usage: dmz", "check", "apply", "report", "Exit codes:",
        "2   the input could not be read", "dmz check charter.yaml")) {
      assertTrue(cli.out.contains(words), () -> words + " missing from:\n" + cli.out);
    }
    Cli apply = new Cli(folder).run("help", "apply");
    assertTrue(apply.out.contains("leaves the log exactly as it was"), apply.out);
  }

  @Test
  void each_command_has_its_own_help() {
    for (String command : List.of("check", "apply", "report")) {
      Cli cli = new Cli(folder).run(command, "--help");
      assertEquals(0, cli.exit, cli.err);
      assertTrue(cli.out.contains("Usage: dmz " + command), cli.out);
      assertTrue(cli.out.contains("Exit codes:"), cli.out);
    }
  }

  @Test
  void report_is_as_of_the_period_s_last_day() {
    Cli cli = exampleProgram().run("apply", "charter.yaml", "log.jsonl", "commands.jsonl");

    cli.run("report", "charter.yaml", "log.jsonl", "--from", "2027-02-01", "--to", "2027-03-11");

    assertTrue(cli.out.contains("  Balance: EUR 500,000.00\n"), cli.out);
    assertTrue(cli.out.contains("  V1       NW-0311  ILLNESS  2027-03-10\n"), cli.out);
    assertFalse(cli.out.contains("draw for"), cli.out);
  }

  @Test
  void two_refusals_of_the_same_command_are_numbered_apart() {
    Cli cli = exampleProgram().run("apply", "charter.yaml", "log.jsonl", "commands.jsonl");
    String offer = Cli.example("battery-commands.jsonl").lines().reduce((a, b) -> b).orElseThrow() + "\n";
    cli.file("offers.jsonl", offer + offer);

    cli.run("apply", "charter.yaml", "log.jsonl", "offers.jsonl");

    assertTrue(cli.out.contains("Refused #1, offer a job to VS-1042:"), cli.out);
    assertTrue(cli.out.contains("Refused #2, offer a job to VS-1042:"), cli.out);
  }

  @Test
  void debug_adds_the_stack_trace_to_the_one_line() {
    Cli cli = exampleProgram();
    cli.file("bad.yaml", "format: dmz.charter/1\n");

    cli.run("check", "bad.yaml", "--debug");

    assertEquals(2, cli.exit);
    assertTrue(cli.err.startsWith("dmz: bad.yaml:1:1: $.name: is missing\n"), cli.err);
    assertTrue(cli.err.contains("DocumentException"), cli.err);
  }
}
