package dev.dmz.core.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.dmz.core.commercial.Milestone;
import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PartyRole;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Value semantics of dmz values: equal inputs build equal values with equal hash codes, and a
 * {@code with...} copy never changes the value it was made from.
 */
@Label("Value semantics")
class ValueSemanticsProperties {
  static final LocalDate BASE = LocalDate.of(2027, 1, 1);

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)
        .flatMap(first -> Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)
            .map(last -> first + " " + last));
  }

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.strings().alpha().numeric().withChars('-').ofMinLength(1).ofMaxLength(10)
        .filter(s -> s.strip().equals(s) && !s.isBlank());
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 3650).map(BASE::plusDays);
  }

  @Provide
  Arbitrary<Money> amounts() {
    return Arbitraries.longs().between(1, 100_000_000L).map(cents -> Money.ofMinor(CurrencyUnit.EUR, cents));
  }

  @Group
  @Label("equal inputs build equal values")
  class EqualInputs {
    @Property
    @Label("parties")
    void parties(@ForAll("ids") String id, @ForAll("names") String name, @ForAll PartyRole role) {
      Party a = Party.of(PartyId.of(id), name, role);
      Party b = Party.builder().id(PartyId.of(id)).name(name).role(role).build();
      assertEquals(a, b);
      assertEquals(a.hashCode(), b.hashCode());
      assertEquals(a.toString(), b.toString());
    }

    @Property
    @Label("named engineers")
    void engineers(@ForAll("ids") String id, @ForAll("names") String name, @ForAll("ids") String employer) {
      NamedEngineer a = NamedEngineer.of(EngineerId.of(id), name, PartyId.of(employer));
      NamedEngineer b = NamedEngineer.of(EngineerId.of(id), name, PartyId.of(employer));
      assertEquals(a, b);
      assertEquals(a.hashCode(), b.hashCode());
    }

    @Property
    @Label("milestones, whatever the scale of their amount")
    void milestones(@ForAll("ids") String id, @ForAll("days") LocalDate due, @ForAll("amounts") Money amount) {
      Milestone a = milestone(id, due, amount);
      Milestone b = milestone(id, due, Money.of(CurrencyUnit.EUR, amount.getAmount().stripTrailingZeros()));
      assertEquals(a, b);
      assertEquals(a.hashCode(), b.hashCode());
    }

    @Property
    @Label("program periods")
    void periods(@ForAll("days") LocalDate start, @ForAll("days") LocalDate end) {
      LocalDate first = start.isBefore(end) ? start : end;
      LocalDate last = start.isBefore(end) ? end : start;
      ProgramPeriod a = ProgramPeriod.of(first, last);
      ProgramPeriod b = ProgramPeriod.of(first, last);
      assertEquals(a, b);
      assertEquals(a.hashCode(), b.hashCode());
    }
  }

  @Group
  @Label("a with-copy never changes the original")
  class WithCopies {
    @Property
    @Label("renaming a party")
    void renameParty(@ForAll("ids") String id, @ForAll("names") String name, @ForAll("names") String other) {
      Party original = Party.of(PartyId.of(id), name, PartyRole.SUPPLIER);
      Party copy = original.withName(other);
      assertEquals(name, original.name());
      assertEquals(other, copy.name());
      assertEquals(original.id(), copy.id());
      assertEquals(name.equals(other), original.equals(copy));
    }

    @Property
    @Label("moving a milestone's due date")
    void moveMilestone(@ForAll("ids") String id, @ForAll("days") LocalDate due, @ForAll("days") LocalDate other,
        @ForAll("amounts") Money amount) {
      Milestone original = milestone(id, due, amount);
      Milestone copy = original.withDueDate(other);
      assertEquals(due, original.dueDate());
      assertEquals(other, copy.dueDate());
      assertEquals(due.equals(other), original.equals(copy));
    }

    @Property
    @Label("adding a party to a charter")
    void addParty(@ForAll("names") String programName, @ForAll("ids") String id, @ForAll("names") String name) {
      ProgramCharter original = ProgramCharter.builder()
          .name(programName).period(ProgramPeriod.of(BASE, BASE.plusDays(99))).build();
      ProgramCharter copy = original.withParties(Party.of(PartyId.of(id), name, PartyRole.OEM));
      assertEquals(0, original.parties().size());
      assertEquals(1, copy.parties().size());
      assertNotEquals(original, copy);
      assertEquals(original, copy.withParties());
    }
  }

  private static Milestone milestone(String id, LocalDate due, Money amount) {
    return Milestone.builder().id(MilestoneId.of(id)).description("deliver " + id)
        .dueDate(due).payee(PartyId.of("voltaic")).amount(amount).build();
  }
}
