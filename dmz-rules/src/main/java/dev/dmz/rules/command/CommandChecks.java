package dev.dmz.rules.command;

import dev.dmz.core.charter.ProgramPeriod;
import dev.dmz.rules.Command;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.decision.SubjectKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks many command rules share: who may issue a command, and whether its date lies in its
 * {@link Window}. Each returns the finding of the calling rule, or nothing.
 */
public final class CommandChecks {
  private CommandChecks() {}

  /**
   * A rule's findings with one more, if there is one. A rule starts from {@code List.of()} and makes
   * a list at its first finding: most commands are fine, and a rule that allocates nothing for them
   * costs nothing the compiler has to remove.
   *
   * @param findings the findings so far: {@code List.of()}, or a list this method made
   * @param finding the next finding, if any
   * @return the findings, with it
   */
  public static List<Finding> withFinding(List<Finding> findings, Optional<Finding> finding) {
    return finding.isEmpty() ? findings : withFinding(findings, finding.orElseThrow());
  }

  /**
   * A rule's findings with one more (see {@link #withFinding(List, Optional)}).
   *
   * @param findings the findings so far: {@code List.of()}, or a list this method made
   * @param finding the next finding
   * @return the findings, with it
   */
  public static List<Finding> withFinding(List<Finding> findings, Finding finding) {
    List<Finding> more = findings.isEmpty() ? new ArrayList<>(2) : findings;
    more.add(finding);
    return more;
  }

  /**
   * Only the program lead may do this.
   *
   * @param rule the rule that demands it
   * @param state the state
   * @param command the command
   * @param doing what the command does, for example "admits engineers"
   * @return a finding when the actor is not the lead
   */
  public static Optional<Finding> onlyLead(DmzRuleId rule, ProgramState state, Command command, String doing) {
    if (state.isLead(command.actor())) {
      return Optional.empty();
    }
    return Optional.of(rule.error(actor(command),
        "Only the program lead " + doing + "; " + command.actor() + " is not the lead.",
        state.lead().map(l -> "Ask the lead, " + l.name() + ", to do it.")
            .orElse("Name a program lead in the charter first.")));
  }

  /**
   * Only a parent of the program may do this.
   *
   * @param rule the rule that demands it
   * @param state the state
   * @param command the command
   * @param doing what the command does
   * @return a finding when the actor is not a parent
   */
  public static Optional<Finding> onlyParent(DmzRuleId rule, ProgramState state, Command command, String doing) {
    if (state.parentOf(command.actor()).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(rule.error(actor(command),
        "Only a parent of the program " + doing + "; " + command.actor() + " is not one.",
        "Have a parent that signed the charter do it."));
  }

  /**
   * Only the lead or a parent may do this.
   *
   * @param rule the rule that demands it
   * @param state the state
   * @param command the command
   * @param doing what the command does
   * @return a finding when the actor is neither
   */
  public static Optional<Finding> leadOrParent(DmzRuleId rule, ProgramState state, Command command,
      String doing) {
    if (state.isLead(command.actor()) || state.parentOf(command.actor()).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(rule.error(actor(command),
        "Only the lead or a parent " + doing + "; " + command.actor() + " is neither.",
        "Have the lead or a parent that signed the charter do it."));
  }

  /**
   * The command's date must lie in the window of its kind.
   *
   * @param window the window
   * @param rule the rule that demands it: the rule the command concerns
   * @param state the state
   * @param command the command
   * @param what what happens on that date, for example "An admission"
   * @return a finding naming the window when the date lies outside it
   */
  public static Optional<Finding> within(Window window, DmzRuleId rule, ProgramState state, Command command,
      String what) {
    ProgramPeriod period = state.charter().period();
    if (window.contains(period, command.date())) {
      return Optional.empty();
    }
    return Optional.of(rule.error(Subject.charter(state.charter().name()),
        what + " on " + command.date() + " lies outside its window, " + window.describe(period) + ".",
        "Date it " + window.remedy(period) + "."));
  }

  /**
   * The actor of a command as a finding's subject.
   *
   * @param command the command
   * @return the subject
   */
  public static Subject actor(Command command) {
    switch (command.actor().kind()) {
      case LEAD:
        return Subject.of(SubjectKind.LEAD, command.actor().id());
      case PARENT:
        return Subject.of(SubjectKind.PARTY, command.actor().id());
      default:
        return Subject.of(SubjectKind.OTHER, command.actor().id());
    }
  }
}
