package dev.dmz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.Decision;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.decision.Readiness;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A joint venture with co-leads and an equity stake")
class JointVentureTest {
  private final ProgramCharter charter = JointVenture.charter();

  @Test
  @DisplayName("neutrality is refused: the co-leads, and each lead's employer")
  void neutralityRefused() {
    Readiness readiness = RuleBook.standard().check(charter);
    assertFalse(readiness.isReady());
    assertEquals(Set.of(DmzRuleId.LEAD_NEUTRAL.id()), readiness.ruleIds(), readiness::toString);
    assertEquals(List.of("charter Battery management, platform 2028", "lead nw-lead", "lead vs-lead"),
        readiness.findings().stream().map(f -> f.subject().toString()).collect(Collectors.toList()));
  }

  @Test
  @DisplayName("the equity stake is accepted: with one neutral lead the charter is ready, stake and all")
  void equityAccepted() {
    ProgramCharter neutral = JointVenture.withNeutralLead();
    assertEquals(JointVenture.STAKE, neutral.equity().orElseThrow());
    assertTrue(RuleBook.standard().check(neutral).isReady(), () -> RuleBook.standard().check(neutral).toString());
  }

  @Test
  @DisplayName("a co-lead cannot admit: the walls do not stand, and a co-lead is not the lead")
  void coLeadCannotAdmit() {
    Decision admission = JointVenture.coLeadAdmits();
    assertFalse(admission.isAccepted());
    assertEquals(Set.of(DmzRuleId.WALLS_BEFORE_ENTRY.id(), DmzRuleId.LEAD_ADMITS.id()), admission.ruleIds());
  }

  @Test
  @DisplayName("tells it in plain words")
  void tells() {
    assertEquals(TALE, Printed.tale(new JointVenture()));
  }

  private static final String TALE = """
      Nordwerk and Voltaic run the battery program as a joint venture instead. Each sends a co-lead, both
      mandated by both parents, and Nordwerk takes a stake in Voltaic. Everything else is the battery
      program's charter.

        Co-lead        Employed by
        -------------  ----------------------
        Anke Hollmann  Nordwerk Automotive AG
        Ravi Menon     Voltaic Systems GmbH

        Holder                  Holds a stake in      Percent
        ----------------------  --------------------  -------
        Nordwerk Automotive AG  Voltaic Systems GmbH      25%

      Readiness: not ready. 3 findings, under 1 rule:
        DMZ-LEAD-NEUTRAL (charter Battery management, platform 2028): The charter names 2 co-leads (Anke
          Hollmann, Ravi Menon); a DMZ has one program lead.
          To put it right: Name a single lead whom every parent mandates.
        DMZ-LEAD-NEUTRAL (lead nw-lead): The lead Anke Hollmann is employed by Nordwerk Automotive AG
          (nordwerk), a parent of the program.
          To put it right: Appoint a lead whom none of the parents employs, for example from a neutral
            firm.
        DMZ-LEAD-NEUTRAL (lead vs-lead): The lead Ravi Menon is employed by Voltaic Systems GmbH
          (voltaic), a parent of the program.
          To put it right: Appoint a lead whom none of the parents employs, for example from a neutral
            firm.

      Can a co-lead admit an engineer?
        Nordwerk has nominated Tobias Reiner. May Anke Hollmann admit him on 2027-02-01?
          No:
            DMZ-WALLS-BEFORE-ENTRY (charter Battery management, platform 2028): Nobody enters before the
              walls stand: the charter has 3 readiness finding(s) under DMZ-LEAD-NEUTRAL.
              To put it right: Resolve every readiness finding of the charter first.
            DMZ-LEAD-ADMITS (lead nw-lead): Only the program lead admits engineers; the lead nw-lead is
              not the lead.
              To put it right: Name a program lead in the charter first.

      The equity stake is not the problem
      The same charter with one neutral lead, Mira Okafor, and Nordwerk's stake in Voltaic kept:
      Readiness: ready. Every rule of the charter holds; engineers may enter.
      No rule asks for shared equity and none refuses it: a DMZ may record a stake.
      """;
}
