package dev.dmz.rules;

import static dev.dmz.rules.ReadinessAssertions.assertOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.charter.ProgramLead;
import dev.dmz.core.charter.ProgramPeriod;
import dev.dmz.core.commercial.CommercialModel;
import dev.dmz.core.commercial.PremiumRate;
import dev.dmz.core.commercial.PricingBasis;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PartyRole;
import dev.dmz.core.party.PersonId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.HeadcountLine;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.commercial.CommercialCommand.AcceptMilestone;
import dev.dmz.rules.commercial.CommercialCommand.ContributeToPool;
import dev.dmz.rules.commercial.CommercialCommand.DrawOnPool;
import dev.dmz.rules.commercial.CommercialCommand.RecordScopeChange;
import dev.dmz.rules.commercial.CommercialCommand.SignNewBaseline;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.Readiness;
import dev.dmz.rules.decision.RuleId;
import dev.dmz.rules.decision.Subject;
import dev.dmz.rules.ip.IpCommand.AmendIpFramework;
import dev.dmz.rules.ip.IpCommand.RecordForegroundIp;
import dev.dmz.rules.nonpoaching.NonPoachingCommand.MakeJobOffer;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.CloseVacancy;
import dev.dmz.rules.staffing.StaffingCommand.FillVacancy;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import dev.dmz.rules.staffing.StaffingCommand.SubstituteEngineer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The rule book: charter readiness")
class RuleBookTest {

  @Test
  @DisplayName("a ready charter has no finding")
  void readyCharter() {
    Readiness readiness = RuleBook.standard().check(ReadyCharter.charter());
    assertTrue(readiness.isReady());
    assertEquals(List.of(), readiness.findings());
    assertEquals("ready", readiness.toString());
  }

  @Test
  @DisplayName("outsourcing at scale: every readiness rule reports, all at once")
  void outsourcingAtScale() {
    PartyId oem = PartyId.of("oem");
    ProgramCharter.Builder builder = ProgramCharter.builder()
        .name("Outsourced platform")
        .period(ProgramPeriod.of(ReadyCharter.START, ReadyCharter.END))
        .addParty(Party.of(oem, "OEM AG", PartyRole.OEM))
        .addLead(ProgramLead.of(PersonId.of("pm"), "Karl Vogt", oem))
        .addWall(CommercialModel.builder().currency(CurrencyUnit.EUR).pricingBasis(PricingBasis.HOURLY)
            .addPremiumRate(PremiumRate.builder()
                .engineer(NamedEngineer.of(EngineerId.of("TBD"), "Senior Developer #3", PartyId.of("s1")))
                .monthlyAmount(ReadyCharter.eur(9_000)).build())
            .build());
    IntStream.rangeClosed(1, 30).forEach(i ->
        builder.addParty(Party.of(PartyId.of("s" + i), "Supplier " + i, PartyRole.SUPPLIER)));
    builder.addParty(Party.of(PartyId.of("s7"), "Supplier 7 Holding", PartyRole.SUPPLIER));
    Readiness readiness = RuleBook.standard().check(builder.build());

    assertFalse(readiness.isReady());
    List<RuleId> readinessRules = Arrays.stream(DmzRuleId.values()).limit(10).map(DmzRuleId::id)
        .collect(Collectors.toList());
    assertEquals(readinessRules, List.copyOf(readiness.ruleIds()),
        "every readiness rule, in the catalogue's order");
    assertEquals(31, readiness.findingsOf(DmzRuleId.LEAD_MANDATE.id()).size(), "one per distinct parent");
    assertEquals(List.of(
            "engineer TBD: The premium rate of EUR 9000.00 a month names no identified engineer:"
                + " the HR id \"TBD\" is a placeholder, not a person's id.",
            "engineer TBD: The premium rate for Senior Developer #3 states no expected impact."),
        readiness.findingsOf(DmzRuleId.PREMIUM_BASIS.id()).stream().map(f -> f.subject() + ": " + f.problem())
            .collect(Collectors.toList()));
  }

  @Test
  @DisplayName("a custom rule reports exactly like a built-in one, after them")
  void customRule() {
    RuleId max = RuleId.of("ACME-MAX-SUPPLIERS");
    CharterRule atMostOne = CharterRule.of(max, charter -> charter.parties(PartyRole.SUPPLIER).size() <= 1
        ? List.of()
        : List.of(Finding.error(max, Subject.charter(charter.name()),
            "The charter has " + charter.parties(PartyRole.SUPPLIER).size() + " suppliers.",
            "Keep to one supplier.")));
    RuleBook book = RuleBook.standard().withCharterRule(atMostOne);

    Readiness readiness = book.check(ReadyCharter.charter());

    assertEquals(List.of("ACME-MAX-SUPPLIERS charter Ready program: The charter has 2 suppliers. Keep to one supplier."),
        readiness.findings().stream().map(Finding::toString).collect(Collectors.toList()));
    assertFalse(readiness.isReady());
    assertEquals(10, RuleBook.standard().charterRules().size(), "the standard book is unchanged");
    assertEquals(11, book.charterRules().size());
  }

  @Test
  @DisplayName("a warning blocks nothing")
  void warning() {
    RuleId advisory = RuleId.of("ACME-ADVICE");
    RuleBook book = RuleBook.standard().withCharterRule(CharterRule.of(advisory, c -> List.of(
        Finding.warning(advisory, Subject.charter(c.name()), "The name is short.", "Consider a longer name."))));
    Readiness readiness = book.check(ReadyCharter.charter());
    assertTrue(readiness.isReady());
    assertEquals(1, readiness.findings().size());
    assertTrue(readiness.toString().startsWith("ready, with 1 finding(s)"));
  }

  @Test
  @DisplayName("a headcount line is never an identified person")
  void headcountIsNoPerson() {
    assertEquals("\"5 x Java developer\" is a headcount line, not a named person",
        dev.dmz.rules.staffing.Identification.problemWith(
            HeadcountLine.of(5, "Java developer", ReadyCharter.SUP_A)).orElseThrow());
    assertOnly(DmzRuleId.CHARTER_PARENTS, ReadyCharter.charter());
  }

  @Test
  @DisplayName("a rule is asked only about the commands it governs; a rule that names none, about all")
  void rulesAreAskedAboutWhatTheyGovern() {
    List<String> asked = new ArrayList<>();
    CommandRule admissions = new CommandRule() {
      @Override
      public RuleId id() {
        return RuleId.of("ACME-ADMISSIONS");
      }

      @Override
      public Set<Class<? extends Command>> governs() {
        return Set.of(Admit.class);
      }

      @Override
      public List<Finding> check(ProgramState state, Command command) {
        asked.add("admissions: " + command.getClass().getSimpleName());
        return List.of();
      }
    };
    CommandRule everything = CommandRule.of(RuleId.of("ACME-ALL"), (state, command) -> {
      asked.add("all: " + command.getClass().getSimpleName());
      return List.of();
    });
    Program program = Program.start(ReadyCharter.charter(),
        RuleBook.standard().withCommandRule(admissions).withCommandRule(everything));

    program.apply(Nominate.of(Cast.SUP_A, Cast.LENA, Cast.day(-1)))
        .apply(Admit.of(Cast.LEAD, Cast.LENA.id(), Cast.day(0)));

    assertEquals(List.of("all: Nominate", "admissions: Admit", "all: Admit"), asked);
  }

  @Test
  @DisplayName("which built-in rules decide which command, in the book's order")
  void routing() {
    Map<Class<? extends Command>, String> expected = new LinkedHashMap<>();
    expected.put(Nominate.class, "DMZ-KNOWN-COMMAND DMZ-CHRONOLOGY DMZ-NAMED-ENTRY DMZ-LEAD-ADMITS");
    expected.put(Admit.class, "DMZ-KNOWN-COMMAND DMZ-CHRONOLOGY DMZ-WALLS-BEFORE-ENTRY DMZ-LEAD-ADMITS");
    expected.put(RecordDeparture.class, "DMZ-KNOWN-COMMAND DMZ-CHRONOLOGY DMZ-REPLACEMENT-VETO");
    expected.put(FillVacancy.class, "DMZ-KNOWN-COMMAND DMZ-CHRONOLOGY DMZ-WALLS-BEFORE-ENTRY DMZ-REPLACEMENT-VETO");
    expected.put(CloseVacancy.class, "DMZ-KNOWN-COMMAND DMZ-CHRONOLOGY DMZ-REPLACEMENT-VETO");
    expected.put(SubstituteEngineer.class, "DMZ-KNOWN-COMMAND DMZ-CHRONOLOGY DMZ-NAMED-ENTRY DMZ-REPLACEMENT-VETO");
    expected.put(AcceptMilestone.class, "DMZ-KNOWN-COMMAND DMZ-CHRONOLOGY DMZ-MILESTONE-PAYMENT");
    expected.put(RecordScopeChange.class, "DMZ-KNOWN-COMMAND DMZ-CHRONOLOGY DMZ-REBASELINE");
    expected.put(SignNewBaseline.class, "DMZ-KNOWN-COMMAND DMZ-CHRONOLOGY DMZ-REBASELINE");
    expected.put(ContributeToPool.class, "DMZ-KNOWN-COMMAND DMZ-CHRONOLOGY DMZ-RISK-POOL-DRAW");
    expected.put(DrawOnPool.class, "DMZ-KNOWN-COMMAND DMZ-CHRONOLOGY DMZ-RISK-POOL-DRAW");
    expected.put(RecordForegroundIp.class, "DMZ-KNOWN-COMMAND DMZ-CHRONOLOGY DMZ-IP-ATTRIBUTION");
    expected.put(AmendIpFramework.class, "DMZ-KNOWN-COMMAND DMZ-CHRONOLOGY DMZ-IP-FROZEN");
    expected.put(MakeJobOffer.class, "DMZ-KNOWN-COMMAND DMZ-CHRONOLOGY DMZ-NON-POACHING-OFFER");

    Map<Class<? extends Command>, String> routed = new LinkedHashMap<>();
    for (Class<? extends Command> type : expected.keySet()) {
      routed.put(type, RuleBook.standard().commandRules().stream()
          .filter(rule -> rule.governs().isEmpty() || rule.governs().contains(type))
          .map(rule -> rule.id().value()).collect(Collectors.joining(" ")));
    }
    assertEquals(expected, routed);
  }
}
