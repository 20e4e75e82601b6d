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
import dev.dmz.testkit.property.Gen;
import dev.dmz.testkit.property.Property;
import java.time.LocalDate;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Value semantics of dmz values, on the testkit's generators: equal inputs build equal values with
 * equal hash codes, and a {@code with...} copy never changes the value it was made from.
 */
@DisplayName("Value semantics")
class ValueSemanticsProperties {

  record PartyParts(PartyId id, String name, PartyRole role, String otherName) {}

  static Gen<PartyParts> partyParts() {
    return source -> new PartyParts(source.draw(CharterGenerators.partyIds()), source.draw(CharterGenerators.partyNames()),
        source.draw(Gen.of(PartyRole.class)), source.draw(CharterGenerators.partyNames()));
  }

  static Gen<Money> amounts() {
    return CharterGenerators.amounts(CurrencyUnit.EUR);
  }

  @Nested
  @DisplayName("equal inputs build equal values")
  class EqualInputs {
    @Test
    @DisplayName("a party built by factory or by builder")
    void parties() {
      Property.forAll(partyParts()).check(parts -> {
        Party a = Party.of(parts.id(), parts.name(), parts.role());
        Party b = Party.builder().id(parts.id()).name(parts.name()).role(parts.role()).build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.toString(), b.toString());
      });
    }

    @Test
    @DisplayName("an engineer rebuilt from its parts")
    void engineers() {
      Property.forAll(CharterGenerators.namedEngineers()).check(engineer -> {
        NamedEngineer rebuilt = NamedEngineer.of(engineer.id(), engineer.name(), engineer.employer());
        assertEquals(engineer, rebuilt);
        assertEquals(engineer.hashCode(), rebuilt.hashCode());
      });
    }

    @Test
    @DisplayName("a program period rebuilt from its days")
    void periods() {
      Property.forAll(CharterGenerators.programPeriods()).check(period -> {
        ProgramPeriod rebuilt = ProgramPeriod.of(period.start(), period.end());
        assertEquals(period, rebuilt);
        assertEquals(period.hashCode(), rebuilt.hashCode());
      });
    }

    @Test
    @DisplayName("a milestone whose amount is given at another scale")
    void milestones() {
      Property.forAll(amounts()).check(amount -> {
        Milestone a = milestone(amount);
        Milestone b = milestone(Money.of(CurrencyUnit.EUR, amount.getAmount().stripTrailingZeros()));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
      });
    }

    @Test
    @DisplayName("a whole charter copied through its builder")
    void charters() {
      Property.forAll(CharterGenerators.readyCharters()).check(charter -> {
        ProgramCharter copy = ProgramCharter.builder().from(charter).build();
        assertEquals(charter, copy);
        assertEquals(charter.hashCode(), copy.hashCode());
      });
    }
  }

  @Nested
  @DisplayName("a with-copy never changes the original")
  class WithCopies {
    @Test
    @DisplayName("renaming a party")
    void renameParty() {
      Property.forAll(partyParts()).check(parts -> {
        Party original = Party.of(parts.id(), parts.name(), PartyRole.SUPPLIER);
        Party copy = original.withName(parts.otherName());
        assertEquals(parts.name(), original.name());
        assertEquals(parts.otherName(), copy.name());
        assertEquals(parts.name().equals(parts.otherName()), original.equals(copy));
      });
    }

    @Test
    @DisplayName("moving a milestone's due date")
    void moveMilestone() {
      Property.forAll(Gen.combine(amounts(), CharterGenerators.programPeriods(), Map::entry)).check(example -> {
        ProgramPeriod period = example.getValue();
        Milestone original = milestone(example.getKey()).withDueDate(period.start());
        Milestone copy = original.withDueDate(period.end());
        assertEquals(period.start(), original.dueDate());
        assertEquals(period.end(), copy.dueDate());
        assertEquals(period.start().equals(period.end()), original.equals(copy));
      });
    }

    @Test
    @DisplayName("renaming a charter, and dropping its parties")
    void charter() {
      Property.forAll(Gen.combine(CharterGenerators.readyCharters(), CharterGenerators.partyNames(), Map::entry))
          .check(example -> {
            ProgramCharter charter = example.getKey();
            String other = example.getValue();
            ProgramCharter renamed = charter.withName(other);
            ProgramCharter without = charter.withParties();
            assertEquals(other, renamed.name());
            assertEquals(charter.parties(), renamed.parties());
            assertNotEquals(0, charter.parties().size());
            assertEquals(0, without.parties().size());
            assertEquals(charter, charter.withName(charter.name()));
          });
    }
  }

  private static Milestone milestone(Money amount) {
    return Milestone.builder().id(MilestoneId.of("M1")).description("deliver M1")
        .dueDate(LocalDate.of(2027, 6, 30)).payee(PartyId.of("voltaic")).amount(amount).build();
  }
}
