package dev.dmz.examples;

import static java.util.stream.Collectors.toList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.Authority;
import dev.dmz.core.charter.Decider;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.ip.AssetId;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PartyRole;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.Actor;
import dev.dmz.rules.CommandRefused;
import dev.dmz.rules.Program;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The example program's charter")
class BatteryProgramTest {
  private static final PartyId NORDWERK = PartyId.of("nordwerk");
  private static final PartyId VOLTAIC = PartyId.of("voltaic");
  private final ProgramCharter charter = BatteryProgram.charter();

  @Test
  @DisplayName("reads back what README shows was written")
  void readsBack() {
    assertEquals("Battery management, platform 2028", charter.name());
    assertEquals(List.of(NORDWERK, VOLTAIC), charter.parties().stream().map(Party::id).collect(toList()));
    assertEquals(List.of(VOLTAIC),
        charter.parties(PartyRole.SUPPLIER).stream().map(Party::id).collect(toList()));
    assertEquals("Mira Okafor", charter.lead().orElseThrow().name());
    assertEquals(Period.ofMonths(12), charter.nonPoaching().orElseThrow().coolingOff().orElseThrow());
    assertEquals(NamedEngineer.of(EngineerId.of("VS-1042"), "Jonas Brandt", VOLTAIC),
        charter.commercialModel().orElseThrow().premiumRates().get(0).engineer());
    assertEquals(EnumSet.allOf(Authority.class), charter.mandates().get(1).authorities(), "a full mandate");
    assertEquals("Electro-thermal cell model, release 4",
        charter.ipFramework().orElseThrow().asset(AssetId.of("cell-model")).orElseThrow().description());
    assertEquals(Decider.allParents(), charter.norms().orElseThrow().deciderOf("scope change").orElseThrow());
    assertEquals(547, charter.period().days(), "2027-02-01 to 2028-07-31, both days included");
  }

  @Test
  @DisplayName("its people and days are the charter's: the lead, the parents, the premium engineer, the dates")
  void constantsMatchTheCharter() {
    assertEquals(NORDWERK, BatteryProgram.NORDWERK);
    assertEquals(VOLTAIC, BatteryProgram.VOLTAIC);
    assertEquals(Actor.lead(charter.lead().orElseThrow().id()), BatteryProgram.LEAD);
    assertEquals(BatteryProgram.JONAS, charter.commercialModel().orElseThrow().premiumRates().get(0).engineer());
    assertEquals(BatteryProgram.FIRST_DAY, charter.period().start());
    assertTrue(charter.mandates().stream().allMatch(m -> m.signedOn().equals(BatteryProgram.SIGNING_DAY)));
  }

  @Test
  @DisplayName("the kick-off: every nomination and admission accepted; Jonas and Tobias on, Lea in the pool")
  void kickOff() {
    Program program = BatteryProgram.kickOff();
    assertTrue(program.history().filter(e -> e instanceof CommandRefused).isEmpty(), () -> program.history().mkString("\n"));
    assertEquals(Set.of(BatteryProgram.JONAS.id(), BatteryProgram.TOBIAS.id()), program.state().staffing().roster().keySet().toJavaSet());
    assertEquals(Set.of(BatteryProgram.LEA.id()), program.state().staffing().candidates().keySet().toJavaSet());
  }

  @Test
  @DisplayName("is the same value however often it is built")
  void deterministic() {
    assertEquals(charter, BatteryProgram.charter());
    assertEquals(charter.hashCode(), BatteryProgram.charter().hashCode());
  }
}
