package dev.dmz.rules.staffing;

import static dev.dmz.rules.Cast.KIRA;
import static dev.dmz.rules.Cast.LEAD;
import static dev.dmz.rules.Cast.LENA;
import static dev.dmz.rules.Cast.OMAR;
import static dev.dmz.rules.Cast.SUP_A;
import static dev.dmz.rules.Cast.SUP_B;
import static dev.dmz.rules.Cast.day;
import static dev.dmz.rules.ProgramFixture.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.party.PersonId;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.HeadcountLine;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.core.staffing.PlaceholderLine;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Cast;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.ProgramFixture;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.ReadyCharter;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.CloseVacancy;
import dev.dmz.rules.staffing.StaffingCommand.FillVacancy;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import dev.dmz.rules.staffing.StaffingCommand.SubstituteEngineer;
import dev.dmz.rules.staffing.StaffingEvent.Admitted;
import dev.dmz.rules.staffing.StaffingEvent.Departed;
import dev.dmz.rules.staffing.StaffingEvent.Nominated;
import dev.dmz.rules.staffing.StaffingEvent.VacancyClosed;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Staffing: nomination, admission, departure, vacancies")
class StaffingLifecycleTest {
  static final ProgramCharter CHARTER = ReadyCharter.charter();
  static final VacancyId V1 = VacancyId.of("V1");

  static Nominate nominate(NamedEngineer engineer, LocalDate day) {
    return Nominate.of(Actor.parent(engineer.employer()), engineer, day);
  }

  static ProgramFixture lenaOnBoard() {
    return given(CHARTER, nominate(LENA, day(-5)), Admit.of(LEAD, LENA.id(), day(0)));
  }

  @Nested
  @DisplayName("DMZ-NAMED-ENTRY")
  class NamedEntry {
    @Test
    @DisplayName("the star of a warm-body offer enters the pool; each unnamed line is refused with its reason")
    void warmBodyOffer() {
      given(CHARTER).when(Nominate.of(SUP_A, LENA, day(-5)))
          .thenAccepted(Nominated.of(LENA, ReadyCharter.SUP_A, day(-5)));
      given(CHARTER).when(Nominate.of(SUP_A, HeadcountLine.of(5, "Java developer", ReadyCharter.SUP_A), day(-5)))
          .thenRefused(DmzRuleId.NAMED_ENTRY).thenStateUnchanged()
          .thenProblems("Only identified persons enter the DMZ: \"5 x Java developer\" is a headcount line,"
              + " not a named person.");
      given(CHARTER).when(Nominate.of(SUP_A, PlaceholderLine.of("N.N.", ReadyCharter.SUP_A), day(-5)))
          .thenRefused(DmzRuleId.NAMED_ENTRY).thenStateUnchanged()
          .thenProblems("Only identified persons enter the DMZ: \"N.N.\" names nobody.");
      given(CHARTER).when(Nominate.of(SUP_A, PlaceholderLine.of(" ", ReadyCharter.SUP_A), day(-5)))
          .thenRefused(DmzRuleId.NAMED_ENTRY)
          .thenProblems("Only identified persons enter the DMZ: the line names nobody: its name is blank.");
      given(CHARTER).when(Nominate.of(SUP_A,
              NamedEngineer.of(EngineerId.of("A-9"), "Senior Developer #3", ReadyCharter.SUP_A), day(-5)))
          .thenRefused(DmzRuleId.NAMED_ENTRY)
          .thenProblems("Only identified persons enter the DMZ: \"Senior Developer #3\" is a numbered seat,"
              + " not a person's name.");
    }
  }

  @Nested
  @DisplayName("DMZ-LEAD-ADMITS")
  class LeadAdmits {
    @Test
    @DisplayName("a parent nominates only its own employees")
    void ownEmployeesOnly() {
      given(CHARTER).when(Nominate.of(SUP_B, LENA, day(-5)))
          .thenRefused(DmzRuleId.LEAD_ADMITS).thenStateUnchanged()
          .thenProblems("sup-b nominates Lena Park, an employee of sup-a; a parent nominates only its own employees.");
    }

    @Test
    @DisplayName("someone who is not a parent cannot nominate")
    void strangerNominates() {
      given(CHARTER).when(Nominate.of(Actor.other("body-shop"), LENA, day(-5)))
          .thenRefused(DmzRuleId.LEAD_ADMITS)
          .thenProblems("Only a parent of the program nominates candidates; body-shop is not one.");
    }

    @Test
    @DisplayName("only the lead admits, and only from the pool")
    void onlyLeadFromPool() {
      given(CHARTER, nominate(LENA, day(-5))).when(Admit.of(SUP_A, LENA.id(), day(0)))
          .thenRefused(DmzRuleId.LEAD_ADMITS).thenStateUnchanged()
          .thenProblems("Only the program lead admits engineers; the parent sup-a is not the lead.");
      given(CHARTER).when(Admit.of(LEAD, OMAR.id(), day(0)))
          .thenRefused(DmzRuleId.LEAD_ADMITS).thenProblems("A-8 is not in the candidate pool.");
    }

    @Test
    @DisplayName("a lead id that is not the charter's lead is not trusted")
    void impostor() {
      given(CHARTER, nominate(LENA, day(-5)))
          .when(Admit.of(Actor.lead(PersonId.of("impostor")), LENA.id(), day(0)))
          .thenRefused(DmzRuleId.LEAD_ADMITS);
    }

    @Test
    @DisplayName("admission on the first and last day is fine; the day before and after is not")
    void admissionDates() {
      given(CHARTER, nominate(LENA, day(-5))).when(Admit.of(LEAD, LENA.id(), Cast.START))
          .thenAccepted(Admitted.of(LENA.id(), Optional.empty(), Cast.START));
      given(CHARTER, nominate(LENA, day(-5))).when(Admit.of(LEAD, LENA.id(), Cast.END))
          .thenAccepted(Admitted.of(LENA.id(), Optional.empty(), Cast.END));
      given(CHARTER, nominate(LENA, day(-5))).when(Admit.of(LEAD, LENA.id(), day(-1)))
          .thenRefused(DmzRuleId.LEAD_ADMITS)
          .thenProblems("An admission on 2027-02-28 lies outside its window, the program period, 2027-03-01 to 2027-12-31.");
      given(CHARTER, nominate(LENA, day(-5))).when(Admit.of(LEAD, LENA.id(), Cast.END.plusDays(1)))
          .thenRefused(DmzRuleId.LEAD_ADMITS);
    }

    @Test
    @DisplayName("the same engineer twice: in the pool, then on the program")
    void sameEngineerTwice() {
      given(CHARTER, nominate(LENA, day(-5))).when(nominate(LENA, day(-4)))
          .thenRefused(DmzRuleId.LEAD_ADMITS).thenProblems("Lena Park (A-7) is already in the candidate pool.");
      lenaOnBoard().when(nominate(LENA, day(1)))
          .thenRefused(DmzRuleId.LEAD_ADMITS).thenProblems("Lena Park (A-7) is already on the program.");
      lenaOnBoard().when(Admit.of(LEAD, LENA.id(), day(1)))
          .thenRefused(DmzRuleId.LEAD_ADMITS).thenProblems("A-7 is already on the program.");
    }

    @Test
    @DisplayName("a departed engineer may be nominated again and come back")
    void comesBack() {
      ProgramFixture back = lenaOnBoard().and(
          RecordDeparture.of(SUP_A, LENA.id(), DepartureReason.FAMILY, day(10)),
          nominate(LENA, day(20)),
          Admit.of(LEAD, LENA.id(), day(30)));
      assertTrue(back.program().state().staffing().isActive(LENA.id()));
      assertEquals(2, back.program().state().staffing().tenures().get(LENA.id()).get().size());
      assertFalse(back.program().state().staffing().wasActiveOn(LENA.id(), day(15)));
      assertTrue(back.program().state().staffing().wasActiveOn(LENA.id(), day(9)));
      assertEquals(Optional.of(Tenure.from(day(30))), back.program().state().staffing().currentTenure(LENA.id()),
          "her current tenure is the second, open since she came back");
    }

    @Test
    @DisplayName("a current tenure: open since the admission; none after a departure, for a candidate or a stranger")
    void currentTenure() {
      StaffingState onBoard = lenaOnBoard().program().state().staffing();
      assertEquals(Optional.of(Tenure.from(day(0))), onBoard.currentTenure(LENA.id()));
      StaffingState departed = lenaOnBoard()
          .and(RecordDeparture.of(SUP_A, LENA.id(), DepartureReason.FAMILY, day(10))).program().state().staffing();
      assertEquals(Optional.empty(), departed.currentTenure(LENA.id()), "her only tenure is closed");
      StaffingState pool = given(CHARTER, nominate(LENA, day(-5))).program().state().staffing();
      assertEquals(Optional.empty(), pool.currentTenure(LENA.id()), "a candidate has no tenure yet");
      assertEquals(Optional.empty(), onBoard.currentTenure(KIRA.id()), "nobody the program knows");
    }

    @Test
    @DisplayName("a nomination after the last day is refused")
    void nominationAfterEnd() {
      given(CHARTER).when(nominate(LENA, Cast.END.plusDays(1)))
          .thenRefused(DmzRuleId.LEAD_ADMITS)
          .thenProblems("A nomination on 2028-01-01 lies outside its window, up to the program's last day, 2027-12-31.");
    }
  }

  @Nested
  @DisplayName("DMZ-WALLS-BEFORE-ENTRY")
  class WallsBeforeEntry {
    @Test
    @DisplayName("nobody enters before the charter is ready; nominations may wait in the pool")
    void notReady() {
      ProgramCharter notReady = CHARTER.withNorms(Optional.empty());
      given(notReady, nominate(LENA, day(-5))).when(Admit.of(LEAD, LENA.id(), day(0)))
          .thenRefused(DmzRuleId.WALLS_BEFORE_ENTRY).thenStateUnchanged()
          .thenProblems("Nobody enters before the walls stand: the charter has 1 readiness finding(s) under DMZ-NORMS.");
    }
  }

  @Nested
  @DisplayName("DMZ-REPLACEMENT-VETO")
  class ReplacementVeto {
    @Test
    @DisplayName("an engineer leaves for illness: the seat becomes vacancy V1, on the departure day")
    void departure() {
      lenaOnBoard().when(RecordDeparture.of(SUP_A, LENA.id(), DepartureReason.ILLNESS, day(40)))
          .thenAccepted(Departed.of(LENA.id(), DepartureReason.ILLNESS, V1, day(40)));
    }

    @Test
    @DisplayName("the lead fills the vacancy from the pool")
    void leadFills() {
      lenaOnBoard().and(nominate(OMAR, day(30)), RecordDeparture.of(LEAD, LENA.id(), DepartureReason.RESIGNATION, day(40)))
          .when(FillVacancy.of(LEAD, V1, OMAR.id(), day(41)))
          .thenAccepted(Admitted.of(OMAR.id(), Optional.of(V1), day(41)));
    }

    @Test
    @DisplayName("a supplier cannot fill a vacancy itself")
    void supplierCannotFill() {
      lenaOnBoard().and(nominate(OMAR, day(30)), RecordDeparture.of(LEAD, LENA.id(), DepartureReason.RESIGNATION, day(40)))
          .when(FillVacancy.of(SUP_A, V1, OMAR.id(), day(41)))
          .thenRefused(DmzRuleId.REPLACEMENT_VETO).thenStateUnchanged()
          .thenProblems("Only the program lead fills a vacancy; the parent sup-a is not the lead.");
    }

    @Test
    @DisplayName("the lead closes a vacancy; it cannot be closed or filled twice")
    void closeOnce() {
      ProgramFixture left = lenaOnBoard().and(RecordDeparture.of(LEAD, LENA.id(), DepartureReason.OTHER, day(40)));
      left.when(CloseVacancy.of(LEAD, V1, day(40))).thenAccepted(VacancyClosed.of(V1, day(40)));
      left.and(CloseVacancy.of(LEAD, V1, day(40)), nominate(OMAR, day(41)))
          .when(FillVacancy.of(LEAD, V1, OMAR.id(), day(42)))
          .thenRefused(DmzRuleId.REPLACEMENT_VETO).thenProblems("Vacancy V1 was already closed on 2027-04-10.");
      given(CHARTER).when(CloseVacancy.of(LEAD, VacancyId.of("V9"), day(1)))
          .thenRefused(DmzRuleId.REPLACEMENT_VETO).thenProblems("There is no vacancy V9.");
    }

    @Test
    @DisplayName("a parent's own substitution is refused, and every finding is given")
    void substitutionRefused() {
      lenaOnBoard().when(SubstituteEngineer.of(SUP_A, LENA.id(), HeadcountLine.of(2, "Junior developer",
              ReadyCharter.SUP_A), day(50)))
          .thenRefused(DmzRuleId.NAMED_ENTRY, DmzRuleId.REPLACEMENT_VETO)
          .thenProblems("Only identified persons enter the DMZ: \"2 x Junior developer\" is a headcount line, not a named person.",
              "the parent sup-a tries to replace Lena Park with 2 x Junior developer on its own; only the program lead fills a seat.");
    }

    @Test
    @DisplayName("only the lead or the employer records a departure, of someone on the program")
    void whoRecordsDeparture() {
      lenaOnBoard().when(RecordDeparture.of(SUP_B, LENA.id(), DepartureReason.OTHER, day(5)))
          .thenRefused(DmzRuleId.REPLACEMENT_VETO)
          .thenProblems("Only the lead or the engineer's employer records a departure; the parent sup-b is neither.");
      given(CHARTER).when(RecordDeparture.of(LEAD, KIRA.id(), DepartureReason.OTHER, day(5)))
          .thenRefused(DmzRuleId.REPLACEMENT_VETO).thenProblems("B-1 is not on the program, so cannot leave it.");
    }
  }

  @Nested
  @DisplayName("DMZ-CHRONOLOGY")
  class Chronology {
    @Test
    @DisplayName("a command dated before the latest event is refused; the same day is fine")
    void forwardOnly() {
      lenaOnBoard().when(nominate(OMAR, day(-1)))
          .thenRefused(DmzRuleId.CHRONOLOGY)
          .thenProblems("The command is dated 2027-02-28, before the program's latest event on 2027-03-01.");
      lenaOnBoard().when(nominate(OMAR, day(0))).thenAccepted(Nominated.of(OMAR, ReadyCharter.SUP_A, day(0)));
    }

    @Test
    @DisplayName("before the latest event: the day before it, not its day or after, and no day before any event")
    void beforeLastDate() {
      ProgramState onBoard = lenaOnBoard().program().state();
      assertTrue(onBoard.isBeforeLastDate(day(-1)));
      assertFalse(onBoard.isBeforeLastDate(day(0)));
      assertFalse(onBoard.isBeforeLastDate(day(1)));
      ProgramState fresh = given(CHARTER).program().state();
      assertEquals(Optional.empty(), fresh.lastDate());
      assertFalse(fresh.isBeforeLastDate(LocalDate.MIN), "no event yet: no day lies before it");
    }
  }

  @Nested
  @DisplayName("the staffing's lookups")
  class Lookups {
    @Test
    @DisplayName("a candidate is in the pool until admitted; nobody else is one")
    void candidate() {
      StaffingState pool = given(CHARTER, nominate(LENA, day(-5))).program().state().staffing();
      assertTrue(pool.isCandidate(LENA.id()));
      assertFalse(pool.isCandidate(KIRA.id()), "never nominated");
      StaffingState onBoard = lenaOnBoard().program().state().staffing();
      assertFalse(onBoard.isCandidate(LENA.id()), "admitted: on the program, out of the pool");
      assertEquals(Optional.of(LENA), onBoard.known(LENA.id()), "known as admitted");
      assertEquals(Optional.of(LENA), pool.known(LENA.id()), "known as a candidate");
      assertEquals(Optional.empty(), onBoard.known(KIRA.id()));
    }

    @Test
    @DisplayName("a vacancy by id: open after the departure, closed after its closing, none for an unknown id")
    void vacancy() {
      ProgramFixture left = lenaOnBoard().and(RecordDeparture.of(LEAD, LENA.id(), DepartureReason.OTHER, day(40)));
      assertTrue(left.program().state().staffing().vacancy(V1).orElseThrow().isOpen());
      StaffingState closed = left.and(CloseVacancy.of(LEAD, V1, day(41))).program().state().staffing();
      assertEquals(Optional.of(day(41)), closed.vacancy(V1).orElseThrow().resolvedOn());
      assertEquals(Optional.empty(), closed.vacancy(VacancyId.of("V9")));
    }
  }
}
