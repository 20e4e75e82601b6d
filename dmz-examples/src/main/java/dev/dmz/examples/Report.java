package dev.dmz.examples;

import dev.dmz.core.value.Amounts;
import dev.dmz.rules.Decision;
import dev.dmz.rules.decision.Answer;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.Readiness;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import org.joda.money.Money;

/**
 * Prints a scenario as a report a person reads: headings, short paragraphs wrapped to a terminal's
 * width, aligned tables, findings and answers in the rules' own plain words. Amounts print with their
 * currency ({@code EUR 250,000.00}), independent of the machine's locale.
 */
final class Report {
  static final String INDENT = "  ";
  private static final int WIDTH = 100;

  private final PrintStream out;

  private Report(PrintStream out) {
    this.out = Objects.requireNonNull(out, "out is null");
  }

  static Report to(PrintStream out) {
    return new Report(out);
  }

  static String money(Money amount) {
    return Amounts.grouped(amount);
  }

  /** A heading, underlined with the given character. */
  void heading(String text, char underline) {
    out.println(text);
    out.println(String.valueOf(underline).repeat(text.length()));
  }

  /** A blank line, then the title of a part of the scenario. */
  void section(String title) {
    out.println();
    out.println(title);
  }

  /** A paragraph, wrapped. */
  void say(String paragraph) {
    out.print(wrap(paragraph, "", ""));
  }

  /** An indented line, wrapped. */
  void note(String text) {
    out.print(wrap(text, INDENT, INDENT + INDENT));
  }

  void blank() {
    out.println();
  }

  void table(TextTable table) {
    out.print(table.render(INDENT));
  }

  /** Text rendered elsewhere (a charter page), printed as it is. */
  void verbatim(String text) {
    out.print(text);
  }

  /** Every finding: the rule, what it is about, what is wrong, and what would make it right. */
  void findings(List<Finding> findings) {
    findings.forEach(f -> finding(f, INDENT));
  }

  /** Whether a charter is ready, and if not, every finding. */
  void readiness(Readiness readiness) {
    if (readiness.isReady()) {
      say("Readiness: ready. Every rule of the charter holds; engineers may enter.");
    } else {
      int count = readiness.findings().size();
      say("Readiness: not ready. " + count + (count == 1 ? " finding, under " : " findings, under ")
          + readiness.ruleIds().size() + (readiness.ruleIds().size() == 1 ? " rule:" : " rules:"));
      findings(readiness.findings());
    }
  }

  /** A question asked of the program ("may this go through?") and its decision. */
  void ask(String question, Decision decision) {
    note(question);
    if (decision.isAccepted()) {
      out.print(wrap("Yes.", INDENT + INDENT, INDENT + INDENT));
    } else {
      out.print(wrap("No:", INDENT + INDENT, INDENT + INDENT));
      decision.findings().forEach(f -> finding(f, INDENT + INDENT + INDENT));
    }
  }

  /** A yes-or-no question and the library's answer, with its rule and reason. */
  void ask(String question, Answer answer) {
    note(question);
    out.print(wrap((answer.isYes() ? "Yes" : "No") + " (" + answer.ruleId() + "): " + answer.reason(),
        INDENT + INDENT, INDENT + INDENT + INDENT));
  }

  private void finding(Finding finding, String indent) {
    out.print(wrap(finding.ruleId() + " (" + finding.subject() + "): " + finding.problem(),
        indent, indent + INDENT));
    out.print(wrap("To put it right: " + finding.remedy(), indent + INDENT, indent + INDENT + INDENT));
  }

  /** Words wrapped at {@link #WIDTH} columns; the first line and the others indented as given. */
  static String wrap(String text, String first, String next) {
    StringBuilder wrapped = new StringBuilder();
    StringBuilder line = new StringBuilder(first);
    boolean lineHasWord = false;
    for (String word : text.strip().split(" +")) {
      if (lineHasWord && line.length() + 1 + word.length() > WIDTH) {
        wrapped.append(line).append(System.lineSeparator());
        line = new StringBuilder(next);
        lineHasWord = false;
      }
      line.append(lineHasWord ? " " : "").append(word);
      lineHasWord = true;
    }
    return wrapped.append(line).append(System.lineSeparator()).toString();
  }
}
