package dev.dmz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("dmz at first sight")
class FirstLookTest {
  static final String PRINTED = """
      Refused by DMZ-NAMED-ENTRY (engineer 3 x firmware engineer):
        Only identified persons enter the DMZ: "3 x firmware engineer" is a headcount line, not a named person.
        To put it right: Nominate one named person, by HR id and real name, per line.
      Accepted: [Admitted[engineer=VS-1107, date=2027-02-03]]
      """;

  @Test
  @DisplayName("a refusal with its rule, its reason and its remedy, then an acceptance with its event")
  void prints() {
    assertEquals(PRINTED, Printed.by(FirstLook::run));
  }

  @Test
  @DisplayName("README's first screen shows what it prints, within its first 40 lines")
  void readmeShowsIt() throws IOException {
    Path root = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent();
    String firstScreen = String.join("\n", Files.readAllLines(root.resolve("README.md")).subList(0, 40));
    assertTrue(firstScreen.contains(PRINTED.strip()), firstScreen);
  }
}
