package dev.dmz.rules.staffing;

import dev.dmz.core.staffing.HeadcountLine;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.core.staffing.PlaceholderLine;
import dev.dmz.core.staffing.StaffingLine;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells an identified person from a placeholder, for {@code DMZ-NAMED-ENTRY} and {@code
 * DMZ-PREMIUM-BASIS}. A staffing line identifies a person when it is a {@link NamedEngineer} whose
 * HR id is not a placeholder token and whose name is a person's name, not:
 * <ul>
 *   <li>a placeholder token: "TBD", "TBA", "N.N.", "NN", "N/A", "unknown", "vacant", "open",
 *       "placeholder", "to be named", "xxx", "?";</li>
 *   <li>a headcount: "5 x Java developer", "3 developers";</li>
 *   <li>a numbered seat: "Developer #3", "Engineer 2" (a real name carries no digits or '#');</li>
 *   <li>a role title: a name containing words such as developer, engineer, architect, tester,
 *       consultant, expert, specialist, analyst, resource.</li>
 * </ul>
 * The comparison ignores case and surrounding punctuation. It is deliberately conservative about
 * real names: a single-word name (as some people have) is accepted.
 */
public final class Identification {
  /** Placeholders, as {@link NameWords}; the empty phrase is a text without a letter or number ("???"). */
  private static final NameWords PLACEHOLDERS = NameWords.of(Set.of("",
      "tbd", "tba", "tbc", "nn", "n n", "na", "n a", "unknown", "vacant", "open", "placeholder",
      "xxx", "xx", "x", "to be named", "to be defined", "to be decided", "to be announced",
      "to be confirmed", "new hire", "someone", "anybody", "anyone", "none", "dummy"));
  private static final NameWords ROLE_WORDS = NameWords.of(Set.of(
      "developer", "developers", "engineer", "engineers", "architect", "architects", "tester",
      "testers", "consultant", "consultants", "expert", "experts", "specialist", "specialists",
      "analyst", "analysts", "resource", "resources", "programmer", "programmers", "fte", "ftes",
      "headcount", "position", "seat", "role"));
  private static final Pattern HEADCOUNT =
      Pattern.compile("^\\d+\\s*[x×*]\\s*.*|^\\d+\\s+\\p{L}.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBERED = Pattern.compile(".*[#\\d].*");

  private Identification() {}

  /**
   * Why a staffing line does not identify one person.
   *
   * @param line the line
   * @return the reason, as a clause such as {@code "\"TBD\" is a placeholder, not a person's
   *     name"}; empty when the line identifies a person
   */
  public static Optional<String> problemWith(StaffingLine line) {
    if (line instanceof HeadcountLine) {
      HeadcountLine headcount = (HeadcountLine) line;
      return Optional.of("\"" + headcount.count() + " x " + headcount.role()
          + "\" is a headcount line, not a named person");
    }
    if (line instanceof PlaceholderLine) {
      PlaceholderLine placeholder = (PlaceholderLine) line;
      return Optional.of(placeholder.text().isBlank() ? "the line names nobody: its name is blank"
          : "\"" + placeholder.text().strip() + "\" names nobody");
    }
    NamedEngineer engineer = (NamedEngineer) line;
    String name = engineer.name().strip();
    String id = engineer.id().value();
    if (PLACEHOLDERS.isAll(id)) {
      return Optional.of("the HR id \"" + id + "\" is a placeholder, not a person's id");
    }
    if (PLACEHOLDERS.isAll(name)) {
      return Optional.of("\"" + name + "\" is a placeholder, not a person's name");
    }
    // The patterns run only on the names they could match (a headcount starts with a digit, a
    // numbered seat holds a digit or '#'): a real name costs no regular expression.
    if (startsWithDigit(name) && HEADCOUNT.matcher(name).matches()) {
      return Optional.of("\"" + name + "\" is a headcount, not a person's name");
    }
    if (holdsDigitOrHash(name) && NUMBERED.matcher(name).matches()) {
      return Optional.of("\"" + name + "\" is a numbered seat, not a person's name");
    }
    if (ROLE_WORDS.holdsAny(name)) {
      return Optional.of("\"" + name + "\" describes a role, not a person");
    }
    return Optional.empty();
  }

  private static boolean startsWithDigit(String name) {
    return !name.isEmpty() && name.charAt(0) >= '0' && name.charAt(0) <= '9';
  }

  private static boolean holdsDigitOrHash(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '#' || (c >= '0' && c <= '9')) {
        return true;
      }
    }
    return false;
  }
}
