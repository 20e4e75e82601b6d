package dev.dmz.testkit.example;

// tag::custom-rule-test[]
import static dev.dmz.testkit.program.SampleProgram.LEAD;
import static dev.dmz.testkit.program.SampleProgram.LENA;
import static dev.dmz.testkit.program.SampleProgram.OMAR;
import static dev.dmz.testkit.program.SampleProgram.SUP_A;
import static dev.dmz.testkit.program.SampleProgram.day;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PartyRole;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import dev.dmz.rules.CommandRule;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.FillVacancy;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import dev.dmz.rules.staffing.StaffingEvent.Admitted;
import dev.dmz.rules.staffing.VacancyId;
import dev.dmz.testkit.program.Invariants;
import dev.dmz.testkit.program.ProgramFixture;
import dev.dmz.testkit.program.ProgramGenerators;
import dev.dmz.testkit.program.SampleProgram;
import dev.dmz.testkit.property.Property;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ACME's own rule: a supplier has at most three engineers on the program at once. */
class TeamCapRuleTest {
  static final RuleId MAX_3 = RuleId.of("ACME-MAX-3");
  static final CommandRule AT_MOST_THREE = CommandRule.of(MAX_3, TeamCapRuleTest::atMostThree);
  static final RuleBook ACME = RuleBook.standard().withCommandRule(AT_MOST_THREE);

  /** When a supplier's engineer enters (admitted, or filling a vacancy), the supplier's team has room. */
  static List<Finding> atMostThree(ProgramState state, Command command) {
    Optional<EngineerId> entering = command instanceof Admit ? Optional.of(((Admit) command).engineer())
        : command instanceof FillVacancy ? Optional.of(((FillVacancy) command).engineer()) : Optional.empty();
    Optional<NamedEngineer> candidate = entering.flatMap(id -> state.staffing().candidates().get(id).toJavaOptional());
    Optional<PartyId> supplier = candidate.map(NamedEngineer::employer)
        .filter(employer -> state.charter().party(employer).map(Party::role).orElse(null) == PartyRole.SUPPLIER);
    if (supplier.isEmpty()) {
      return List.of(); // not an entry, or not a supplier's engineer: not this rule's business
    }
    long team = state.staffing().roster().values().count(e -> e.employer().equals(supplier.get()));
    return team < 3 ? List.of() : List.of(Finding.error(MAX_3, Subject.party(supplier.get()),
        supplier.get() + " already has " + team + " engineers on the program.",
        "Let one of them leave before " + candidate.get().name() + " enters."));
  }

  static final NamedEngineer ADA = NamedEngineer.of(EngineerId.of("A-1"), "Ada Ito", SUP_A);
  static final NamedEngineer BEN = NamedEngineer.of(EngineerId.of("A-2"), "Ben Okoro", SUP_A);
  static final Actor SUPPLIER_A = Actor.parent(SUP_A);

  /** Supplier A has nominated four engineers, and the lead has admitted three. */
  static ProgramFixture threeOnTheProgram() {
    return ProgramFixture.given(SampleProgram.charter(), ACME)
        .and(Nominate.of(SUPPLIER_A, LENA, day(0)), Nominate.of(SUPPLIER_A, OMAR, day(0)),
            Nominate.of(SUPPLIER_A, ADA, day(0)), Nominate.of(SUPPLIER_A, BEN, day(0)))
        .and(Admit.of(LEAD, LENA.id(), day(1)), Admit.of(LEAD, OMAR.id(), day(1)), Admit.of(LEAD, ADA.id(), day(1)));
  }

  @Test
  void aFourthEngineerOfOneSupplierIsRefused() {
    threeOnTheProgram()
        .when(Admit.of(LEAD, BEN.id(), day(2)))
        .thenRefusedBy(MAX_3)
        .thenProblems("sup-a already has 3 engineers on the program.")
        .thenStateUnchanged();
  }

  @Test
  void aSeatThatIsFreedCanBeFilled() {
    threeOnTheProgram()
        .and(RecordDeparture.of(LEAD, OMAR.id(), DepartureReason.RESIGNATION, day(5)))
        .when(FillVacancy.of(LEAD, VacancyId.number(1), BEN.id(), day(6)))
        .thenAccepted(Admitted.of(BEN.id(), Optional.of(VacancyId.number(1)), day(6)));
  }

  @Test
  void keepsEveryInvariantAndTheCap() {
    Property.forAll(ProgramGenerators.commandSequences(SampleProgram.charter(), ACME))
        .check(sequence -> sequence.walk((before, command, after) -> {
          Invariants.checkAll(before, command, after);
          for (Party supplier : after.state().charter().parties(PartyRole.SUPPLIER)) {
            long team = after.state().staffing().roster().values().count(e -> e.employer().equals(supplier.id()));
            assertTrue(team <= 3, () -> supplier.id() + " has " + team + " engineers after " + command);
          }
        }));
  }
}
// end::custom-rule-test[]
