package dev.dmz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's settings and names: a date option off the calendar, a setting that is no size, a log's name. */
@DisplayName("Settings and names on the command line")
class SettingsTest {
  private static final String CHARTER = Cli.example("battery-charter.yaml");
  private static final String COMMANDS = Cli.example("battery-commands.jsonl");

  @TempDir
  Path folder;

  @Test
  @DisplayName("a report's dates lie in the years 1000 to 9999")
  void reportDates() {
    Cli cli = new Cli(folder);
    cli.file("charter.yaml", CHARTER);
    cli.file("log.jsonl", "");

    cli.run("report", "charter.yaml", "log.jsonl", "--from", "0999-01-01", "--to", "2027-06-30");

    assertEquals(2, cli.exit, cli.err);
    assertTrue(cli.err.startsWith("dmz: Invalid value for option '--from': must be a date in the years 1000 to 9999, "
        + "was \"0999-01-01\""), cli.err);
  }

  @Test
  @DisplayName("a size setting that is no size is the user's mistake: one line, exit 2")
  void badSizeSetting() {
    Cli cli = new Cli(folder);
    cli.file("charter.yaml", CHARTER);
    String before = System.getProperty("dmz.maxDocumentSize");
    System.setProperty("dmz.maxDocumentSize", "abc\u001b");
    try {
      cli.run("check", "charter.yaml");
    } finally {
      if (before == null) {
        System.clearProperty("dmz.maxDocumentSize");
      } else {
        System.setProperty("dmz.maxDocumentSize", before);
      }
    }

    assertEquals(2, cli.exit, cli.err);
    assertTrue(cli.err.startsWith("dmz: -Ddmz.maxDocumentSize=abc\\u001b: "), cli.err);
    assertEquals(1, cli.err.lines().count(), cli.err);
  }

  @Test
  @DisplayName("a log's name with a line break is printed escaped: it starts no line of its own")
  void logNameWithALineBreak() {
    Cli cli = new Cli(folder);
    cli.file("charter.yaml", CHARTER);
    cli.file("commands.jsonl", COMMANDS);

    cli.run("apply", "charter.yaml", folder.resolve("log\nFORGED.jsonl").toString(), "commands.jsonl");

    assertTrue(cli.out.contains("appended to "), cli.out);
    assertTrue(cli.out.lines().noneMatch(line -> line.startsWith("FORGED")), cli.out);
    assertTrue(cli.out.contains("log\\nFORGED.jsonl."), cli.out);
  }
}
