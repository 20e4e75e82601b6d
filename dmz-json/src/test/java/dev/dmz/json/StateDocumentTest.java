package dev.dmz.json;

import static dev.dmz.testkit.program.SampleProgram.KIRA;
import static dev.dmz.testkit.program.SampleProgram.LEAD;
import static dev.dmz.testkit.program.SampleProgram.LENA;
import static dev.dmz.testkit.program.SampleProgram.MIRA;
import static dev.dmz.testkit.program.SampleProgram.OEM;
import static dev.dmz.testkit.program.SampleProgram.OMAR;
import static dev.dmz.testkit.program.SampleProgram.PROTOTYPE;
import static dev.dmz.testkit.program.SampleProgram.SUP_A;
import static dev.dmz.testkit.program.SampleProgram.SUP_B;
import static dev.dmz.testkit.program.SampleProgram.day;
import static dev.dmz.testkit.program.SampleProgram.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.ip.AssetId;
import dev.dmz.core.ip.ForegroundAsset;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Program;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.commercial.CommercialCommand.AcceptMilestone;
import dev.dmz.rules.commercial.CommercialCommand.ContributeToPool;
import dev.dmz.rules.commercial.CommercialCommand.DrawOnPool;
import dev.dmz.rules.commercial.CommercialCommand.RecordScopeChange;
import dev.dmz.rules.commercial.CommercialCommand.SignNewBaseline;
import dev.dmz.rules.commercial.CommercialEvent.PoolContributed;
import dev.dmz.rules.commercial.CommercialEvent.PoolDrawn;
import dev.dmz.rules.ip.IpCommand.RecordForegroundIp;
import dev.dmz.rules.nonpoaching.NonPoachingCommand.MakeJobOffer;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.CloseVacancy;
import dev.dmz.rules.staffing.StaffingCommand.FillVacancy;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import dev.dmz.rules.staffing.StaffingCommand.SubstituteEngineer;
import dev.dmz.rules.staffing.StaffingState;
import dev.dmz.rules.staffing.VacancyId;
import dev.dmz.testkit.program.SampleProgram;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("A program's state as a document (dmz.state/2)")
class StateDocumentTest {
  private static final Actor SUPPLIER_A = Actor.parent(SUP_A);
  private static final Actor SUPPLIER_B = Actor.parent(SUP_B);
  private static final NamedEngineer NOAH = NamedEngineer.of(EngineerId.of("B-2"), "Noah Berger", SUP_B);

  /** A program whose state has every field filled: each kind of map, list and optional value. */
  static Program everyField() {
    List<Command> commands = List.of(
        Nominate.of(SUPPLIER_A, LENA, day(0)), Nominate.of(SUPPLIER_A, OMAR, day(0)),
        Nominate.of(SUPPLIER_B, KIRA, day(0)), Nominate.of(Actor.parent(OEM), MIRA, day(0)),
        Admit.of(LEAD, LENA.id(), day(1)), Admit.of(LEAD, KIRA.id(), day(1)), Admit.of(LEAD, MIRA.id(), day(1)),
        SubstituteEngineer.of(SUPPLIER_A, LENA.id(), OMAR, day(2)),   // refused, cancels Lena's premium
        RecordDeparture.of(LEAD, LENA.id(), DepartureReason.FAMILY, day(3)),
        FillVacancy.of(LEAD, VacancyId.number(1), OMAR.id(), day(4)),
        RecordDeparture.of(LEAD, KIRA.id(), DepartureReason.ILLNESS, day(5)),
        CloseVacancy.of(LEAD, VacancyId.number(2), day(6)),
        RecordDeparture.of(LEAD, MIRA.id(), DepartureReason.RESIGNATION, day(7)),
        Nominate.of(SUPPLIER_A, LENA, day(8)), Nominate.of(SUPPLIER_B, NOAH, day(8)),
        Admit.of(LEAD, LENA.id(), day(9)),
        RecordForegroundIp.of(LEAD, asset("F-2", day(10)), day(10)),
        RecordForegroundIp.of(LEAD, asset("F-10", day(11)), day(11)),
        ContributeToPool.of(Actor.parent(OEM), eur(5_000), day(12)),
        DrawOnPool.of(LEAD, eur(1_000), "Test rig broke down", day(13)),
        RecordScopeChange.of(LEAD, new BigDecimal("230.50"), day(20)),
        SignNewBaseline.of(Actor.parent(OEM), day(21)),
        AcceptMilestone.of(LEAD, PROTOTYPE, SampleProgram.START.plusMonths(3).plusDays(44)),
        MakeJobOffer.of(SUPPLIER_A, OMAR.id(), SampleProgram.START.plusMonths(3).plusDays(45)));
    Program program = Program.start(SampleProgram.charter()).applyAll(commands);
    assertEquals(List.of(commands.get(7)), program.decisions().filter(d -> !d.isAccepted())
        .map(Decision::command).asJava(), "only the substitution is refused");
    return program;
  }

  private static ForegroundAsset asset(String id, java.time.LocalDate day) {
    return ForegroundAsset.builder().id(AssetId.of(id)).description("Asset " + id).addContributor(LENA.id())
        .addContributor(OMAR.id()).recordedOn(day).build();
  }

  private static ProgramState readBack(ProgramState state) {
    return Documents.STATE.readJson(Documents.STATE.writeJson(state), "state.json");
  }

  @Test
  @DisplayName("an empty program's state: only the charter, its readiness and what the charter sets")
  void emptyProgram() {
    ProgramState state = Program.start(SampleProgram.charter()).state();
    String line = Documents.STATE.writeLine(state);

    assertEquals(state, readBack(state));
    assertEquals(state, Documents.STATE.readYaml(Documents.STATE.writeYaml(state), "state.yaml"));
    assertTrue(line.startsWith("{\"format\":\"dmz.state/2\",\"charter\":{\"name\":\"Sample program\","), line);
    assertTrue(line.endsWith("},\"readiness\":{\"ready\":true},\"scope\":200,\"baselineScope\":200,"
        + "\"reopened\":false,\"poolBalance\":\"EUR 0.00\"}"), line);
  }

  @Test
  @DisplayName("a dmz.state/1 snapshot is still read: the history it also kept is read and left aside")
  void version1() {
    ProgramState state = everyField().state();
    String version2 = Documents.STATE.writeJson(state);
    assertEquals(state, Documents.STATE.readJson(version2.replace("dmz.state/2", "dmz.state/1"), "v1.json"));
    String malformed = version2.replace("dmz.state/2", "dmz.state/1")
        .replace("\"reopened\"", "\"offers\": [{\"type\": \"JobOfferMade\"}], \"reopened\"");
    DocumentException e = assertThrows(DocumentException.class, () -> Documents.STATE.readJson(malformed, "v1.json"));
    assertTrue(e.path().startsWith("$.offers[0]"), e::getMessage);
  }

  @Test
  @DisplayName("a state with every kind of field filled reads back equal, and written again gives the same text")
  void everyFieldFilled() {
    ProgramState state = everyField().state();
    assertEquals(List.of(NOAH), state.staffing().candidates().values().asJava(), "the others were admitted");
    assertEquals(4, state.staffing().engineers().size());
    assertEquals(2, state.staffing().tenures().get(LENA.id()).get().size());
    assertEquals(3, state.staffing().vacancies().size());
    assertEquals(1, state.commercial().premiumCancellations().size());
    assertTrue(state.staffing().firstEntry().isPresent());
    assertEquals(1, state.commercial().acceptances().size());
    assertEquals(new BigDecimal("230.50"), state.commercial().scope().orElseThrow());
    assertTrue(state.commercial().baselineScope().isPresent());
    assertTrue(state.commercial().reopened());
    assertEquals(1, state.commercial().baselineSignatures().size());
    assertEquals(eur(4_000), state.commercial().poolBalance().orElseThrow());
    assertEquals(2, state.ip().foregroundIp().size());
    assertTrue(state.lastDate().isPresent());

    String json = Documents.STATE.writeJson(state);
    ProgramState read = Documents.STATE.readJson(json, "state.json");
    assertEquals(state, read);
    assertEquals(json, Documents.STATE.writeJson(read));
    assertEquals(state, Documents.STATE.readYaml(Documents.STATE.writeYaml(state), "state.yaml"));
    assertTrue(json.indexOf("\"F-10\"") < json.indexOf("\"F-2\""), "foreground IP sorted by id");
    assertTrue(json.indexOf("\"A-7\"") < json.indexOf("\"A-8\""), "engineers sorted by id");
  }

  @Test
  @DisplayName("a program resumed from the state read back decides as the original")
  void resumedFromEveryField() {
    Program program = everyField();
    Program resumed = Program.resume(readBack(program.state()), program.ruleBook());
    List<Command> tail = List.of(
        RecordDeparture.of(LEAD, OMAR.id(), DepartureReason.OTHER, day(140)),
        FillVacancy.of(LEAD, VacancyId.number(4), NOAH.id(), day(141)),
        SignNewBaseline.of(SUPPLIER_A, day(142)), SignNewBaseline.of(SUPPLIER_B, day(142)),
        DrawOnPool.of(LEAD, eur(5_000), "More than there is", day(143)),
        SubstituteEngineer.of(SUPPLIER_A, LENA.id(), OMAR, day(144)));
    Program original = program.applyAll(tail);
    Program goneOn = resumed.applyAll(tail);
    assertEquals(original.decisions().drop(program.decisions().size()), goneOn.decisions());
    assertEquals(original.state(), goneOn.state());
    assertEquals(List.of(true, true, true, true, false, false), goneOn.decisions().map(Decision::isAccepted).asJava());
  }

  @Test
  void the_format_is_dmz_state_1() {
    assertEquals("dmz.state/2", Documents.STATE.format());
  }

  @Nested
  @DisplayName("A malformed state document is refused, naming the path")
  class Malformed {
    private final String empty = Documents.STATE.writeLine(Program.start(SampleProgram.charter()).state());
    private final String full = Documents.STATE.writeLine(everyField().state());

    private DocumentException error(String text) {
      return assertThrows(DocumentException.class, () -> Documents.STATE.readJson(text, "state.json"));
    }

    @Test
    @DisplayName("an unknown field")
    void unknownField() {
      DocumentException e = error(empty.replace("\"reopened\":false", "\"reopened\":false,\"colour\":\"red\""));
      assertEquals("$.colour", e.path());
      assertEquals("is not a known field here; known: format, charter, readiness, candidates, engineers,"
          + " tenures, vacancies, firstEntry, premiumCancellations, acceptances, scope, baselineScope, reopened,"
          + " baselineSignatures, poolBalance, foregroundIp, lastDate", e.problem());
    }

    @Test
    @DisplayName("an unknown field deep inside")
    void unknownNestedField() {
      DocumentException e = error(full.replace("\"leftBy\":\"A-7\"", "\"leftBy\":\"A-7\",\"note\":1"));
      assertEquals("$.vacancies[0].note", e.path());
    }

    @Test
    @DisplayName("a missing field")
    void missingField() {
      DocumentException e = error(empty.replace(",\"reopened\":false", ""));
      assertEquals("$.reopened", e.path());
      assertEquals("is missing", e.problem());
      assertEquals("$.readiness.ready", error(empty.replace("{\"ready\":true}", "{}")).path());
      DocumentException tenure = error(full.replace("{\"admitted\":", "{\"since\":"));
      assertEquals("$.tenures[0].tenures[0].admitted", tenure.path());
    }

    @Test
    @DisplayName("a value of the wrong type")
    void wrongType() {
      DocumentException e = error(empty.replace("\"reopened\":false", "\"reopened\":\"no\""));
      assertEquals("$.reopened", e.path());
      assertEquals("must be true or false, was the text \"no\"", e.problem());
      DocumentException list = error(empty.replace("\"reopened\":false", "\"reopened\":false,\"acceptances\":{}"));
      assertEquals("$.acceptances", list.path());
      assertEquals("must be a list, was an object", list.problem());
    }

    @Test
    @DisplayName("a key listed twice")
    void repeatedKey() {
      String candidate = "{\"id\":\"B-9\",\"name\":\"Ada Moreau\",\"employer\":\"sup-b\"}";
      DocumentException e = error(empty.replace("\"reopened\":false",
          "\"candidates\":[" + candidate + "," + candidate + "],\"reopened\":false"));
      assertEquals("$.candidates[1]", e.path());
      assertEquals("repeats the engineer \"B-9\": each is listed once", e.problem());
      DocumentException party = error(empty.replace("\"reopened\":false",
          "\"reopened\":false,\"baselineSignatures\":[\"oem\",\"oem\"]"));
      assertEquals("$.baselineSignatures[1]", party.path());
    }

    @Test
    @DisplayName("an event of a kind the field does not hold")
    void wrongEvent() {
      String admitted = "{\"type\":\"Admitted\",\"engineer\":\"A-7\",\"date\":\"2027-03-02\"}";
      String version1 = empty.replace("dmz.state/2", "dmz.state/1");
      DocumentException e = error(version1.replace("\"reopened\":false",
          "\"reopened\":false,\"poolMovements\":[" + admitted + "]"));
      assertEquals("$.poolMovements[0].type", e.path());
      assertEquals("must be one of the event types PoolContributed, PoolDrawn here, was \"Admitted\"", e.problem());
      DocumentException offer = error(version1.replace("\"reopened\":false",
          "\"reopened\":false,\"offers\":[" + admitted + "]"));
      assertEquals("must be the event type JobOfferMade here, was \"Admitted\"", offer.problem());
    }

    @Test
    @DisplayName("a vacancy filled but never resolved")
    void filledButOpen() {
      DocumentException e = error(full.replace(",\"resolvedOn\":\"2027-03-05\"", ""));
      assertEquals("$.vacancies[0].filledBy", e.path());
      assertFalse(e.problem().isEmpty());
    }

    @Test
    @DisplayName("a document of another kind")
    void anotherKind() {
      DocumentException e = error(empty.replace("dmz.state/2", "dmz.charter/1"));
      assertEquals("$.format", e.path());
    }
  }

  @Test
  @DisplayName("a state no program makes (a candidate under another's id) is not written")
  void inconsistentState() {
    ProgramState state = Program.start(SampleProgram.charter()).state();
    ProgramState odd = state.withStaffing(StaffingState.builder().from(state.staffing())
        .candidates(state.staffing().candidates().put(LENA.id(), OMAR)).build());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Documents.STATE.writeJson(odd));
    assertEquals("ProgramState.candidates holds under A-7 a value whose id is A-8: no program makes such a state",
        e.getMessage());
  }
}
