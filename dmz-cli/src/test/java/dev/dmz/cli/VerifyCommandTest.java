package dev.dmz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.json.Documents;
import dev.dmz.json.EventLog;
import dev.dmz.json.Head;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("dmz verify and dmz migrate: the chain between two companies")
class VerifyCommandTest {
  private static final Pattern HEAD = Pattern.compile("head: ([0-9]+:[0-9a-f]{64})");

  @TempDir
  Path folder;

  private Cli applied() {
    Cli cli = new Cli(folder);
    cli.file("charter.yaml", Cli.example("battery-charter.yaml"));
    List<String> commands = Cli.example("battery-commands.jsonl").lines().toList();
    cli.file("first.jsonl", String.join("\n", commands.subList(0, 8)) + "\n");
    cli.file("rest.jsonl", String.join("\n", commands.subList(8, commands.size())) + "\n");
    cli.run("apply", "charter.yaml", "log.jsonl", "first.jsonl");
    return cli;
  }

  private static String head(Cli cli) {
    Matcher matcher = HEAD.matcher(cli.out);
    assertTrue(matcher.find(), cli.out + cli.err);
    return matcher.group(1);
  }

  @Test
  @DisplayName("a log that holds: its entries, the head to keep, exit 0")
  void holds() {
    Cli cli = applied().run("verify", "charter.yaml", "log.jsonl");
    assertEquals(0, cli.exit, cli.err);
    assertTrue(cli.out.startsWith(folder.resolve("log.jsonl") + ": 8 entries, each chained to the one before, "
        + "each decided again as recorded.\n"), cli.out);
    assertEquals(EventLog.head(folder.resolve("log.jsonl")).toString(), head(cli));
    assertEquals("", cli.err);
  }

  @Test
  @DisplayName("the supplier keeps the head; the OEM's log grows; it still extends the kept head")
  void extendsTheKeptHead() {
    Cli cli = applied().run("verify", "charter.yaml", "log.jsonl");
    String kept = head(cli);
    cli.run("apply", "charter.yaml", "log.jsonl", "rest.jsonl");
    cli.run("verify", "charter.yaml", "log.jsonl", "--since", kept);
    assertEquals(0, cli.exit, cli.err);
    assertTrue(cli.out.contains("It extends the head you kept: entry 8, and 7 more.\n"), cli.out);
  }

  @Test
  @DisplayName("a byte changed: exit 1, naming the line and what differs")
  void changed() {
    Cli cli = applied();
    String log = new String(cli.bytes("log.jsonl"), StandardCharsets.UTF_8);
    cli.file("log.jsonl", log.replace("\"sequence\":3,", "\"sequence\":3 ,"));
    cli.run("verify", "charter.yaml", "log.jsonl");
    assertEquals(1, cli.exit);
    assertTrue(cli.err.startsWith("dmz: log.jsonl:3:1: $.hash: is "), cli.err);
    assertTrue(cli.err.contains("$.hash: is "), cli.err);
    assertTrue(cli.err.contains("the line was changed after it was written"), cli.err);
    assertEquals("", cli.out);
  }

  @Test
  @DisplayName("a log cut short, against the kept head: exit 1, saying so")
  void cutShort() {
    Cli cli = applied().run("verify", "charter.yaml", "log.jsonl");
    String kept = head(cli);
    List<String> lines = new String(cli.bytes("log.jsonl"), StandardCharsets.UTF_8).lines().toList();
    cli.file("log.jsonl", String.join("\n", lines.subList(0, 6)) + "\n");
    cli.run("verify", "charter.yaml", "log.jsonl", "--since", kept);
    assertEquals(1, cli.exit);
    assertEquals("dmz: log.jsonl:7:1: $: the record ends after 6 entries, but the head you kept is entry 8: it "
        + "was cut short\n", cli.err);
  }

  @Test
  @DisplayName("a malformed --since is a wrong command line: exit 2, naming the value")
  void malformedSince() {
    Cli cli = applied().run("verify", "charter.yaml", "log.jsonl", "--since", "8:abc");
    assertEquals(2, cli.exit);
    assertTrue(cli.err.contains("Hash must be 64 lower-case hexadecimal digits (a SHA-256), was \"abc\""), cli.err);
  }

  @Test
  @DisplayName("--json prints the head for programs to read")
  void json() {
    Cli cli = applied().run("verify", "charter.yaml", "log.jsonl", "--json");
    assertEquals(0, cli.exit, cli.err);
    Head head = EventLog.head(folder.resolve("log.jsonl"));
    assertEquals("{\"log\":\"" + folder.resolve("log.jsonl") + "\",\"format\":2,\"entries\":8,\"head\":\"" + head
        + "\",\"extends\":null}\n", cli.out);
  }

  @Test
  @DisplayName("a log of format 1 is migrated; the new one verifies with the head migrate printed")
  void migrate() {
    Cli cli = applied();
    Path log = folder.resolve("log.jsonl");
    StringBuilder old = new StringBuilder();
    EventLog.read(log).forEach(d -> old.append(Documents.DECISION.writeLine(d)).append('\n'));
    cli.file("old.jsonl", old.toString());

    cli.run("verify", "charter.yaml", "old.jsonl");
    assertEquals(0, cli.exit, cli.err);
    assertTrue(cli.out.contains("a log of format 1, without a chain"), cli.out);

    cli.run("apply", "charter.yaml", "old.jsonl", "rest.jsonl");
    assertEquals(2, cli.exit);
    assertTrue(cli.err.contains("a log of format 1, without a chain, which cannot be appended to"), cli.err);

    cli.run("migrate", "charter.yaml", "old.jsonl", "new.jsonl");
    assertEquals(0, cli.exit, cli.err);
    String head = head(cli);
    assertEquals(EventLog.head(log).toString(), head);
    cli.run("verify", "charter.yaml", "new.jsonl", "--since", head);
    assertEquals(0, cli.exit, cli.err);

    cli.run("migrate", "charter.yaml", "nothere.jsonl", "other.jsonl");
    assertEquals(2, cli.exit);
    assertEquals("dmz: nothere.jsonl: no such file\n", cli.err);
    assertTrue(!java.nio.file.Files.exists(folder.resolve("other.jsonl")));
  }
}
