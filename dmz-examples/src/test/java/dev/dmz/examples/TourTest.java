package dev.dmz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The tour's frame, exactly: its introduction, its contents, and each scenario (the command line
 * last) under its numbered heading. What each tells is asserted, exactly, by its own test.
 */
@DisplayName("The tour")
class TourTest {

  @Test
  @DisplayName("introduces the scenarios and the command line, then tells each under its numbered heading, in"
      + " order")
  void printsEveryScenarioInOrder() {
    String expected = """
        A tour of dmz
        =============

        DMZ programs held as data, and the rules of its catalogue (docs/rules.md) deciding about them: every
        decision names its rule and says, in plain words, what is wrong and what would make it right. Every
        company and person is fictional.

        At first sight: a supplier asks to staff the program with a headcount, then the lead admits a named
        engineer from the pool.

        """ + Printed.by(FirstLook::run) + """

          1. An integrated program that works
          2. Outsourcing at scale
          3. A joint venture with co-leads from each parent and an equity stake
          4. The warm-body offer
          5. Supplier HR integration
          6. Procurement integration
          7. The command line


        1. An integrated program that works
        -----------------------------------

        """ + Printed.tale(new IntegratedProgram()) + """


        2. Outsourcing at scale
        -----------------------

        """ + Printed.tale(new OutsourcingAtScale()) + """


        3. A joint venture with co-leads from each parent and an equity stake
        ---------------------------------------------------------------------

        """ + Printed.tale(new JointVenture()) + """


        4. The warm-body offer
        ----------------------

        """ + Printed.tale(new WarmBodyOffer()) + """


        5. Supplier HR integration
        --------------------------

        """ + Printed.tale(new SupplierHrIntegration()) + """


        6. Procurement integration
        --------------------------

        """ + Printed.tale(new ProcurementIntegration()) + """


        7. The command line
        -------------------

        """ + Printed.tale(new CommandLineTour());
    assertEquals(expected, Printed.by(Tour::run));
  }

  @Test
  @DisplayName("a scenario run alone prints under its title")
  void aScenarioAlone() {
    assertEquals("The warm-body offer\n===================\n\n" + Printed.tale(new WarmBodyOffer()),
        Printed.by(out -> Tour.runAlone(new WarmBodyOffer(), out)));
  }
}
