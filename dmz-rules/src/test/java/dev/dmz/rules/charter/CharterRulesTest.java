package dev.dmz.rules.charter;

import static dev.dmz.rules.ReadinessAssertions.assertAll;
import static dev.dmz.rules.ReadinessAssertions.assertOnly;
import static dev.dmz.rules.ReadyCharter.LEAD;
import static dev.dmz.rules.ReadyCharter.OEM;
import static dev.dmz.rules.ReadyCharter.START;
import static dev.dmz.rules.ReadyCharter.SUP_A;
import static dev.dmz.rules.ReadyCharter.SUP_B;
import static dev.dmz.rules.ReadyCharter.charter;
import static dev.dmz.rules.ReadyCharter.fullMandate;

import dev.dmz.core.charter.Authority;
import dev.dmz.core.charter.Decider;
import dev.dmz.core.charter.Escalation;
import dev.dmz.core.charter.Mandate;
import dev.dmz.core.charter.Norms;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.charter.ProgramLead;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PartyRole;
import dev.dmz.core.party.PersonId;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.ReadyCharter;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Charter rules")
class CharterRulesTest {

  @Nested
  @DisplayName("DMZ-CHARTER-PARENTS")
  class Parents {
    @Test
    @DisplayName("a charter without an OEM is not ready, and what the OEM signed no longer counts")
    void noOem() {
      ProgramCharter charter = charter().withParties(charter().parties().stream()
          .filter(p -> p.role() == PartyRole.SUPPLIER).collect(Collectors.toList()));
      assertAll(charter,
          "DMZ-CHARTER-PARENTS charter Ready program: The charter has no OEM parent.",
          "DMZ-IP-FRAMEWORK party oem: The IP framework holds a declaration by oem, which is not a parent.",
          "DMZ-RISK-POOL party oem: oem commits EUR 50000.00 to the risk pool but is not a parent.",
          "DMZ-RISK-POOL risk pool: Only one parent commits to the risk pool (sup-a).");
    }

    @Test
    @DisplayName("a charter without a supplier is not ready; its milestone and premium go to no supplier")
    void noSupplier() {
      ProgramCharter twoOems = charter().withParties(
          Party.of(OEM, "OEM AG", PartyRole.OEM),
          Party.of(SUP_A, "Supplier A as OEM", PartyRole.OEM),
          Party.of(SUP_B, "Supplier B as OEM", PartyRole.OEM));
      assertAll(twoOems,
          "DMZ-CHARTER-PARENTS charter Ready program: The charter has no supplier parent.",
          "DMZ-COMMERCIAL-OUTCOME milestone M1: Milestone M1 pays sup-a, which is not a supplier parent.",
          "DMZ-PREMIUM-BASIS engineer A-7: The premium rate for Lena Park names an engineer employed by sup-a,"
              + " which is not a supplier of the program.");
    }

    @Test
    @DisplayName("one id used by two parties is named once, with both parties")
    void duplicateId() {
      ProgramCharter charter = charter().withParties(
          Party.of(OEM, "OEM AG", PartyRole.OEM),
          Party.of(SUP_A, "Supplier A GmbH", PartyRole.SUPPLIER),
          Party.of(SUP_B, "Supplier B Srl", PartyRole.SUPPLIER),
          Party.of(SUP_A, "Supplier A Holding", PartyRole.SUPPLIER));
      assertOnly(DmzRuleId.CHARTER_PARENTS, charter,
          "party sup-a: The party id sup-a is used by 2 parties: Supplier A GmbH, Supplier A Holding.");
    }
  }

  @Nested
  @DisplayName("DMZ-LEAD-NEUTRAL")
  class LeadNeutral {
    @Test
    @DisplayName("the OEM's own program manager is not neutral")
    void oemProgramManager() {
      ProgramLead partisan = ProgramLead.of(LEAD.id(), "Karl Vogt", OEM);
      assertOnly(DmzRuleId.LEAD_NEUTRAL, charter().withLeads(partisan),
          "lead lead: The lead Karl Vogt is employed by OEM AG (oem), a parent of the program.");
    }

    @Test
    @DisplayName("no lead at all")
    void noLead() {
      assertOnly(DmzRuleId.LEAD_NEUTRAL, charter().withLeads(),
          "charter Ready program: The charter names no program lead.");
    }

    @Test
    @DisplayName("co-leads from two parents: one finding for the pair, one for each partisan lead")
    void coLeads() {
      ProgramLead a = ProgramLead.of(PersonId.of("co-a"), "Ana Ruiz", OEM);
      ProgramLead b = ProgramLead.of(PersonId.of("co-b"), "Ben Ode", SUP_A);
      ProgramCharter charter = charter().withLeads(a, b).withMandates(
          ReadyCharter.PARENTS.stream().flatMap(p -> java.util.stream.Stream.of(
              fullMandate(p).withLead(a.id()), fullMandate(p).withLead(b.id()))).collect(Collectors.toList()));
      assertOnly(DmzRuleId.LEAD_NEUTRAL, charter,
          "charter Ready program: The charter names 2 co-leads (Ana Ruiz, Ben Ode); a DMZ has one program lead.",
          "lead co-a: The lead Ana Ruiz is employed by OEM AG (oem), a parent of the program.",
          "lead co-b: The lead Ben Ode is employed by Supplier A GmbH (sup-a), a parent of the program.");
    }
  }

  @Nested
  @DisplayName("DMZ-LEAD-MANDATE")
  class LeadMandate {
    @Test
    @DisplayName("a mandate signed on the first day counts")
    void signedOnFirstDay() {
      assertOnly(DmzRuleId.LEAD_MANDATE, withMandateOf(SUP_B, fullMandate(SUP_B).withSignedOn(START)));
    }

    @Test
    @DisplayName("a mandate signed the day after the start does not")
    void signedDayAfter() {
      assertOnly(DmzRuleId.LEAD_MANDATE, withMandateOf(SUP_B, fullMandate(SUP_B).withSignedOn(START.plusDays(1))),
          "party sup-b: sup-b signed its mandate to Ines Duarte on 2027-03-02, after the program started on 2027-03-01.");
    }

    @Test
    @DisplayName("a parent that signed no mandate")
    void noMandate() {
      assertOnly(DmzRuleId.LEAD_MANDATE, charter().withMandates(fullMandate(OEM), fullMandate(SUP_A)),
          "party sup-b: sup-b has signed no mandate to the lead Ines Duarte.");
    }

    @Test
    @DisplayName("a mandate missing authorities names them")
    void missingAuthorities() {
      assertOnly(DmzRuleId.LEAD_MANDATE,
          withMandateOf(SUP_A, fullMandate(SUP_A).withAuthorities(Authority.STAFFING, Authority.NORMS)),
          "party sup-a: sup-a's mandate to Ines Duarte does not grant RISK_POOL, MILESTONES.");
    }

    @Test
    @DisplayName("authorities granted in two mandates add up; a late one adds nothing")
    void authoritiesAddUp() {
      Mandate staffing = fullMandate(SUP_A).withAuthorities(Authority.STAFFING, Authority.NORMS);
      Mandate rest = fullMandate(SUP_A).withAuthorities(Authority.RISK_POOL, Authority.MILESTONES);
      assertOnly(DmzRuleId.LEAD_MANDATE, charter().withMandates(fullMandate(OEM), staffing, rest, fullMandate(SUP_B)));
      assertOnly(DmzRuleId.LEAD_MANDATE, charter().withMandates(fullMandate(OEM), staffing,
              rest.withSignedOn(START.plusDays(1)), fullMandate(SUP_B)),
          "party sup-a: sup-a's mandate to Ines Duarte does not grant RISK_POOL, MILESTONES.");
    }

    @Test
    @DisplayName("a mandate to someone else, or by a non-parent, does not count")
    void wrongGrantee() {
      ProgramCharter charter = charter().withMandates(fullMandate(OEM), fullMandate(SUP_A),
          fullMandate(SUP_B).withLead(PersonId.of("someone-else")), fullMandate(PartyId.of("stranger")));
      assertOnly(DmzRuleId.LEAD_MANDATE, charter,
          "party sup-b: sup-b has signed no mandate to the lead Ines Duarte.");
    }

    private ProgramCharter withMandateOf(PartyId parent, Mandate mandate) {
      return charter().withMandates(charter().mandates().stream()
          .map(m -> m.grantor().equals(parent) ? mandate : m).collect(Collectors.toList()));
    }
  }

  @Nested
  @DisplayName("DMZ-NORMS")
  class NormsRules {
    @Test
    @DisplayName("no norms at all is one finding")
    void noNorms() {
      assertOnly(DmzRuleId.NORMS, charter().withNorms(java.util.Optional.empty()),
          "norms: The charter has no norms.");
    }

    @Test
    @DisplayName("each missing part is its own finding")
    void emptyNorms() {
      assertOnly(DmzRuleId.NORMS, charter().withNorms(Norms.builder().build()),
          "norms: The norms do not say how disputes are settled.",
          "norms: The norms escalate no matter to anyone.",
          "norms: The norms do not say how decisions binding several companies are made.");
    }

    @Test
    @DisplayName("a matter escalated to a stranger")
    void escalatedToStranger() {
      Norms norms = ReadyCharter.norms().withEscalations(
          Escalation.of("budget", Decider.allParents()),
          Escalation.of("safety", Decider.parent(PartyId.of("ghost"))),
          Escalation.of("ip", Decider.parent(SUP_B)));
      assertOnly(DmzRuleId.NORMS, charter().withNorms(norms),
          "norms: The matter \"safety\" is escalated to ghost, which is not a parent.");
    }
  }
}
