package dev.dmz.json;

import dev.dmz.core.value.Text;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Event;
import dev.dmz.rules.decision.Finding;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a recorded decision is not the one the rule book takes on the same command: the first thing that
 * differs, said so that a reader of the log sees which line could not have happened and by which rule.
 */
final class Recheck {
  /**
   * What a line the rule book decides otherwise is. Its hash held, so it was written so: by someone
   * who forged it with its chain, or under other rules (an earlier dmz whose rules differed, or an
   * embedding system's own).
   */
  static final String IMPOSSIBLE = ": this line could not have happened under the rules of this dmz (a record "
      + "decided by an earlier dmz, or by other rules, reads so too)";

  private Recheck() {}

  /**
   * What differs, at which field of the line.
   *
   * @param path the JSON path of the field that differs
   * @param text what differs, naming the rule
   */
  record Mismatch(String path, String text) {}

  /**
   * Checks that a recorded decision is the one the rule book took on the same command and state.
   *
   * @param recorded the decision as the log records it
   * @param decided the decision the rule book takes on the same command and state
   * @param source the log, for the message
   * @param number the line's number, for the message
   * @throws DocumentException at the line and the field that differs first, naming the rule, if the
   *     two differ
   */
  static void require(Decision recorded, Decision decided, String source, int number) {
    if (!decided.equals(recorded)) {
      Mismatch mismatch = mismatch(recorded, decided);
      throw new DocumentException(source, number, 1, mismatch.path(), mismatch.text());
    }
  }

  /**
   * The first difference between a recorded decision and the one the rule book took.
   *
   * @param recorded the decision as the log records it
   * @param decided the decision the rule book takes on the same command and state
   * @return the difference
   */
  private static Mismatch mismatch(Decision recorded, Decision decided) {
    if (recorded.isAccepted() && !decided.isAccepted()) {
      return new Mismatch("$.accepted", "records the command as accepted, but the rule book refuses it: "
          + reasons(decided.findings()) + IMPOSSIBLE);
    }
    if (!recorded.isAccepted() && decided.isAccepted()) {
      return new Mismatch("$.accepted", "records the command as refused by " + ids(recorded.findings())
          + ", but the rule book accepts it" + IMPOSSIBLE);
    }
    if (!recorded.events().equals(decided.events())) {
      return events(recorded.events(), decided.events());
    }
    return findings(recorded.findings(), decided.findings(), recorded.isAccepted());
  }

  private static Mismatch events(List<Event> recorded, List<Event> decided) {
    for (int i = 0; i < Math.min(recorded.size(), decided.size()); i++) {
      if (!recorded.get(i).equals(decided.get(i))) {
        return new Mismatch("$.events[" + i + "]", "is " + shown(recorded.get(i)) + ", but the command produces "
            + shown(decided.get(i)) + " under the rule book" + IMPOSSIBLE);
      }
    }
    return new Mismatch("$.events", "records " + recorded.size() + " event(s), but the command produces "
        + decided.size() + " under the rule book (" + shown(decided) + ")" + IMPOSSIBLE);
  }

  private static Mismatch findings(List<Finding> recorded, List<Finding> decided, boolean accepted) {
    String what = accepted ? "warnings" : "reasons";
    if (!ids(recorded).equals(ids(decided))) {
      return new Mismatch("$.findings", "records " + what + " of " + ids(recorded) + ", but the rule book gives "
          + (decided.isEmpty() ? "none" : reasons(decided)));
    }
    for (int i = 0; i < Math.min(recorded.size(), decided.size()); i++) {
      if (!recorded.get(i).equals(decided.get(i))) {
        return new Mismatch("$.findings[" + i + "]", "is " + shown(recorded.get(i)) + ", but "
            + decided.get(i).ruleId() + " says " + shown(decided.get(i)));
      }
    }
    return new Mismatch("$.findings", "records " + recorded.size() + " finding(s), but the rule book gives "
        + decided.size() + ": " + reasons(decided));
  }

  private static String ids(List<Finding> findings) {
    return findings.stream().map(f -> f.ruleId().value()).distinct().collect(Collectors.joining(", ", "[", "]"));
  }

  private static String reasons(List<Finding> findings) {
    return shown(findings.stream().map(f -> f.ruleId() + " (" + f.problem() + ")").collect(Collectors.joining("; ")));
  }

  /** A recorded or decided value on one line, escaped and cut as a whole line is. */
  private static String shown(Object value) {
    return Text.line(String.valueOf(value));
  }
}
