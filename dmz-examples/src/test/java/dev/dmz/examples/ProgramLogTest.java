package dev.dmz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The program log")
class ProgramLogTest {

  @Test
  @DisplayName("tells accepted events and refused commands in sentences, naming people and companies, and"
      + " wraps a long sentence to fit 100 columns")
  void warmBodyHistory() {
    String log = ProgramLog.of(WarmBodyOffer.play().program()).render("").replace(System.lineSeparator(), "\n");
    assertEquals("""
        Date        What happened
        ----------  -----------------------------------------------------------------------------------
        2027-01-20  Voltaic Systems GmbH nominated Jonas Brandt (VS-1042)
        2027-01-20  Refused by DMZ-NAMED-ENTRY: Voltaic Systems GmbH nominates 4 x Embedded C developer
        2027-01-20  Refused by DMZ-NAMED-ENTRY: Voltaic Systems GmbH nominates N.N.
        2027-01-20  Refused by DMZ-NAMED-ENTRY: Voltaic Systems GmbH nominates Senior Developer #3
        2027-02-01  The lead admitted Jonas Brandt
        2027-05-03  Refused by DMZ-NAMED-ENTRY, DMZ-REPLACEMENT-VETO: Voltaic Systems GmbH swaps Jonas
                      Brandt for Junior developer, to be named
        2027-05-03  So Jonas Brandt's premium rate is cancelled for good, from this day
        """, log);
  }
}
