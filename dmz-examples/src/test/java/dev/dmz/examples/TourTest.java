package dev.dmz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Example;
import net.jqwik.api.Label;

@Label("The tour")
class TourTest {

  @Example
  @Label("prints the charter as a readable page")
  void printsTheCharter() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Tour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String expected = String.join(System.lineSeparator(),
        "Program: Battery management, platform 2028",
        "Runs 2027-02-01 to 2028-07-31 (547 days, both ends included)",
        "",
        "Parents",
        "  Parent                  Id        Role",
        "  ----------------------  --------  --------",
        "  Nordwerk Automotive AG  nordwerk  OEM",
        "  Voltaic Systems GmbH    voltaic   SUPPLIER",
        "",
        "Program lead: Mira Okafor, employed by okafor-advisory",
        "",
        "Mandates",
        "  Granted by  Signed on   Authorities",
        "  ----------  ----------  --------------------------------------",
        "  nordwerk    2027-01-15  STAFFING, NORMS, RISK_POOL, MILESTONES",
        "  voltaic     2027-01-15  STAFFING, NORMS, RISK_POOL, MILESTONES",
        "",
        "Walls",
        "  Wall              Signed by",
        "  ----------------  ---------------------------------------------",
        "  IP_FRAMEWORK      nordwerk on 2027-01-15, voltaic on 2027-01-15",
        "  COMMERCIAL_MODEL  nordwerk on 2027-01-15, voltaic on 2027-01-15",
        "  NON_POACHING      nordwerk on 2027-01-15, voltaic on 2027-01-15",
        "",
        "Commercial model (OUTCOME_ALIGNED, EUR)",
        "  Milestone                            Due         Payee    Amount",
        "  -----------------------------------  ----------  -------  --------------",
        "  M1 Cell balancing on the test bench  2027-06-30  voltaic  EUR 250,000.00",
        "  Premium rate for  Per month     Because",
        "  ----------------  ------------  ---------------------------------------------------------",
        "  Jonas Brandt      EUR 6,000.00  Designed the balancing algorithm of the previous platform",
        "",
        "Readiness: ready. Every rule of the charter holds; engineers may enter.",
        "");
    assertEquals(expected, bytes.toString(StandardCharsets.UTF_8));
  }
}
