package dev.dmz.testkit.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.ProgramPeriod;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PartyRole;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.core.staffing.StaffingLine;
import dev.dmz.rules.staffing.Identification;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

@Label("The values charters are made of")
class DomainValueProperties {
  private static final PartyId SUPPLIER = PartyId.of("sup-1");

  @Provide
  Arbitrary<String> personNames() {
    return CharterArbitraries.personNames();
  }

  @Provide
  Arbitrary<NamedEngineer> namedEngineers() {
    return CharterArbitraries.namedEngineers();
  }

  @Provide
  Arbitrary<StaffingLine> unidentifiedLines() {
    return CharterArbitraries.unidentifiedLines(SUPPLIER);
  }

  @Provide
  Arbitrary<Money> amounts() {
    return CharterArbitraries.currencies().flatMap(CharterArbitraries::amounts);
  }

  @Provide
  Arbitrary<Money> fewHundredEuros() {
    return CharterArbitraries.amounts(CurrencyUnit.EUR, 500, 600);
  }

  @Provide
  Arbitrary<ProgramPeriod> periods() {
    return CharterArbitraries.programPeriods();
  }

  @Provide
  Arbitrary<Party> suppliers() {
    return CharterArbitraries.parties(PartyRole.SUPPLIER);
  }

  @Property
  @Label("every person's name is accepted as a person's name")
  void personNamesIdentifyPeople(@ForAll("personNames") String name) {
    assertEquals(Optional.empty(),
        Identification.problemWith(NamedEngineer.of(EngineerId.of("A-1"), name, SUPPLIER)));
  }

  @Property
  @Label("every named engineer identifies one person")
  void namedEngineersIdentifyPeople(@ForAll("namedEngineers") NamedEngineer engineer) {
    assertEquals(Optional.empty(), Identification.problemWith(engineer), engineer::toString);
  }

  @Property
  @Label("no placeholder or headcount line identifies a person, and each is employed as asked")
  void unidentifiedLinesNameNobody(@ForAll("unidentifiedLines") StaffingLine line) {
    assertTrue(Identification.problemWith(line).isPresent(), line::toString);
    assertEquals(SUPPLIER, line.employer());
  }

  @Property
  @Label("amounts are positive, in their currency, exact to its minor unit")
  void amountsArePositiveInTheirCurrency(@ForAll("amounts") Money amount) {
    assertTrue(amount.isPositive());
    assertTrue(List.of("EUR", "USD", "GBP", "CHF", "JPY", "SEK").contains(amount.getCurrencyUnit().getCode()));
    assertEquals(amount.getCurrencyUnit().getDecimalPlaces(), amount.getAmount().scale());
  }

  @Property
  @Label("amounts stay between the bounds asked for")
  void amountsStayInBounds(@ForAll("fewHundredEuros") Money amount) {
    assertTrue(amount.getAmountMajorLong() >= 500 && amount.getAmountMajorLong() <= 600, amount::toString);
  }

  @Property
  @Label("program periods start in 2027 to 2030 and last one day to three years")
  void periodsAreSensible(@ForAll("periods") ProgramPeriod period) {
    assertFalse(period.start().isBefore(LocalDate.of(2027, 1, 1)));
    assertTrue(period.start().getYear() <= 2031);
    assertTrue(period.days() >= 1 && period.days() <= 3 * 365 + 1, period::toString);
  }

  @Property
  @Label("parties have the role asked for, an id and a company name")
  void partiesHaveTheirRole(@ForAll("suppliers") Party party) {
    assertEquals(PartyRole.SUPPLIER, party.role());
    assertTrue(party.id().value().matches("[a-z]{2,8}(-[0-9]{1,2})?"), party::toString);
    assertTrue(party.name().matches("\\p{L}+ \\S+"), party::toString);
  }
}
