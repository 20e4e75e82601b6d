package dev.dmz.testkit.program;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.charter.ProgramLead;
import dev.dmz.core.commercial.CommercialModel;
import dev.dmz.core.commercial.Milestone;
import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.commercial.PremiumRate;
import dev.dmz.core.commercial.RebaseliningTerms;
import dev.dmz.core.ip.AssetId;
import dev.dmz.core.ip.BackgroundAsset;
import dev.dmz.core.ip.BackgroundIpDeclaration;
import dev.dmz.core.ip.IpFramework;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PartyRole;
import dev.dmz.core.party.PersonId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.core.value.Require;
import dev.dmz.rules.Actor;
import dev.dmz.rules.staffing.Identification;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Who and what a generated command sequence plays with, read from one charter: the lead, the parents
 * and their engineers, the milestones, the currency and the scope terms, and the strangers and
 * unknown ids that make refused commands. Every value is a function of the charter, so a sequence
 * reads the same way every time, and shrinking a sequence never changes its cast.
 *
 * <p>Each parent gets {@link #SEATS} engineers: the engineers the charter's premium rates name
 * (when the parent employs them), then people with generated names that {@link
 * Identification#problemWith} accepts, with ids prefixed by their employer ({@code sup-a-2}).
 */
final class ProgramCast {
  /** The first day a command may be dated. */
  static final LocalDate FIRST_DAY = LocalDate.of(Require.FIRST_YEAR, 1, 1);
  /** The last day a command may be dated. */
  static final LocalDate LAST_DAY = LocalDate.of(Require.LAST_YEAR, 12, 31);

  /** How many engineers each parent may nominate. */
  static final int SEATS = 4;
  static final String SURPRISE = "Supplier recall: re-test of the battery pack";

  private static final List<String> GIVEN_NAMES = List.of("Mira", "Jonas", "Sofia", "Pedro", "Nia",
      "Aiko", "Tomasz", "Leila", "Hannes", "Chiara", "Ravi", "Greta", "Mateo", "Yusuf", "Elif", "Bram");
  private static final List<String> FAMILY_NAMES = List.of("Schulz", "Weber", "Rossi", "Alves", "Okafor",
      "Tanaka", "Nowak", "Haddad", "Berg", "Conti", "Iyer", "Lind", "Duarte", "Kaya", "Jansen", "Moreau");

  private final ProgramCharter charter;
  private final LocalDate start;
  private final LocalDate end;
  private final Actor lead;
  private final Actor impostorLead;
  private final List<Actor> strangers;
  private final List<PartyId> parents;
  private final PartyId aSupplier;
  private final List<NamedEngineer> people;
  private final List<NamedEngineer> stars;
  private final List<MilestoneId> milestones;
  private final MilestoneId unknownMilestone;
  private final CurrencyUnit currency;
  private final CurrencyUnit foreignCurrency;
  private final CurrencyUnit otherForeignCurrency;
  private final BigDecimal baselineScope;
  private final BigDecimal scopeThresholdPercent;
  private final long periodDays;

  private ProgramCast(ProgramCharter charter) {
    this.charter = charter;
    this.start = charter.period().start();
    this.end = charter.period().end();
    PersonId leadId = charter.lead().or(() -> charter.leads().stream().findFirst()).map(ProgramLead::id)
        .orElse(PersonId.of("no-lead"));
    this.lead = Actor.lead(leadId);
    this.impostorLead = Actor.lead(PersonId.of(leadId.value().equals("impostor") ? "impostor-2" : "impostor"));
    this.parents = charter.parentIds();
    this.strangers = List.of(Actor.other("recruiting-bot"), Actor.parent(freshParty("rival-gmbh")), impostorLead);
    this.aSupplier = charter.parties(PartyRole.SUPPLIER).stream().map(Party::id).findFirst()
        .orElse(parents.isEmpty() ? PartyId.of("no-parent") : parents.get(0));
    List<PremiumRate> rates = commercial().map(CommercialModel::premiumRates).orElse(List.of());
    this.stars = rates.stream().map(PremiumRate::engineer).filter(NamedEngineer.class::isInstance)
        .map(NamedEngineer.class::cast)
        .filter(e -> charter.isParent(e.employer()) && Identification.problemWith(e).isEmpty())
        .collect(Collectors.toList());
    this.people = people(parents, stars);
    this.milestones = commercial().map(CommercialModel::milestones).orElse(List.of()).stream()
        .map(Milestone::id).collect(Collectors.toList());
    this.unknownMilestone = MilestoneId.of(fresh("M-unknown",
        milestones.stream().map(MilestoneId::value).collect(Collectors.toSet())));
    this.currency = commercial().map(CommercialModel::currency).orElse(CurrencyUnit.EUR);
    this.foreignCurrency = currency.equals(CurrencyUnit.USD) ? CurrencyUnit.EUR : CurrencyUnit.USD;
    this.otherForeignCurrency = currency.equals(CurrencyUnit.JPY) ? CurrencyUnit.GBP : CurrencyUnit.JPY;
    RebaseliningTerms terms = commercial().map(CommercialModel::rebaselining).orElse(RebaseliningTerms.none());
    this.baselineScope = terms.baselineScope().orElse(BigDecimal.valueOf(100));
    this.scopeThresholdPercent = terms.scopeExpansionThresholdPercent().orElse(BigDecimal.TEN);
    this.periodDays = charter.period().days();
  }

  static ProgramCast of(ProgramCharter charter) {
    return new ProgramCast(charter);
  }

  private java.util.Optional<CommercialModel> commercial() {
    return charter.commercialModel();
  }

  /** The premium-rated engineers of each parent, then generated people, {@link #SEATS} a parent. */
  private static List<NamedEngineer> people(List<PartyId> parents, List<NamedEngineer> stars) {
    Set<EngineerId> taken = stars.stream().map(NamedEngineer::id).collect(Collectors.toCollection(HashSet::new));
    Set<String> names = stars.stream().map(NamedEngineer::name).collect(Collectors.toCollection(HashSet::new));
    List<NamedEngineer> people = new ArrayList<>();
    for (int p = 0; p < parents.size(); p++) {
      PartyId employer = parents.get(p);
      List<NamedEngineer> staff = stars.stream().filter(s -> s.employer().equals(employer))
          .collect(Collectors.toCollection(ArrayList::new));
      for (int n = 1; staff.size() < SEATS; n++) {
        EngineerId id = EngineerId.of(employer.value() + "-" + n);
        String name = GIVEN_NAMES.get((p * SEATS + n) % GIVEN_NAMES.size()) + " "
            + FAMILY_NAMES.get((p * 5 + n * 3) % FAMILY_NAMES.size());
        if (names.contains(name)) {
          name = GIVEN_NAMES.get((p + n * 7) % GIVEN_NAMES.size()) + " " + name;
        }
        NamedEngineer person = NamedEngineer.of(id, name, employer);
        if (!taken.contains(id) && !names.contains(name) && Identification.problemWith(person).isEmpty()) {
          staff.add(person);
          taken.add(id);
          names.add(name);
        }
      }
      people.addAll(staff);
    }
    return List.copyOf(people);
  }

  private PartyId freshParty(String wanted) {
    return PartyId.of(fresh(wanted, parents.stream().map(PartyId::value).collect(Collectors.toSet())));
  }

  private static String fresh(String wanted, Set<String> taken) {
    String id = wanted;
    for (int n = 2; taken.contains(id); n++) {
      id = wanted + "-" + n;
    }
    return id;
  }

  ProgramCharter charter() {
    return charter;
  }

  LocalDate start() {
    return start;
  }

  LocalDate end() {
    return end;
  }

  /** The lead, acting as lead. */
  Actor lead() {
    return lead;
  }

  /** Somebody who claims to be the lead and is not. */
  Actor impostorLead() {
    return impostorLead;
  }

  /** Actors with no say in the program: a bot, a party that is no parent, an impostor lead. */
  List<Actor> strangers() {
    return strangers;
  }

  List<PartyId> parents() {
    return parents;
  }

  /** The first supplier parent (or the first parent), for refusals that need some parent. */
  PartyId aSupplier() {
    return aSupplier;
  }

  /** Everyone the parents may nominate, {@link #SEATS} of each parent. */
  List<NamedEngineer> people() {
    return people;
  }

  /** The premium-rated engineers among the people. */
  List<NamedEngineer> stars() {
    return stars;
  }

  List<MilestoneId> milestones() {
    return milestones;
  }

  MilestoneId unknownMilestone() {
    return unknownMilestone;
  }

  CurrencyUnit currency() {
    return currency;
  }

  /** A currency other than the program's. */
  CurrencyUnit foreignCurrency() {
    return foreignCurrency;
  }

  /** Another currency other than the program's. */
  CurrencyUnit otherForeignCurrency() {
    return otherForeignCurrency;
  }

  /** A round amount in the program's currency: {@code units} thousand. */
  Money thousands(long units) {
    return Money.ofMajor(currency, 1_000L * units);
  }

  /** The smallest amount of the program's currency. */
  Money oneMinor() {
    return Money.ofMinor(currency, 1);
  }

  /**
   * A scope around the baseline: from half the expansion threshold below it to 1.75 times the
   * threshold above it, in ten steps (190 to 235 for a baseline of 200 and a threshold of 10 %).
   */
  BigDecimal scope(int step) {
    BigDecimal percent = scopeThresholdPercent.signum() == 0 ? BigDecimal.valueOf(step - 2L)
        : scopeThresholdPercent.multiply(BigDecimal.valueOf(step - 2L)).divide(BigDecimal.valueOf(4));
    percent = percent.max(BigDecimal.valueOf(-50));
    int digits = RebaseliningTerms.SCOPE_DIGITS;
    BigDecimal scope = baselineScope.multiply(BigDecimal.valueOf(100).add(percent))
        .divide(BigDecimal.valueOf(100), Math.min(baselineScope.scale() + 4, digits), RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
    // A baseline near the largest scope cannot grow: the scope stays at the largest a command takes.
    return scope.min(BigDecimal.TEN.pow(2 * digits).subtract(BigDecimal.ONE).movePointLeft(digits))
        .max(BigDecimal.ONE.movePointLeft(digits));
  }

  /**
   * How many days a step's advance moves the clock on: the advance itself in a program of about 300
   * days (the {@link SampleProgram}'s), proportionally fewer in a shorter program and more in a
   * longer one, so that a sequence covers about as much of any program.
   */
  long days(int advance) {
    return advance * periodDays / 300;
  }

  /**
   * A day moved by a number of days, held at {@link #FIRST_DAY} and {@link #LAST_DAY}: a program whose
   * latest event is dated at the end of the calendar (a job offer long after the program, say) still
   * gets commands.
   */
  static LocalDate shift(LocalDate day, long days) {
    long epochDay = day.toEpochDay() + days;
    return LocalDate.ofEpochDay(Math.max(FIRST_DAY.toEpochDay(), Math.min(LAST_DAY.toEpochDay(), epochDay)));
  }

  /** The charter's IP framework, or an empty one when it has none. */
  IpFramework ipFramework() {
    return charter.ipFramework().orElseGet(() -> IpFramework.builder().build());
  }

  /** The charter's IP framework with one more background asset, carved out of series production. */
  IpFramework ipFrameworkWithOneMoreAsset() {
    IpFramework framework = ipFramework();
    if (parents.isEmpty()) {
      return framework;
    }
    PartyId owner = parents.get(0);
    Set<String> ids = framework.declarations().stream().flatMap(d -> d.assets().stream())
        .map(a -> a.id().value()).collect(Collectors.toSet());
    BackgroundAsset asset = BackgroundAsset.builder().id(AssetId.of(fresh("BG-1", ids)))
        .description("Battery management firmware").addCarveOut("series production").build();
    BackgroundIpDeclaration declared = framework.declarationOf(owner).orElse(BackgroundIpDeclaration.nothing(owner));
    List<BackgroundAsset> assets = Stream.concat(declared.assets().stream(), Stream.of(asset))
        .collect(Collectors.toList());
    Set<BackgroundIpDeclaration> declarations = new LinkedHashSet<>();
    declarations.add(BackgroundIpDeclaration.of(owner, assets));
    framework.declarations().stream().filter(d -> !d.party().equals(owner)).forEach(declarations::add);
    return framework.withDeclarations(declarations);
  }
}
