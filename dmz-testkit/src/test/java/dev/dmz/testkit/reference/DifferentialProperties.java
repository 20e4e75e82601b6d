package dev.dmz.testkit.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.core.party.PartyId;
import dev.dmz.rules.Command;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Program;
import dev.dmz.rules.commercial.Settlement;
import dev.dmz.rules.commercial.SupplierStatement;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.testkit.program.ProgramGenerators;
import dev.dmz.testkit.property.Property;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Differential testing: the production {@link Program} and the plain {@link ReferenceModel}, written
 * independently from DOMAIN.md, must agree on every command of any generated sequence (accepted or
 * refused, and the rule ids behind a refusal) and, at the end, on what each supplier is owed for the
 * whole program and for each calendar month of it.
 *
 * <p>The disagreements it found on the way (issue 4, item 2), and which side was wrong:
 * <ol>
 *   <li>A vacancy filled with someone not in the pool: production refuses by {@code DMZ-LEAD-ADMITS}
 *       only, the first model by {@code DMZ-REPLACEMENT-VETO} only. Both were wrong: DOMAIN.md names the
 *       pool in both rules, and a fill admits the candidate. <b>Production bug 1</b>, fixed (the missing
 *       {@code DMZ-REPLACEMENT-VETO}), kept in {@link ProductionBugsTest}; the model now reports both.</li>
 *   <li>A vacancy filled on a day outside the program: production {@code DMZ-LEAD-ADMITS}, the model
 *       {@code DMZ-REPLACEMENT-VETO}. The model was wrong: LeadAdmitsRule's javadoc puts an admission's
 *       date there, and a fill admits.</li>
 *   <li>A substitution attempt by someone other than the engineer's employer (another parent, the lead,
 *       a stranger) cancelled the premium in the model, not in production. The model was wrong:
 *       SubstituteEngineer is a parent's attempt to swap one of its own engineers.</li>
 *   <li>A substitution attempt dated before the latest accepted command (refused by {@code
 *       DMZ-CHRONOLOGY}) cancelled the premium back to its date in the model, nothing in production. The
 *       model now follows production (ChronologyRule's javadoc: the history keeps the premium days in
 *       date order); Premiums' javadoc does not say it.</li>
 *   <li>The employer's substitution attempt of a premium-rated engineer not admitted yet (a candidate,
 *       or not even nominated): production keeps the premium. <b>Production bug 2</b>, fixed: DOMAIN.md's
 *       {@code DMZ-PREMIUM-CONDITIONAL} and Premiums' javadoc cancel it from the attempt's day.</li>
 *   <li>A draw on the pool dated outside the program: production refuses it ({@code
 *       DMZ-RISK-POOL-DRAW}), the model accepted it. The model now follows production; neither DOMAIN.md
 *       nor RiskPoolDrawRule's javadoc states this choice.</li>
 * </ol>
 * Production's two bugs are fixed; {@link ProductionBugsTest} keeps their counterexamples.
 */
@DisplayName("Differential: the program and the reference model agree")
class DifferentialProperties {

  @Test
  @DisplayName("same decisions, same rule ids, same settlements")
  void programAndModelAgree() {
    Property.forAll(ProgramGenerators.commandSequences()).check(sequence -> {
      compare(sequence.charter(), sequence.commands());
    });
  }

  /**
   * Runs the commands through both and fails on the first disagreement.
   *
   * @param charter the charter
   * @param commands the commands
   */
  static void compare(dev.dmz.core.charter.ProgramCharter charter, List<Command> commands) {
    Program program = Program.start(charter);
    ReferenceModel model = new ReferenceModel(charter);
    int n = 0;
    for (Command command : commands) {
      n++;
      program = program.apply(command);
      Decision decision = program.lastDecision().orElseThrow();
      ReferenceModel.Outcome expected = model.apply(command);
      Set<String> expectedIds = expected.ruleIds();
      String where = "command " + n + ": " + command + "; production says " + decision;
      assertEquals(expectedIds.isEmpty(), decision.isAccepted(), "accepted? " + where);
      assertEquals(expectedIds, ruleIds(decision), "rule ids of " + where);
    }
    for (LocalDate[] period : periods(charter.period().start(), charter.period().end())) {
      assertEquals(model.owed(period[0], period[1]), owed(program, period[0], period[1]),
          "owed from " + period[0] + " to " + period[1]);
    }
  }

  /** The whole program, then each calendar month of it. */
  static List<LocalDate[]> periods(LocalDate start, LocalDate end) {
    List<LocalDate[]> periods = new ArrayList<>();
    periods.add(new LocalDate[] {start, end});
    for (YearMonth month = YearMonth.from(start); !month.atDay(1).isAfter(end); month = month.plusMonths(1)) {
      periods.add(new LocalDate[] {month.atDay(1), month.atEndOfMonth()});
    }
    return periods;
  }

  static Set<String> ruleIds(Decision decision) {
    Set<String> ids = new TreeSet<>();
    for (RuleId id : decision.ruleIds()) {
      ids.add(id.value());
    }
    return ids;
  }

  static Map<PartyId, Money> owed(Program program, LocalDate from, LocalDate to) {
    Map<PartyId, Money> owed = new LinkedHashMap<>();
    for (SupplierStatement statement : Settlement.owed(program.state(), from, to).statements()) {
      owed.put(statement.supplier(), statement.total());
    }
    return owed;
  }
}
