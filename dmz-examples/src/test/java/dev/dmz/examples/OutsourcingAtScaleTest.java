package dev.dmz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.party.PartyRole;
import dev.dmz.rules.Decision;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.decision.Readiness;
import dev.dmz.rules.decision.RuleId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Outsourcing at scale")
class OutsourcingAtScaleTest {
  private final ProgramCharter charter = OutsourcingAtScale.charter();
  private final Readiness readiness = RuleBook.standard().check(charter);

  @Test
  @DisplayName("two dozen suppliers, one OEM, and the OEM's program manager as lead")
  void theCharter() {
    assertEquals(24, charter.parties(PartyRole.SUPPLIER).size());
    assertEquals(24, charter.parentIds().size() - 1, "every supplier has an id of its own");
    assertEquals(OutsourcingAtScale.HALLBERG, charter.lead().orElseThrow().employer());
    assertEquals("Fernhill Harness GmbH", OutsourcingAtScale.SUPPLIERS.get(23).name());
  }

  @Test
  @DisplayName("every readiness finding is listed, each rule with all of its findings")
  void everyFinding() {
    assertFalse(readiness.isReady());
    assertEquals(List.of("DMZ-LEAD-NEUTRAL", "DMZ-IP-FRAMEWORK", "DMZ-COMMERCIAL-OUTCOME", "DMZ-COMMERCIAL-OUTCOME",
            "DMZ-REBASELINE-TRIGGERS", "DMZ-REBASELINE-TRIGGERS", "DMZ-RISK-POOL", "DMZ-NON-POACHING"),
        readiness.findings().stream().map(f -> f.ruleId().value()).collect(Collectors.toList()));
  }

  @Test
  @DisplayName("the first admission is refused: the walls do not stand")
  void firstAdmission() {
    Decision admission = OutsourcingAtScale.firstAdmission();
    assertFalse(admission.isAccepted());
    assertEquals(Set.of(DmzRuleId.WALLS_BEFORE_ENTRY.id()), admission.ruleIds());
    assertEquals(List.of(), admission.events());
  }

  @Test
  @DisplayName("the refusal names every rule the charter breaks")
  void refusalNamesTheRules() {
    String problem = OutsourcingAtScale.firstAdmission().findings().get(0).problem();
    for (RuleId rule : readiness.ruleIds()) {
      assertTrue(problem.contains(rule.value()), () -> problem + " does not name " + rule);
    }
  }

  @Test
  @DisplayName("tells every finding in plain words")
  void tells() {
    assertEquals(TALE, Printed.tale(new OutsourcingAtScale()));
  }

  private static final String TALE = """
      Hallberg Motors AG hands its infotainment platform to 24 suppliers, from Aldercrest Electronics GmbH
      to Fernhill Harness GmbH. Hallberg's own program manager, Petra Lindqvist, leads; every supplier's
      framework contract gives her a full mandate. The suppliers bill by the hour. Nobody signed an IP
      framework or a non-poaching agreement.

      Readiness: not ready. 8 findings, under 6 rules:
        DMZ-LEAD-NEUTRAL (lead hm-pm-7): The lead Petra Lindqvist is employed by Hallberg Motors AG
          (hallberg), a parent of the program.
          To put it right: Appoint a lead whom none of the parents employs, for example from a neutral
            firm.
        DMZ-IP-FRAMEWORK (wall IP_FRAMEWORK): The charter has no IP framework.
          To put it right: Every parent signs, before 2027-03-01, an IP framework that declares its
            background IP with carve-outs, who owns foreground IP, and the licence after the program.
        DMZ-COMMERCIAL-OUTCOME (wall COMMERCIAL_MODEL): The commercial model bills by the hour (time and
          materials).
          To put it right: Tie compensation to milestones and named premium rates instead of hours.
        DMZ-COMMERCIAL-OUTCOME (wall COMMERCIAL_MODEL): The commercial model has no milestone, so no
          payment is tied to an outcome.
          To put it right: Add milestones, each with a due date, a supplier to pay and an amount.
        DMZ-REBASELINE-TRIGGERS (wall COMMERCIAL_MODEL): The contract states no scope-expansion threshold.
          To put it right: State by how many percent the scope may grow before the arrangement re-opens.
        DMZ-REBASELINE-TRIGGERS (wall COMMERCIAL_MODEL): The contract states no milestone-slip threshold.
          To put it right: State by how many days a milestone may slip before the arrangement re-opens.
        DMZ-RISK-POOL (risk pool): The contract has no risk-sharing pool.
          To put it right: Set up a pool that at least two parents commit to, drawn on by the lead alone.
        DMZ-NON-POACHING (wall NON_POACHING): The charter has no non-poaching agreement.
          To put it right: Every parent signs a promise not to hire the others' named engineers during the
            program and a cooling-off period after it.

      The first admission
        Aldercrest Electronics GmbH has nominated Ines Kovac. May Petra Lindqvist admit her on 2027-03-01?
          No:
            DMZ-WALLS-BEFORE-ENTRY (charter Infotainment platform, model year 2029): Nobody enters before
              the walls stand: the charter has 8 readiness finding(s) under DMZ-LEAD-NEUTRAL,
              DMZ-IP-FRAMEWORK, DMZ-COMMERCIAL-OUTCOME, DMZ-REBASELINE-TRIGGERS, DMZ-RISK-POOL,
              DMZ-NON-POACHING.
              To put it right: Resolve every readiness finding of the charter first.
      """;
}
