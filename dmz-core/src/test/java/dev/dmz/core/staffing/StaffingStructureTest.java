package dev.dmz.core.staffing;

import static dev.dmz.core.value.Malformed.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.core.party.PartyId;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Staffing: structure")
class StaffingStructureTest {
  static final PartyId VOLTAIC = PartyId.of("voltaic");

  @Test
  @DisplayName("an engineer with a blank name is refused")
  void blankName() {
    assertRefused("NamedEngineer.name must not be blank, was \" \"",
        () -> NamedEngineer.of(EngineerId.of("VS-1"), " ", VOLTAIC));
  }

  @Test
  @DisplayName("an engineer with a blank or padded HR id is refused")
  void blankId() {
    assertRefused("EngineerId.value must not be blank, was \"\"", () -> EngineerId.of(""));
    assertRefused("EngineerId.value must not start or end with white space, was \" VS-1\"",
        () -> EngineerId.of(" VS-1"));
  }

  @Test
  @DisplayName("a placeholder name builds: DMZ-NAMED-ENTRY refuses it at nomination")
  void placeholderBuilds() {
    NamedEngineer tbd = NamedEngineer.of(EngineerId.of("TBD"), "Senior Developer #3", VOLTAIC);
    assertEquals("Senior Developer #3 (TBD, voltaic)", tbd.toString());
  }

  @Test
  @DisplayName("a headcount line needs at least one person and a role")
  void headcountLine() {
    assertRefused("HeadcountLine.count must be at least 1, was 0",
        () -> HeadcountLine.of(0, "Java developer", VOLTAIC));
    assertRefused("HeadcountLine.role must not be blank, was \"\"", () -> HeadcountLine.of(5, "", VOLTAIC));
    HeadcountLine five = HeadcountLine.of(5, "Java developer", VOLTAIC);
    assertEquals("5 x Java developer (voltaic)", five.toString());
    assertEquals(VOLTAIC, five.employer());
  }

  @Test
  @DisplayName("a nomination records the line, the nominating parent and the day")
  void nomination() {
    StaffingLine line = HeadcountLine.of(1, "Tester", VOLTAIC);
    Nomination n = Nomination.of(line, PartyId.of("other"), LocalDate.of(2027, 3, 1));
    assertEquals(line, n.line());
    assertEquals(PartyId.of("other"), n.nominatedBy(), "a parent nominating another's employee is for the rules");
    assertEquals(LocalDate.of(2027, 3, 1), n.nominatedOn());
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("dev.dmz.core.value.Malformed#unsafe")
  @DisplayName("an HR id, a name, a role or a placeholder holding a line break, ESC, a right-to-left override, "
      + "a line separator or NUL is refused")
  void unsafeText(String c, String what, String shown) {
    assertRefused("EngineerId.value must not contain " + what + ", was \"VS" + shown + "1042\"",
        () -> EngineerId.of("VS" + c + "1042"));
    assertRefused("NamedEngineer.name must not contain " + what + ", was \"Jonas" + shown + "Brandt\"",
        () -> NamedEngineer.of(EngineerId.of("VS-1"), "Jonas" + c + "Brandt", VOLTAIC));
    assertRefused("HeadcountLine.role must not contain " + what + ", was \"Tester" + shown + "\"",
        () -> HeadcountLine.of(2, "Tester" + c, VOLTAIC));
    assertRefused("PlaceholderLine.text must not contain " + what + ", was \"" + shown + "\"",
        () -> PlaceholderLine.of(c, VOLTAIC));
  }

  @Test
  @DisplayName("a blank placeholder of spaces builds: DMZ-NAMED-ENTRY refuses it at nomination")
  void blankPlaceholderBuilds() {
    assertEquals("(a line with no name)", PlaceholderLine.of(" \u2003 ", VOLTAIC).label());
  }
}
