package dev.dmz.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.testkit.program.SampleProgram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What dmz never writes it refuses to read, before it costs anything: long amounts, dates off the calendar. */
@DisplayName("Values bounded when read")
class BoundedValuesTest {
  private static String contribution(String amount, String date) {
    return "{\"format\":\"dmz.command/1\",\"type\":\"ContributeToPool\",\"amount\":\"" + amount + "\","
        + "\"actor\":{\"kind\":\"PARENT\",\"id\":\"voltaic\"},\"date\":\"" + date + "\"}";
  }

  private static String refusal(String line) {
    return assertThrows(DocumentException.class, () -> Documents.COMMAND.readLine(line, "c.jsonl", 1)).getMessage();
  }

  @Test
  @DisplayName("an amount of 800,000 digits is refused before it is parsed (parsing costs the square of its digits)")
  void longAmount() {
    assertEquals("c.jsonl:1:62: $.amount: must be an amount of at most 30 digits before the point, was \"EUR "
        + "9".repeat(76) + "\"... (799927 more characters)", refusal(contribution("EUR " + "9".repeat(800_000) + ".00",
        "2027-02-05")));
  }

  @Test
  @DisplayName("an amount of 31 digits before the point is refused where a command is made")
  void thirtyOneDigits() {
    assertEquals("c.jsonl:1:62: $.amount: ContributeToPool.amount must have at most 30 digits before the point, "
        + "was EUR 1" + "0".repeat(30) + ".00", refusal(contribution("EUR 1" + "0".repeat(30) + ".00", "2027-02-05")));
  }

  @Test
  @DisplayName("a date outside the years 1000 to 9999 is refused in any document, an event too")
  void dates() {
    assertEquals("c.jsonl:1:121: $.date: must be a date in the years 1000 to 9999, was \"0999-01-01\"",
        refusal(contribution("EUR 5.00", "0999-01-01")));
    String event = "{\"format\":\"dmz.event/1\",\"type\":\"PoolContributed\",\"party\":\"voltaic\",\"amount\":\"EUR 5.00\","
        + "\"date\":\"+10000-01-01\"}";
    assertEquals("e.jsonl:1:95: $.date: must be a date in the years 1000 to 9999, was \"+10000-01-01\"",
        assertThrows(DocumentException.class, () -> Documents.EVENT.readLine(event, "e.jsonl", 1)).getMessage());
  }

  @Test
  @DisplayName("an amount is read only as dmz writes it: one space, no sign but minus, no grouping")
  void strictAmounts() {
    for (String amount : new String[] {"EUR  250000.00", "EUR +250000.00", "eur 5.00", "EUR 5.", "EUR 1_000.00",
        " EUR 5.00", "EUR 5.00 "}) {
      assertEquals("c.jsonl:1:62: $.amount: must be an amount written as currency and number, like \"EUR 1200.00\", "
          + "was \"" + amount + "\"", refusal(contribution(amount, "2027-02-05")), amount);
    }
  }

  @Test
  @DisplayName("a byte order mark before a file's text is read past, in JSON Lines and JSON as in YAML")
  void byteOrderMark(@TempDir Path folder) throws IOException {
    String line = contribution("EUR 5.00", "2027-02-05");
    Path commands = Files.writeString(folder.resolve("commands.jsonl"), "\uFEFF" + line + "\n", StandardCharsets.UTF_8);
    assertEquals(List.of(Documents.COMMAND.readLine(line, "c.jsonl", 1)), CommandFile.read(commands));

    ProgramCharter charter = SampleProgram.charter();
    Path json = Files.writeString(folder.resolve("charter.json"), "\uFEFF" + Documents.CHARTER.writeJson(charter),
        StandardCharsets.UTF_8);
    Path yaml = Files.writeString(folder.resolve("charter.yaml"), "\uFEFF" + Documents.CHARTER.writeYaml(charter),
        StandardCharsets.UTF_8);
    assertEquals(charter, Documents.CHARTER.read(json));
    assertEquals(charter, Documents.CHARTER.read(yaml));
  }
}
