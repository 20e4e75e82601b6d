package dev.dmz.examples;

import static dev.dmz.examples.BatteryProgram.JONAS;
import static dev.dmz.examples.WarmBodyOffer.SWAP_DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.rules.Decision;
import dev.dmz.rules.DmzRuleId;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.commercial.Premiums;
import dev.dmz.rules.commercial.Settlement;
import dev.dmz.rules.decision.RuleId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The warm-body offer")
class WarmBodyOfferTest {
  private final WarmBodyOffer.Outcome outcome = WarmBodyOffer.play();
  private final ProgramState state = outcome.program().state();

  @Test
  @DisplayName("the star may enter; each unnamed line is refused by DMZ-NAMED-ENTRY")
  void theOffer() {
    List<Decision> offer = outcome.offer();
    assertTrue(offer.get(0).isAccepted(), offer.get(0)::toString);
    for (Decision line : offer.subList(1, offer.size())) {
      assertEquals(Set.of(DmzRuleId.NAMED_ENTRY.id()), line.ruleIds(), line::toString);
    }
    assertTrue(outcome.admission().isAccepted(), outcome.admission()::toString);
  }

  @Test
  @DisplayName("each unnamed line is refused with its own reason")
  void eachWithItsReason() {
    List<String> problems = outcome.offer().subList(1, 4).stream().map(d -> d.findings().get(0).problem())
        .collect(Collectors.toList());
    assertTrue(problems.get(0).contains("\"4 x Embedded C developer\" is a headcount line"), problems::toString);
    assertTrue(problems.get(1).contains("\"N.N.\" names nobody"), problems::toString);
    assertTrue(problems.get(2).contains("\"Senior Developer #3\" is a numbered seat"), problems::toString);
  }

  @Test
  @DisplayName("only the star is ever in the pool or on the program")
  void onlyTheStar() {
    assertEquals(Set.of(JONAS.id()), state.staffing().engineers().keySet().toJavaSet());
    assertTrue(state.staffing().candidates().isEmpty());
  }

  @Test
  @DisplayName("the swap is vetoed, the star stays, and the attempt cancels his premium from that day")
  void theSwap() {
    Set<RuleId> rules = outcome.substitution().ruleIds();
    assertFalse(outcome.substitution().isAccepted());
    assertTrue(rules.contains(DmzRuleId.REPLACEMENT_VETO.id()), rules::toString);
    assertTrue(state.staffing().isActive(JONAS.id()));
    assertEquals(SWAP_DAY, state.commercial().premiumCancellations().get(JONAS.id()).get());
    assertTrue(Premiums.inForce(state, JONAS.id(), SWAP_DAY.minusDays(1)).isYes());
    assertFalse(Premiums.inForce(state, JONAS.id(), SWAP_DAY).isYes());
    assertEquals(Money.ofMinor(CurrencyUnit.EUR, 38_710),   // 6,000.00 x 2 / 31
        Settlement.owed(state, LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 31)).statements().get(0).total());
  }

  @Test
  @DisplayName("tells it in plain words")
  void tells() {
    assertEquals(TALE, Printed.tale(new WarmBodyOffer()));
  }

  private static final String TALE = """
      Voltaic offers the battery program one named star and 3 lines that name nobody. Each line is
      nominated on its own, and the rules decide each:
        May Voltaic nominate "Jonas Brandt"?
          Yes.
        May Voltaic nominate "4 x Embedded C developer"?
          No:
            DMZ-NAMED-ENTRY (engineer 4 x Embedded C developer): Only identified persons enter the DMZ: "4
              x Embedded C developer" is a headcount line, not a named person.
              To put it right: Nominate one named person, by HR id and real name, per line.
        May Voltaic nominate "N.N."?
          No:
            DMZ-NAMED-ENTRY (engineer N.N.): Only identified persons enter the DMZ: "N.N." names nobody.
              To put it right: Nominate one named person, by HR id and real name, per line.
        May Voltaic nominate "Senior Developer #3"?
          No:
            DMZ-NAMED-ENTRY (engineer Senior Developer #3): Only identified persons enter the DMZ: "Senior
              Developer #3" is a numbered seat, not a person's name.
              To put it right: Nominate one named person, by HR id and real name, per line.

        May the lead admit Jonas Brandt on 2027-02-01?
          Yes.

      Three months later: the swap
        May Voltaic replace Jonas Brandt with "Junior developer, to be named" on 2027-05-03?
          No:
            DMZ-NAMED-ENTRY (engineer Junior developer, to be named): Only identified persons enter the
              DMZ: "Junior developer, to be named" names nobody.
              To put it right: Nominate one named person, by HR id and real name, per line.
            DMZ-REPLACEMENT-VETO (engineer VS-1042): the parent voltaic tries to replace Jonas Brandt with
              Junior developer, to be named on its own; only the program lead fills a seat.
              To put it right: Record the departure; the lead then fills the vacancy from the candidate
                pool, or closes it.

      Jonas Brandt stays on the program, but the attempt alone has cost Voltaic his premium:
        Is Jonas Brandt's premium in force on 2027-05-02?
          Yes (DMZ-PREMIUM-CONDITIONAL): The premium rate of EUR 6000.00 a month for Jonas Brandt is in
            force on 2027-05-02; it stops on the day Jonas Brandt leaves, and for good on an attempt by
            the employer to substitute Jonas Brandt.
        Is Jonas Brandt's premium in force on 2027-05-03?
          No (DMZ-PREMIUM-CONDITIONAL): The premium rate for Jonas Brandt was cancelled on 2027-05-03,
            when a substitution was attempted.
        Is Jonas Brandt's premium in force on 2027-06-03?
          No (DMZ-PREMIUM-CONDITIONAL): The premium rate for Jonas Brandt was cancelled on 2027-05-03,
            when a substitution was attempted.

      What Voltaic is owed for 2027-05-01 to 2027-05-31:
        Supplier              For                                                Amount
        --------------------  ---------------------------------------------  ----------
        Voltaic Systems GmbH  Jonas Brandt's premium, 2027-05: 2 of 31 days  EUR 387.10
        Voltaic Systems GmbH  total                                          EUR 387.10
      """;
}
