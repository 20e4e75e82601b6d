package dev.dmz.rules.staffing;

import static dev.dmz.rules.ReadyCharter.SUP_A;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.HeadcountLine;
import dev.dmz.core.staffing.NamedEngineer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Identification: a named person or a placeholder")
class IdentificationTest {

  @Nested
  @DisplayName("names that are placeholders")
  class PlaceholderNames {
    @Test
    @DisplayName("each placeholder name is refused, with its own reason")
    void table() {
      Map<String, String> expected = new LinkedHashMap<>();
      expected.put("TBD", "\"TBD\" is a placeholder, not a person's name");
      expected.put("tbd.", "\"tbd.\" is a placeholder, not a person's name");
      expected.put("N.N.", "\"N.N.\" is a placeholder, not a person's name");
      expected.put("NN", "\"NN\" is a placeholder, not a person's name");
      expected.put("N/A", "\"N/A\" is a placeholder, not a person's name");
      expected.put("???", "\"???\" is a placeholder, not a person's name");
      expected.put("to be named", "\"to be named\" is a placeholder, not a person's name");
      expected.put("Senior Developer #3", "\"Senior Developer #3\" is a numbered seat, not a person's name");
      expected.put("Developer 2", "\"Developer 2\" is a numbered seat, not a person's name");
      expected.put("5 x Java developer", "\"5 x Java developer\" is a headcount, not a person's name");
      expected.put("3 developers", "\"3 developers\" is a headcount, not a person's name");
      expected.put("Java Developer", "\"Java Developer\" describes a role, not a person");
      assertEquals(expected, reasons(expected.keySet().stream()));
    }

    @Test
    @DisplayName("the javadoc's own placeholder tokens, in any case and punctuation")
    void javadocTokens() {
      Map<String, String> expected = new LinkedHashMap<>();
      for (String token : List.of("TBA", "(tba)", "Unknown", "VACANT", "open", "Placeholder", "xxx", "?",
          "N. N.", "n/a", "TO BE NAMED!")) {
        expected.put(token, "\"" + token + "\" is a placeholder, not a person's name");
      }
      assertEquals(expected, reasons(expected.keySet().stream()));
    }

    @Test
    @DisplayName("a role title in any position, in the singular or the plural")
    void roleTitles() {
      Map<String, String> expected = new LinkedHashMap<>();
      for (String role : List.of("Senior Software Engineer", "Solution architect", "Test Consultants",
          "Embedded expert", "Resource", "Lead Tester", "AUTOSAR Specialist")) {
        expected.put(role, "\"" + role + "\" describes a role, not a person");
      }
      assertEquals(expected, reasons(expected.keySet().stream()));
    }

    @Test
    @DisplayName("the reason quotes the name without its surrounding white space")
    void stripped() {
      assertEquals(Optional.of("\"N.N.\" is a placeholder, not a person's name"), problemOf("  N.N.  "));
    }

    @Test
    @DisplayName("a name of punctuation only is no name")
    void punctuationOnly() {
      assertEquals(Optional.of("\"- / -\" is a placeholder, not a person's name"), problemOf("- / -"));
    }

    @Test
    @DisplayName("any \"N x <role>\" headcount name is refused as a headcount: every count at a digit's edge, "
        + "every separator, roles of one letter to twelve, with and without a second word")
    void headcountNames() {
      Map<String, String> wrong = new TreeMap<>();
      for (int count : COUNTS) {
        for (String separator : SEPARATORS) {
          for (String word : WORDS) {
            for (String rest : List.of("", " developer", " Engineers", " Tester")) {
              String name = count + separator + word + rest;
              Optional<String> expected = Optional.of("\"" + name + "\" is a headcount, not a person's name");
              if (!expected.equals(problemOf(name))) {
                wrong.put(name, String.valueOf(problemOf(name)));
              }
            }
          }
        }
      }
      assertEquals(Map.of(), wrong, "headcount names not refused as headcounts");
    }

    @Test
    @DisplayName("\"5X Java developer\" is a headcount, like \"5x Java developer\": the comparison ignores case")
    void upperCaseTimes() {
      assertEquals(Optional.of("\"5x Java developer\" is a headcount, not a person's name"),
          problemOf("5x Java developer"));
      assertEquals(Optional.of("\"5X Java developer\" is a headcount, not a person's name"),
          problemOf("5X Java developer"));
    }

    static final List<String> SEPARATORS = List.of(" x ", "x ", "x", " x", " × ", "×", " * ", "*", " X ");
  }

  @Nested
  @DisplayName("HR ids that are placeholders")
  class PlaceholderIds {
    @Test
    @DisplayName("the HR id \"TBD\" identifies nobody, whatever the name")
    void tbd() {
      assertEquals(Optional.of("the HR id \"TBD\" is a placeholder, not a person's id"),
          Identification.problemWith(NamedEngineer.of(EngineerId.of("TBD"), "Jonas Brandt", SUP_A)));
    }

    @Test
    @DisplayName("the HR id \"?\" identifies nobody")
    void questionMark() {
      assertEquals(Optional.of("the HR id \"?\" is a placeholder, not a person's id"),
          Identification.problemWith(NamedEngineer.of(EngineerId.of("?"), "Jonas Brandt", SUP_A)));
    }

    @Test
    @DisplayName("the HR id is judged before the name: one reason, the id's")
    void idBeforeName() {
      assertEquals(Optional.of("the HR id \"n/a\" is a placeholder, not a person's id"),
          Identification.problemWith(NamedEngineer.of(EngineerId.of("n/a"), "Senior Developer #3", SUP_A)));
    }
  }

  @Nested
  @DisplayName("headcount lines")
  class HeadcountLines {
    @Test
    @DisplayName("a headcount line is never a named person")
    void headcountLine() {
      assertEquals(Optional.of("\"5 x Java developer\" is a headcount line, not a named person"),
          Identification.problemWith(HeadcountLine.of(5, "Java developer", SUP_A)));
    }

    @Test
    @DisplayName("any headcount line, even of one, is refused")
    void anyHeadcountLine() {
      for (int count : COUNTS) {
        for (String role : WORDS) {
          assertEquals(Optional.of("\"" + count + " x " + role + "\" is a headcount line, not a named person"),
              Identification.problemWith(HeadcountLine.of(count, role, SUP_A)));
        }
      }
    }
  }

  @Nested
  @DisplayName("real people")
  class RealPeople {
    @Test
    @DisplayName("real names pass, whatever their script, length or punctuation")
    void realNames() {
      Map<String, String> refused = reasons(Stream.of("Jonas Brandt", "Zoë Ó Briain", "Li Na", "Suharto",
          "María José García-López", "Malcolm X", "Siobhán O'Neill", "Nguyễn Thị Minh Khai",
          "Ngũgĩ wa Thiong'o", "Jean-Luc Dehaene", "Ana"));
      refused.values().removeIf(NONE::equals);
      assertEquals(Map.of(), refused, "real names refused");
    }

    @Test
    @DisplayName("a numeric HR id identifies a person")
    void numericHrId() {
      assertEquals(Optional.empty(),
          Identification.problemWith(NamedEngineer.of(EngineerId.of("4711"), "Jonas Brandt", SUP_A)));
    }

    @Test
    @DisplayName("a mononym is a person's name")
    void mononym() {
      assertEquals(Optional.empty(),
          Identification.problemWith(NamedEngineer.of(EngineerId.of("HR-0815"), "Suharto", SUP_A)));
    }

    @Test
    @DisplayName("every given name with every family name passes")
    void anyCombination() {
      Map<String, String> refused = new TreeMap<>();
      for (String given : List.of("Jonas", "Zoë", "Li", "María José", "Aoife", "Oluwaseun", "Ines", "Lena", "Kofi",
          "Ægir", "Søren", "Łukasz")) {
        for (String family : List.of("Brandt", "Ó Briain", "Na", "García-López", "Nakamura", "Adeyemi", "Duarte",
            "Park", "van der Berg", "O'Neill", "Wałęsa", "Müller-Lüdenscheidt")) {
          problemOf(given + " " + family).ifPresent(problem -> refused.put(given + " " + family, problem));
        }
      }
      assertEquals(Map.of(), refused, "real names refused");
    }
  }

  private static final String NONE = "(identifies a person)";
  /** Counts at each edge of a digit: one, two and three digits. (The testkit's properties try others.) */
  private static final List<Integer> COUNTS = List.of(1, 2, 9, 10, 11, 99, 100, 500, 999);
  /** Role words of one to twenty letters, either case. */
  private static final List<String> WORDS = List.of("a", "Z", "QA", "dev", "Tester", "Architect",
      "architectsArchitects", "abcdefghijkl");

  private static Optional<String> problemOf(String name) {
    return Identification.problemWith(NamedEngineer.of(EngineerId.of("E-1"), name, SUP_A));
  }

  private static Map<String, String> reasons(Stream<String> names) {
    Map<String, String> reasons = new LinkedHashMap<>();
    names.forEach(name -> reasons.put(name, problemOf(name).orElse(NONE)));
    return reasons;
  }
}
