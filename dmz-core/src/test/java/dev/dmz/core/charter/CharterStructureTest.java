package dev.dmz.core.charter;

import static dev.dmz.core.value.Malformed.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.agreement.NonPoachingAgreement;
import dev.dmz.core.agreement.SignedTerms;
import dev.dmz.core.agreement.WallKind;
import dev.dmz.core.commercial.CommercialModel;
import dev.dmz.core.commercial.PricingBasis;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PartyRole;
import dev.dmz.core.party.PersonId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Charter and parties: structure")
class CharterStructureTest {
  static final PartyId OEM = PartyId.of("nordwerk");
  static final PartyId SUPPLIER = PartyId.of("voltaic");
  static final LocalDate START = LocalDate.of(2027, 2, 1);

  static ProgramCharter.Builder minimal() {
    return ProgramCharter.builder().name("P").period(ProgramPeriod.of(START, START.plusDays(30)));
  }

  @Nested
  @DisplayName("Ids")
  class Ids {
    @Test
    @DisplayName("a blank party id is refused")
    void blankId() {
      assertRefused("PartyId.value must not be blank, was \"\"", () -> PartyId.of(""));
      assertRefused("PersonId.value must not be blank, was \"  \"", () -> PersonId.of("  "));
    }

    @Test
    @DisplayName("ids print as their text and sort by it")
    void printAndSort() {
      assertEquals("nordwerk", OEM.toString());
      assertTrue(OEM.compareTo(SUPPLIER) < 0);
      assertEquals(PartyId.of("nordwerk"), OEM);
    }
  }

  @Nested
  @DisplayName("Parties and lead")
  class PartiesAndLead {
    @Test
    @DisplayName("a party with a blank name is refused")
    void blankPartyName() {
      assertRefused("Party.name must not be blank, was \"\\t\"",
          () -> Party.of(OEM, "\t", PartyRole.OEM));
    }

    @Test
    @DisplayName("a builder left without a role names the missing attribute")
    void missingRole() {
      assertRefused("Cannot build Party, some of required attributes are not set [role]",
          () -> Party.builder().id(OEM).name("Nordwerk").build());
    }

    @Test
    @DisplayName("a lead with a blank name is refused")
    void blankLeadName() {
      assertRefused("ProgramLead.name must not be blank, was \"\"",
          () -> ProgramLead.of(PersonId.of("l"), "", OEM));
    }

    @Test
    @DisplayName("a lead employed by the OEM builds: neutrality is for the rules")
    void partisanLeadBuilds() {
      ProgramLead partisan = ProgramLead.of(PersonId.of("pm"), "Karl Vogt", OEM);
      ProgramCharter charter = minimal()
          .addParty(Party.of(OEM, "Nordwerk", PartyRole.OEM))
          .addLead(partisan)
          .build();
      assertEquals(Optional.of(partisan), charter.lead());
    }

    @Test
    @DisplayName("co-leads and two parties with one id build: the rules report them")
    void coLeadsAndDuplicatePartiesBuild() {
      ProgramCharter charter = minimal()
          .addParty(Party.of(OEM, "Nordwerk", PartyRole.OEM))
          .addParty(Party.of(OEM, "Nordwerk again", PartyRole.SUPPLIER))
          .addLead(ProgramLead.of(PersonId.of("a"), "Ana Ruiz", OEM))
          .addLead(ProgramLead.of(PersonId.of("b"), "Ben Ode", SUPPLIER))
          .build();
      assertEquals(2, charter.parties().size());
      assertEquals(Optional.empty(), charter.lead(), "no single lead among co-leads");
      assertEquals("Nordwerk", charter.party(OEM).orElseThrow().name(), "the first party with an id");
      assertEquals(Optional.empty(), charter.party(PartyId.of("nobody")));
    }
  }

  @Nested
  @DisplayName("Program period")
  class Period {
    @Test
    @DisplayName("an end one day before the start is refused")
    void endBeforeStart() {
      assertRefused("ProgramPeriod.end must not be before start 2027-02-01, was 2027-01-31",
          () -> ProgramPeriod.of(START, START.minusDays(1)));
    }

    @Test
    @DisplayName("a one-day program contains exactly its day")
    void oneDay() {
      ProgramPeriod period = ProgramPeriod.of(START, START);
      assertEquals(1, period.days());
      assertTrue(period.contains(START));
      assertFalse(period.contains(START.minusDays(1)));
      assertFalse(period.contains(START.plusDays(1)));
    }

    @Test
    @DisplayName("the first and last day are inside, the days around them outside")
    void bounds() {
      ProgramPeriod period = ProgramPeriod.of(START, START.plusDays(9));
      assertEquals(10, period.days());
      assertTrue(period.contains(START));
      assertTrue(period.contains(START.plusDays(9)));
      assertFalse(period.contains(START.plusDays(10)));
      assertEquals("2027-02-01..2027-02-10", period.toString());
    }
  }

  @Nested
  @DisplayName("Norms")
  class NormsStructure {
    @Test
    @DisplayName("a blank dispute settlement is refused; a missing one builds")
    void blankDisputeSettlement() {
      assertRefused("Norms.disputeSettlement must not be blank, was \" \"",
          () -> Norms.builder().disputeSettlement(" ").build());
      assertEquals(Optional.empty(), Norms.builder().build().disputeSettlement());
    }

    @Test
    @DisplayName("a matter escalated twice is refused")
    void duplicateMatter() {
      assertRefused("Norms.escalations must not contain a duplicate, was \"budget\"",
          () -> Norms.builder()
              .addEscalation(Escalation.of("budget", Decider.allParents()))
              .addEscalation(Escalation.of("budget", Decider.programLead()))
              .build());
    }

    @Test
    @DisplayName("a blank matter or outside body is refused")
    void blankMatter() {
      assertRefused("Escalation.matter must not be blank, was \"\"",
          () -> Escalation.of("", Decider.programLead()));
      assertRefused("Decider.body must not be blank, was \" \"", () -> Decider.externalBody(" "));
    }

    @Test
    @DisplayName("who decides a matter, and an unknown matter")
    void deciderOf() {
      Norms norms = Norms.builder()
          .addEscalation(Escalation.of("budget", Decider.parent(OEM)))
          .addEscalation(Escalation.of("ip dispute", Decider.externalBody("Arbitration panel")))
          .build();
      assertEquals("parent nordwerk", norms.deciderOf("budget").orElseThrow().toString());
      assertEquals("Arbitration panel", norms.deciderOf("ip dispute").orElseThrow().toString());
      assertEquals(Optional.empty(), norms.deciderOf("lunch"));
      assertEquals("the program lead", Decider.programLead().toString());
      assertEquals("all parents", Decider.allParents().toString());
    }
  }

  @Nested
  @DisplayName("Equity")
  class Equity {
    @Test
    @DisplayName("a stake of 0% or over 100% is refused; exactly 100% builds")
    void percentBounds() {
      assertRefused("EquityStake.percent must be more than zero, was 0",
          () -> EquityStake.of(OEM, SUPPLIER, BigDecimal.ZERO));
      assertRefused("EquityStake.percent must not be more than 100, was 100.01",
          () -> EquityStake.of(OEM, SUPPLIER, new BigDecimal("100.01")));
      assertEquals(new BigDecimal("100"), EquityStake.of(OEM, SUPPLIER, new BigDecimal("100")).percent());
    }

    @Test
    @DisplayName("a party holding a stake in itself is refused")
    void selfStake() {
      assertRefused("EquityStake.issuer must differ from the holder, was nordwerk",
          () -> EquityStake.of(OEM, OEM, BigDecimal.TEN));
    }

    @Test
    @DisplayName("an arrangement needs a stake, each holder-issuer pair once")
    void arrangement() {
      assertRefused("EquityArrangement.stakes must hold at least one stake, was []",
          () -> EquityArrangement.builder().build());
      assertRefused("EquityArrangement.stakes must not contain a duplicate, was \"nordwerk in voltaic\"",
          () -> EquityArrangement.builder()
              .addStake(EquityStake.of(OEM, SUPPLIER, BigDecimal.ONE))
              .addStake(EquityStake.of(OEM, SUPPLIER, BigDecimal.TEN))
              .build());
    }
  }

  @Nested
  @DisplayName("Walls")
  class Walls {
    @Test
    @DisplayName("two walls of one kind are refused")
    void twoWallsOfOneKind() {
      assertRefused("ProgramCharter.walls must not contain a duplicate, was NON_POACHING",
          () -> minimal()
              .addWall(NonPoachingAgreement.builder().build())
              .addWall(NonPoachingAgreement.builder().build())
              .build());
    }

    @Test
    @DisplayName("an hourly commercial model builds: the rules refuse it")
    void hourlyBuilds() {
      ProgramCharter charter = minimal()
          .addWall(CommercialModel.builder()
              .currency(CurrencyUnit.EUR).pricingBasis(PricingBasis.HOURLY).build())
          .build();
      assertEquals(PricingBasis.HOURLY, charter.commercialModel().orElseThrow().pricingBasis());
      assertEquals(Optional.empty(), charter.ipFramework());
      assertEquals(Optional.empty(), charter.nonPoaching());
    }

    @Test
    @DisplayName("a later wall is held beside the others and found by its kind")
    void laterWall() {
      SignedTerms careers = SignedTerms.builder().kind(WallKind.CAREERS).terms("Time counts.").build();
      ProgramCharter charter = minimal().addWall(careers).build();
      assertEquals(Optional.of(careers), charter.wall(WallKind.CAREERS));
      assertEquals(Optional.empty(), charter.wall(WallKind.SECURITY_AND_WORKSPACE));
    }

    @Test
    @DisplayName("a blank program name is refused")
    void blankName() {
      assertRefused("ProgramCharter.name must not be blank, was \"\"", () -> minimal().name("").build());
    }
  }

  @Nested
  @DisplayName("Text shown to people")
  class Shown {
    @ParameterizedTest(name = "{1}")
    @MethodSource("dev.dmz.core.value.Malformed#unsafe")
    @DisplayName("an id or a name holding a line break, ESC, a right-to-left override, a line separator or NUL "
        + "is refused")
    void unsafeIdsAndNames(String c, String what, String shown) {
      assertRefused("PartyId.value must not contain " + what + ", was \"nord" + shown + "werk\"",
          () -> PartyId.of("nord" + c + "werk"));
      assertRefused("PersonId.value must not contain " + what + ", was \"lead" + shown + "1\"",
          () -> PersonId.of("lead" + c + "1"));
      assertRefused("Party.name must not contain " + what + ", was \"Nordwerk" + shown + "AG\"",
          () -> Party.of(OEM, "Nordwerk" + c + "AG", PartyRole.OEM));
      assertRefused("ProgramLead.name must not contain " + what + ", was \"Mira" + shown + "Okafor\"",
          () -> ProgramLead.of(PersonId.of("l"), "Mira" + c + "Okafor", OEM));
      assertRefused("ProgramCharter.name must not contain " + what + ", was \"P" + shown + "\"",
          () -> minimal().name("P" + c).build());
      assertRefused("Escalation.matter must not contain " + what + ", was \"budget" + shown + "\"",
          () -> Escalation.of("budget" + c, Decider.programLead()));
      assertRefused("Decider.body must not contain " + what + ", was \"Panel" + shown + "\"",
          () -> Decider.externalBody("Panel" + c));
    }

    @Test
    @DisplayName("a dispute settlement may run over several lines, broken with \\n only")
    void disputeSettlementLines() {
      String procedure = "1. The lead mediates.\n2. The steering board decides.";
      assertEquals(procedure, Norms.builder().disputeSettlement(procedure).build().disputeSettlement().orElseThrow());
      assertRefused("Norms.disputeSettlement must not contain a line break other than \\n (U+000D), was "
          + "\"1. Mediation.\\r\\n2. Board.\"",
          () -> Norms.builder().disputeSettlement("1. Mediation.\r\n2. Board.").build());
      assertRefused("Norms.disputeSettlement must not contain a bidirectional control (U+202E), was \"\\u202eboard\"",
          () -> Norms.builder().disputeSettlement("\u202eboard").build());
    }

    @Test
    @DisplayName("The examples of docs/api.md: a forged roster row in an HR id, a right-to-left override in a name")
    void readmeExamples() {
      assertRefused("EngineerId.value must not contain a line break (U+000A), was \"VS-1042\\n  NW-9999  Mallory\"",
          () -> dev.dmz.core.staffing.EngineerId.of("VS-1042\n  NW-9999  Mallory"));
      assertRefused("Party.name must not contain a bidirectional control (U+202E), was \"Evil \\u202eHbmG\"",
          () -> Party.of(SUPPLIER, "Evil \u202eHbmG", PartyRole.SUPPLIER));
    }

    @Test
    @DisplayName("a name of 70,000 characters with a line break gives one short line")
    void longName() {
      String name = "N".repeat(70_000) + "\n";
      assertRefused("Party.name must not contain a line break (U+000A), was \"" + "N".repeat(80)
          + "\"... (69921 more characters)", () -> Party.of(OEM, name, PartyRole.OEM));
    }

    @Test
    @DisplayName("names in any script, with joiners and non-breaking spaces, build")
    void anyScript() {
      assertEquals("Zoë Ångström-Møller", Party.of(OEM, "Zoë Ångström-Møller", PartyRole.OEM).name());
      String withJoiner = "\u0645\u0647\u200c\u0633\u0627";
      assertEquals(withJoiner, ProgramLead.of(PersonId.of("l"), withJoiner, OEM).name());
      assertEquals("Nordwerk\u00a0AG", Party.of(OEM, "Nordwerk\u00a0AG", PartyRole.OEM).name());
    }
  }
}
