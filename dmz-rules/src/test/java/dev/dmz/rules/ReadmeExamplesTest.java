package dev.dmz.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.HeadcountLine;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.commercial.Settlement;
import dev.dmz.rules.decision.Readiness;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rule-book snippets README.md shows, compiled and checked here. */
@DisplayName("README: the rule book at work")
class ReadmeExamplesTest {

  @Test
  @DisplayName("is this charter ready, and what is missing?")
  void readiness() {
    ProgramCharter charter = ReadyCharter.charter().withNorms(Optional.empty());
    // tag::readiness[]
    Readiness readiness = RuleBook.standard().check(charter);
    if (!readiness.isReady()) {
      readiness.findings().forEach(finding -> System.out.println(finding));
      // DMZ-NORMS norms: The charter has no norms. State how disputes are settled, ...
    }
    // end::readiness[]
    assertFalse(readiness.isReady());
    assertEquals(List.of(DmzRuleId.NORMS.id()), List.copyOf(readiness.ruleIds()));
  }

  @Test
  @DisplayName("apply commands: accepted, or refused and why")
  void commands() {
    ProgramCharter charter = ReadyCharter.charter();
    Actor lead = Actor.lead(ReadyCharter.LEAD.id());
    PartyId supA = ReadyCharter.SUP_A;
    // tag::commands[]
    Actor supplier = Actor.parent(supA);
    NamedEngineer lena = NamedEngineer.of(EngineerId.of("A-7"), "Lena Park", supA);
    Program program = Program.start(charter).apply(Nominate.of(supplier, lena, LocalDate.of(2027, 2, 20)));

    // May this go through? Decide without applying:
    Decision offer = program.decide(
        Nominate.of(supplier, HeadcountLine.of(5, "Java developer", supA), LocalDate.of(2027, 2, 20)));
    offer.isAccepted();   // false: DMZ-NAMED-ENTRY, "5 x Java developer" is a headcount line, not a named person

    // Apply: the program keeps its history, refusals included.
    program = program.apply(Admit.of(lead, lena.id(), LocalDate.of(2027, 3, 1)));
    program.lastDecision().orElseThrow().isAccepted();   // true: Admitted A-7 on 2027-03-01
    Program replayed = Program.replay(charter, program.history());   // an equal state, from events alone
    // end::commands[]
    assertFalse(offer.isAccepted());
    assertEquals(List.of(DmzRuleId.NAMED_ENTRY.id()), List.copyOf(offer.ruleIds()));
    assertEquals(program.state(), replayed.state());
    assertTrue(program.state().staffing().isActive(lena.id()));
  }

  @Test
  @DisplayName("what do we owe each supplier for March?")
  void settlement() {
    Program program = Program.start(ReadyCharter.charter())
        .apply(Nominate.of(Cast.SUP_A, Cast.LENA, LocalDate.of(2027, 2, 20)))
        .apply(Admit.of(Cast.LEAD, Cast.LENA.id(), LocalDate.of(2027, 3, 1)));
    // tag::settlement[]
    Settlement march = Settlement.owed(program.state(), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31));
    march.statements().forEach(s -> System.out.println(s.supplier() + " is owed " + s.total()));
    // sup-a is owed EUR 3100.00   (Lena Park's premium, a full month)
    // sup-b is owed EUR 0.00
    // end::settlement[]
    assertEquals(ReadyCharter.eur(3_100), march.statement(ReadyCharter.SUP_A).orElseThrow().total());
  }
}
