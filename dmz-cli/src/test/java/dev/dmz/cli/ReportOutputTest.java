package dev.dmz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PersonId;
import dev.dmz.json.Documents;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import dev.dmz.rules.commercial.CommercialCommand.ContributeToPool;
import dev.dmz.rules.commercial.CommercialCommand.DrawOnPool;
import dev.dmz.rules.commercial.CommercialCommand.RecordScopeChange;
import dev.dmz.rules.commercial.CommercialCommand.SignNewBaseline;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The report, text and JSON, byte for byte as recorded under {@code report/} (first written when report
 * replayed the whole log into a program, kept when it became a fold; the text shows parties by name and
 * amounts grouped since, as the tour does), for periods before, inside
 * and after the record: the example program, then re-baselining triggers fired twice (one decision
 * with two events each), a renewed baseline, pool movements, and a refused command dated before the
 * commands recorded ahead of it (its refusal event comes after events of a later date).
 */
class ReportOutputTest {
  @TempDir
  Path folder;

  private static final Actor LEAD = Actor.lead(PersonId.of("lead-1"));
  private static final Actor NORDWERK = Actor.parent(PartyId.of("nordwerk"));
  private static final Actor VOLTAIC = Actor.parent(PartyId.of("voltaic"));

  static Stream<Arguments> periods() {
    return Stream.of(
        Arguments.of("2027-02-01", "2027-06-30"),
        Arguments.of("2027-02-01", "2027-03-11"),
        Arguments.of("2027-07-01", "2027-07-31"),
        Arguments.of("2027-07-06", "2027-07-19"),
        Arguments.of("2027-01-01", "2027-12-31"),
        Arguments.of("2026-01-01", "2026-12-31"));
  }

  private static List<Command> later() {
    return List.of(
        RecordScopeChange.of(LEAD, BigDecimal.valueOf(500), day("2027-07-05")),
        ContributeToPool.of(NORDWERK, eur(1_000), day("2027-07-06")),
        SignNewBaseline.of(NORDWERK, day("2027-07-08")),
        SignNewBaseline.of(VOLTAIC, day("2027-07-08")),
        RecordScopeChange.of(LEAD, BigDecimal.valueOf(600), day("2027-07-20")),
        DrawOnPool.of(LEAD, eur(2_000), "late parts", day("2027-08-02")),
        DrawOnPool.of(LEAD, eur(3_000), "dated before the last command", day("2027-06-01")),
        ContributeToPool.of(VOLTAIC, eur(500), day("2027-08-15")));
  }

  @ParameterizedTest(name = "{0} to {1}")
  @MethodSource("periods")
  void the_report_is_printed_as_before(String from, String to) {
    Cli cli = new Cli(folder);
    cli.file("charter.yaml", Cli.example("battery-charter.yaml"));
    cli.file("commands.jsonl", Cli.example("battery-commands.jsonl")
        + later().stream().map(c -> Documents.COMMAND.writeLine(c) + "\n").collect(Collectors.joining()));
    cli.run("apply", "charter.yaml", "log.jsonl", "commands.jsonl");
    assertEquals(1, cli.exit, cli.err); // some commands are refused

    cli.run("report", "charter.yaml", "log.jsonl", "--from", from, "--to", to);
    assertEquals(0, cli.exit, cli.err);
    assertEquals(expected(from, to, "txt"), cli.out);

    cli.run("report", "charter.yaml", "log.jsonl", "--from", from, "--to", to, "--json");
    assertEquals(0, cli.exit, cli.err);
    assertEquals(expected(from, to, "json"), cli.out);
  }

  private static String expected(String from, String to, String kind) {
    String name = "report/" + from + "_" + to + "." + kind;
    try (InputStream in = ReportOutputTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError(name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  private static Money eur(int major) {
    return Money.ofMajor(CurrencyUnit.EUR, major);
  }
}
