package dev.dmz.testkit.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PartyRole;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.staffing.Identification;
import dev.dmz.testkit.property.Property;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The values charters are made of")
class DomainValueProperties {
  private static final PartyId SUPPLIER = PartyId.of("sup-1");

  @Test
  @DisplayName("every person's name is accepted as a person's name")
  void personNamesIdentifyPeople() {
    Property.forAll(CharterGenerators.personNames()).check(name -> {
      assertEquals(Optional.empty(),
          Identification.problemWith(NamedEngineer.of(EngineerId.of("A-1"), name, SUPPLIER)));
    });
  }

  @Test
  @DisplayName("every named engineer identifies one person")
  void namedEngineersIdentifyPeople() {
    Property.forAll(CharterGenerators.namedEngineers()).check(engineer -> {
      assertEquals(Optional.empty(), Identification.problemWith(engineer), engineer::toString);
    });
  }

  @Test
  @DisplayName("no placeholder or headcount line identifies a person, and each is employed as asked")
  void unidentifiedLinesNameNobody() {
    Property.forAll(CharterGenerators.unidentifiedLines(SUPPLIER)).check(line -> {
      assertTrue(Identification.problemWith(line).isPresent(), line::toString);
      assertEquals(SUPPLIER, line.employer());
    });
  }

  @Test
  @DisplayName("amounts are positive, in their currency, exact to its minor unit")
  void amountsArePositiveInTheirCurrency() {
    Property.forAll(CharterGenerators.currencies().flatMap(CharterGenerators::amounts)).check(amount -> {
      assertTrue(amount.isPositive());
      assertTrue(List.of("EUR", "USD", "GBP", "CHF", "JPY", "SEK").contains(amount.getCurrencyUnit().getCode()));
      assertEquals(amount.getCurrencyUnit().getDecimalPlaces(), amount.getAmount().scale());
    });
  }

  @Test
  @DisplayName("amounts stay between the bounds asked for")
  void amountsStayInBounds() {
    Property.forAll(CharterGenerators.amounts(CurrencyUnit.EUR, 500, 600)).check(amount -> {
      assertTrue(amount.getAmountMajorLong() >= 500 && amount.getAmountMajorLong() <= 600, amount::toString);
    });
  }

  @Test
  @DisplayName("program periods start in 2027 to 2030 and last one day to three years")
  void periodsAreSensible() {
    Property.forAll(CharterGenerators.programPeriods()).check(period -> {
      assertFalse(period.start().isBefore(LocalDate.of(2027, 1, 1)));
      assertTrue(period.start().getYear() <= 2031);
      assertTrue(period.days() >= 1 && period.days() <= 3 * 365 + 1, period::toString);
    });
  }

  @Test
  @DisplayName("parties have the role asked for, an id and a company name")
  void partiesHaveTheirRole() {
    Property.forAll(CharterGenerators.parties(PartyRole.SUPPLIER)).check(party -> {
      assertEquals(PartyRole.SUPPLIER, party.role());
      assertTrue(party.id().value().matches("[a-z]{2,8}(-[0-9]{1,2})?"), party::toString);
      assertTrue(party.name().matches("\\p{L}+ \\S+"), party::toString);
    });
  }
}
