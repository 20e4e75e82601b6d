package dev.dmz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on a record in PostgreSQL: a server of its own, started by the build (no Docker). */
@DisplayName("A database as LOG: jdbc:postgresql://... with --program ID")
class DatabaseRecordTest {
  private static EmbeddedPostgres server;
  private static String url;

  @TempDir
  Path folder;

  @BeforeAll
  static void start() throws IOException {
    server = EmbeddedPostgres.builder().start();
    url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres?user=postgres";
  }

  @AfterAll
  static void stop() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Cli cli() {
    Cli cli = new Cli(folder);
    cli.file("charter.yaml", Cli.example("battery-charter.yaml"));
    List<String> commands = Cli.example("battery-commands.jsonl").lines().toList();
    cli.file("first.jsonl", String.join("\n", commands.subList(0, 8)) + "\n");
    cli.file("rest.jsonl", String.join("\n", commands.subList(8, commands.size())) + "\n");
    return cli;
  }

  @Test
  @DisplayName("apply records in the database, verify proves the record, report reads it, as with a file")
  void applyVerifyReport() {
    Cli cli = cli().run("apply", "charter.yaml", url, "first.jsonl", "--program", "bms-apply");
    assertEquals(1, cli.exit, cli.err); // a substitution among the first commands is refused
    assertEquals("", cli.err);
    assertTrue(cli.out.contains("appended to program bms-apply."), cli.out);
    assertTrue(!cli.out.contains("jdbc:") && !cli.err.contains("jdbc:"), "the URL may hold a password");

    cli.run("verify", "charter.yaml", url, "--program", "bms-apply");
    assertEquals(0, cli.exit, cli.err);
    assertTrue(cli.out.startsWith("program bms-apply: 8 entries, each chained to the one before"), cli.out);
    String kept = cli.out.lines().filter(l -> l.startsWith("head: ")).findFirst().orElseThrow().substring(6);

    cli.run("apply", "charter.yaml", url, "rest.jsonl", "--program", "bms-apply");
    assertEquals(1, cli.exit, cli.err);
    cli.run("verify", "charter.yaml", url, "--program", "bms-apply", "--since", kept);
    assertEquals(0, cli.exit, cli.err);
    assertTrue(cli.out.contains("It extends the head you kept: entry 8, and 7 more."), cli.out);

    Cli file = cli().run("apply", "charter.yaml", "log.jsonl", "first.jsonl");
    file.run("apply", "charter.yaml", "log.jsonl", "rest.jsonl");
    file.run("report", "charter.yaml", "log.jsonl", "--from", "2027-02-01", "--to", "2027-06-30");
    cli.run("report", "charter.yaml", url, "--program", "bms-apply", "--from", "2027-02-01", "--to", "2027-06-30");
    assertEquals(0, cli.exit, cli.err);
    assertEquals(file.out, cli.out, "the same report from the file and from the database");
  }

  @Test
  @DisplayName("another charter than the program's is refused by report and verify alike")
  void anotherCharter() {
    Cli cli = cli().run("apply", "charter.yaml", url, "first.jsonl", "--program", "bms-charter");
    cli.file("draft.yaml", Cli.example("battery-charter-draft.yaml"));
    cli.run("report", "draft.yaml", url, "--program", "bms-charter", "--from", "2027-02-01", "--to", "2027-06-30");
    assertEquals(2, cli.exit);
    assertEquals("dmz: draft.yaml:1:1: $: is not the charter program bms-charter was created with\n", cli.err);
    cli.run("verify", "draft.yaml", url, "--program", "bms-charter");
    assertEquals(1, cli.exit);
    assertEquals("dmz: draft.yaml:1:1: $: is not the charter program bms-charter was created with\n", cli.err);
  }

  @Test
  @DisplayName("a URL the driver cannot read is named without its password")
  void passwordNotPrinted() {
    Cli cli = cli().run("verify", "charter.yaml", "jdbc:postgresql://db.example.com:99999/dmz?user=dmz&password=SECRET",
        "--program", "bms");
    assertEquals(2, cli.exit);
    assertTrue(cli.err.startsWith("dmz: LOG is not a JDBC URL of PostgreSQL that the driver reads"), cli.err);
    assertTrue(!cli.err.contains("SECRET") && !cli.out.contains("SECRET"), cli.err);
  }

  @Test
  @DisplayName("a database without --program, or --program with a file, is a wrong command line")
  void programOption() {
    Cli cli = cli().run("verify", "charter.yaml", url);
    assertEquals(2, cli.exit);
    assertTrue(cli.err.startsWith("dmz: a database as LOG needs --program ID"), cli.err);
    cli.run("verify", "charter.yaml", "log.jsonl", "--program", "bms");
    assertEquals(2, cli.exit);
    assertTrue(cli.err.startsWith("dmz: --program names a program in a database, but LOG is a file"), cli.err);
  }

  @Test
  @DisplayName("an unknown program, or a database that is not there, is one line and exit 2")
  void unknownOrDown() {
    Cli cli = cli().run("verify", "charter.yaml", url, "--program", "never-created");
    assertEquals(2, cli.exit);
    assertTrue(cli.err.startsWith("dmz: program never-created: "), cli.err);
    cli.run("verify", "charter.yaml", "jdbc:postgresql://localhost:1/none?user=postgres", "--program", "bms");
    assertEquals(2, cli.exit);
    assertTrue(cli.err.startsWith("dmz: program bms: could not "), cli.err);
    assertEquals(1, cli.err.lines().count(), cli.err);
  }
}
