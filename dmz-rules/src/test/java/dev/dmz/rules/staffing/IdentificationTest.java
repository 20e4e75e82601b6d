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
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

@Label("Identification: a named person or a placeholder")
class IdentificationTest {

  @Group
  @Label("names that are placeholders")
  class PlaceholderNames {
    @Example
    @Label("each placeholder name is refused, with its own reason")
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

    @Example
    @Label("the javadoc's own placeholder tokens, in any case and punctuation")
    void javadocTokens() {
      Map<String, String> expected = new LinkedHashMap<>();
      for (String token : List.of("TBA", "(tba)", "Unknown", "VACANT", "open", "Placeholder", "xxx", "?",
          "N. N.", "n/a", "TO BE NAMED!")) {
        expected.put(token, "\"" + token + "\" is a placeholder, not a person's name");
      }
      assertEquals(expected, reasons(expected.keySet().stream()));
    }

    @Example
    @Label("a role title in any position, in the singular or the plural")
    void roleTitles() {
      Map<String, String> expected = new LinkedHashMap<>();
      for (String role : List.of("Senior Software Engineer", "Solution architect", "Test Consultants",
          "Embedded expert", "Resource", "Lead Tester", "AUTOSAR Specialist")) {
        expected.put(role, "\"" + role + "\" describes a role, not a person");
      }
      assertEquals(expected, reasons(expected.keySet().stream()));
    }

    @Example
    @Label("the reason quotes the name without its surrounding white space")
    void stripped() {
      assertEquals(Optional.of("\"N.N.\" is a placeholder, not a person's name"), problemOf("  N.N.  "));
    }

    @Example
    @Label("a name of punctuation only is no name")
    void punctuationOnly() {
      assertEquals(Optional.of("\"- / -\" is a placeholder, not a person's name"), problemOf("- / -"));
    }

    @Property
    @Label("any \"N x <role>\" headcount name is refused as a headcount")
    void headcountNames(@ForAll @IntRange(min = 1, max = 999) int count, @ForAll("separators") String separator,
        @ForAll("roles") String role) {
      String name = count + separator + role;
      assertEquals(Optional.of("\"" + name + "\" is a headcount, not a person's name"), problemOf(name));
    }

    @Example
    @Label("\"5X Java developer\" is a headcount, like \"5x Java developer\": the comparison ignores case")
    void upperCaseTimes() {
      assertEquals(Optional.of("\"5x Java developer\" is a headcount, not a person's name"),
          problemOf("5x Java developer"));
      assertEquals(Optional.of("\"5X Java developer\" is a headcount, not a person's name"),
          problemOf("5X Java developer"));
    }

    @Provide
    Arbitrary<String> separators() {
      return Arbitraries.of(" x ", "x ", "x", " x", " × ", "×", " * ", "*", " X ");
    }

    @Provide
    Arbitrary<String> roles() {
      Arbitrary<String> word = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
      return Combinators.combine(word, Arbitraries.of("", " developer", " Engineers", " Tester"))
          .as((first, rest) -> first + rest);
    }
  }

  @Group
  @Label("HR ids that are placeholders")
  class PlaceholderIds {
    @Example
    @Label("the HR id \"TBD\" identifies nobody, whatever the name")
    void tbd() {
      assertEquals(Optional.of("the HR id \"TBD\" is a placeholder, not a person's id"),
          Identification.problemWith(NamedEngineer.of(EngineerId.of("TBD"), "Jonas Brandt", SUP_A)));
    }

    @Example
    @Label("the HR id \"?\" identifies nobody")
    void questionMark() {
      assertEquals(Optional.of("the HR id \"?\" is a placeholder, not a person's id"),
          Identification.problemWith(NamedEngineer.of(EngineerId.of("?"), "Jonas Brandt", SUP_A)));
    }

    @Example
    @Label("the HR id is judged before the name: one reason, the id's")
    void idBeforeName() {
      assertEquals(Optional.of("the HR id \"n/a\" is a placeholder, not a person's id"),
          Identification.problemWith(NamedEngineer.of(EngineerId.of("n/a"), "Senior Developer #3", SUP_A)));
    }
  }

  @Group
  @Label("headcount lines")
  class HeadcountLines {
    @Example
    @Label("a headcount line is never a named person")
    void headcountLine() {
      assertEquals(Optional.of("\"5 x Java developer\" is a headcount line, not a named person"),
          Identification.problemWith(HeadcountLine.of(5, "Java developer", SUP_A)));
    }

    @Property
    @Label("any headcount line, even of one, is refused")
    void anyHeadcountLine(@ForAll @IntRange(min = 1, max = 500) int count,
        @ForAll("roleTitles") String role) {
      assertEquals(Optional.of("\"" + count + " x " + role + "\" is a headcount line, not a named person"),
          Identification.problemWith(HeadcountLine.of(count, role, SUP_A)));
    }

    @Provide
    Arbitrary<String> roleTitles() {
      return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20);
    }
  }

  @Group
  @Label("real people")
  class RealPeople {
    @Example
    @Label("real names pass, whatever their script, length or punctuation")
    void realNames() {
      Map<String, String> refused = reasons(Stream.of("Jonas Brandt", "Zoë Ó Briain", "Li Na", "Suharto",
          "María José García-López", "Malcolm X", "Siobhán O'Neill", "Nguyễn Thị Minh Khai",
          "Ngũgĩ wa Thiong'o", "Jean-Luc Dehaene", "Ana"));
      refused.values().removeIf(NONE::equals);
      assertEquals(Map.of(), refused, "real names refused");
    }

    @Example
    @Label("a numeric HR id identifies a person")
    void numericHrId() {
      assertEquals(Optional.empty(),
          Identification.problemWith(NamedEngineer.of(EngineerId.of("4711"), "Jonas Brandt", SUP_A)));
    }

    @Example
    @Label("a mononym is a person's name")
    void mononym() {
      assertEquals(Optional.empty(),
          Identification.problemWith(NamedEngineer.of(EngineerId.of("HR-0815"), "Suharto", SUP_A)));
    }

    @Property
    @Label("any given name with any family name passes")
    void anyCombination(@ForAll("givenNames") String given, @ForAll("familyNames") String family) {
      assertEquals(Optional.empty(), problemOf(given + " " + family));
    }

    @Provide
    Arbitrary<String> givenNames() {
      return Arbitraries.of("Jonas", "Zoë", "Li", "María José", "Aoife", "Oluwaseun", "Ines", "Lena", "Kofi",
          "Ægir", "Søren", "Łukasz");
    }

    @Provide
    Arbitrary<String> familyNames() {
      return Arbitraries.of("Brandt", "Ó Briain", "Na", "García-López", "Nakamura", "Adeyemi", "Duarte",
          "Park", "van der Berg", "O'Neill", "Wałęsa", "Müller-Lüdenscheidt");
    }
  }

  private static final String NONE = "(identifies a person)";

  private static Optional<String> problemOf(String name) {
    return Identification.problemWith(NamedEngineer.of(EngineerId.of("E-1"), name, SUP_A));
  }

  private static Map<String, String> reasons(Stream<String> names) {
    Map<String, String> reasons = new LinkedHashMap<>();
    names.forEach(name -> reasons.put(name, problemOf(name).orElse(NONE)));
    return reasons;
  }
}
