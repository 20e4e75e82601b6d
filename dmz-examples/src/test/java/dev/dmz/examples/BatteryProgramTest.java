package dev.dmz.examples;

import static dev.dmz.examples.BatteryProgram.JONAS;
import static dev.dmz.examples.BatteryProgram.NORDWERK;
import static dev.dmz.examples.BatteryProgram.VOLTAIC;
import static java.util.stream.Collectors.toList;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.core.charter.Decider;
import dev.dmz.core.charter.Party;
import dev.dmz.core.charter.PartyRole;
import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.ip.AssetId;
import java.time.Period;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.Label;

@Label("The example program's charter")
class BatteryProgramTest {
  private final ProgramCharter charter = BatteryProgram.charter();

  @Example
  @Label("reads back what README shows was written")
  void readsBack() {
    assertEquals("Battery management, platform 2028", charter.name());
    assertEquals(List.of(NORDWERK, VOLTAIC), charter.parties().stream().map(Party::id).collect(toList()));
    assertEquals(List.of(VOLTAIC),
        charter.parties(PartyRole.SUPPLIER).stream().map(Party::id).collect(toList()));
    assertEquals("Mira Okafor", charter.lead().orElseThrow().name());
    assertEquals(Period.ofMonths(12), charter.nonPoaching().orElseThrow().coolingOff().orElseThrow());
    assertEquals(JONAS, charter.commercialModel().orElseThrow().premiumRates().get(0).engineer());
    assertEquals("Electro-thermal cell model, release 4",
        charter.ipFramework().orElseThrow().asset(AssetId.of("cell-model")).orElseThrow().description());
    assertEquals(Decider.allParents(), charter.norms().orElseThrow().deciderOf("scope change").orElseThrow());
    assertEquals(547, charter.period().days(), "2027-02-01 to 2028-07-31, both days included");
  }

  @Example
  @Label("is the same value however often it is built")
  void deterministic() {
    assertEquals(charter, BatteryProgram.charter());
    assertEquals(charter.hashCode(), BatteryProgram.charter().hashCode());
  }
}
