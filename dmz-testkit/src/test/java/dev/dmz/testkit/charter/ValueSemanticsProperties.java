package dev.dmz.testkit.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.charter.ProgramPeriod;
import dev.dmz.core.commercial.Milestone;
import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PartyRole;
import dev.dmz.core.staffing.NamedEngineer;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Value semantics of dmz values, on the testkit's generators: equal inputs build equal values with
 * equal hash codes, and a {@code with...} copy never changes the value it was made from.
 */
@Label("Value semantics")
class ValueSemanticsProperties {

  @Provide
  Arbitrary<PartyId> partyIds() {
    return CharterArbitraries.partyIds();
  }

  @Provide
  Arbitrary<String> partyNames() {
    return CharterArbitraries.partyNames();
  }

  @Provide
  Arbitrary<NamedEngineer> engineers() {
    return CharterArbitraries.namedEngineers();
  }

  @Provide
  Arbitrary<ProgramPeriod> periods() {
    return CharterArbitraries.programPeriods();
  }

  @Provide
  Arbitrary<Money> amounts() {
    return CharterArbitraries.amounts(CurrencyUnit.EUR);
  }

  @Provide
  Arbitrary<ProgramCharter> charters() {
    return CharterArbitraries.readyCharters();
  }

  @Group
  @Label("equal inputs build equal values")
  class EqualInputs {
    @Property
    @Label("a party built by factory or by builder")
    void parties(@ForAll("partyIds") PartyId id, @ForAll("partyNames") String name, @ForAll PartyRole role) {
      Party a = Party.of(id, name, role);
      Party b = Party.builder().id(id).name(name).role(role).build();
      assertEquals(a, b);
      assertEquals(a.hashCode(), b.hashCode());
      assertEquals(a.toString(), b.toString());
    }

    @Property
    @Label("an engineer rebuilt from its parts")
    void engineers(@ForAll("engineers") NamedEngineer engineer) {
      NamedEngineer rebuilt = NamedEngineer.of(engineer.id(), engineer.name(), engineer.employer());
      assertEquals(engineer, rebuilt);
      assertEquals(engineer.hashCode(), rebuilt.hashCode());
    }

    @Property
    @Label("a program period rebuilt from its days")
    void periods(@ForAll("periods") ProgramPeriod period) {
      ProgramPeriod rebuilt = ProgramPeriod.of(period.start(), period.end());
      assertEquals(period, rebuilt);
      assertEquals(period.hashCode(), rebuilt.hashCode());
    }

    @Property
    @Label("a milestone whose amount is given at another scale")
    void milestones(@ForAll("amounts") Money amount) {
      Milestone a = milestone(amount);
      Milestone b = milestone(Money.of(CurrencyUnit.EUR, amount.getAmount().stripTrailingZeros()));
      assertEquals(a, b);
      assertEquals(a.hashCode(), b.hashCode());
    }

    @Property
    @Label("a whole charter copied through its builder")
    void charters(@ForAll("charters") ProgramCharter charter) {
      ProgramCharter copy = ProgramCharter.builder().from(charter).build();
      assertEquals(charter, copy);
      assertEquals(charter.hashCode(), copy.hashCode());
    }
  }

  @Group
  @Label("a with-copy never changes the original")
  class WithCopies {
    @Property
    @Label("renaming a party")
    void renameParty(@ForAll("partyIds") PartyId id, @ForAll("partyNames") String name,
        @ForAll("partyNames") String other) {
      Party original = Party.of(id, name, PartyRole.SUPPLIER);
      Party copy = original.withName(other);
      assertEquals(name, original.name());
      assertEquals(other, copy.name());
      assertEquals(name.equals(other), original.equals(copy));
    }

    @Property
    @Label("moving a milestone's due date")
    void moveMilestone(@ForAll("amounts") Money amount, @ForAll("periods") ProgramPeriod period) {
      Milestone original = milestone(amount).withDueDate(period.start());
      Milestone copy = original.withDueDate(period.end());
      assertEquals(period.start(), original.dueDate());
      assertEquals(period.end(), copy.dueDate());
      assertEquals(period.start().equals(period.end()), original.equals(copy));
    }

    @Property
    @Label("renaming a charter, and dropping its parties")
    void charter(@ForAll("charters") ProgramCharter charter, @ForAll("partyNames") String other) {
      ProgramCharter renamed = charter.withName(other);
      ProgramCharter without = charter.withParties();
      assertEquals(other, renamed.name());
      assertEquals(charter.parties(), renamed.parties());
      assertNotEquals(0, charter.parties().size());
      assertEquals(0, without.parties().size());
      assertEquals(charter, charter.withName(charter.name()));
    }
  }

  private static Milestone milestone(Money amount) {
    return Milestone.builder().id(MilestoneId.of("M1")).description("deliver M1")
        .dueDate(LocalDate.of(2027, 6, 30)).payee(PartyId.of("voltaic")).amount(amount).build();
  }
}
