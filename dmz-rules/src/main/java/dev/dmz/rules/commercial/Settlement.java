package dev.dmz.rules.commercial;

import dev.dmz.core.commercial.CommercialModel;
import dev.dmz.core.commercial.PremiumRate;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PartyRole;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.core.value.Require;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.commercial.CommercialEvent.MilestoneAccepted;
import dev.dmz.rules.staffing.Tenure;
import io.vavr.collection.Vector;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * What each supplier is owed for a period ({@code DMZ-MILESTONE-PAYMENT}, {@code
 * DMZ-PREMIUM-CONDITIONAL}): the milestones the lead accepted within it, plus premium days.
 *
 * <p>Premium proration, exactly as the contract states it (docs/rules.md, Conventions): a premium rate is per calendar month; for each
 * engineer and calendar month, the days counted are those within the period (both ends included) on
 * which the engineer was on the program (from admission up to, not including, departure; within the
 * program period) and the rate was in force (before the day of any substitution attempt). The amount
 * is {@code monthly amount x days / days in the month}, rounded half-even to the currency's minor unit
 * once per engineer and month. A full month is paid exactly the monthly amount. The premium is tied
 * to its named engineer: it never passes to a replacement. A month split across two statements is
 * rounded in each.
 *
 * <pre>{@code
 * Settlement march = Settlement.owed(program.state(), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31));
 * march.statement(PartyId.of("voltaic")).total();
 * }</pre>
 */
public final class Settlement {
  private final LocalDate from;
  private final LocalDate to;
  private final List<SupplierStatement> statements;

  private Settlement(LocalDate from, LocalDate to, List<SupplierStatement> statements) {
    this.from = from;
    this.to = to;
    this.statements = List.copyOf(statements);
  }

  /**
   * What each supplier is owed from one day to another, both included.
   *
   * @param state the program's state
   * @param from the first day of the period
   * @param to the last day of the period, not before {@code from}
   * @return a statement per supplier parent (in the charter's order), plus any other payee
   * @throws dev.dmz.core.value.InvalidValueException if {@code to} is before {@code from}
   */
  public static Settlement owed(ProgramState state, LocalDate from, LocalDate to) {
    Require.notBefore("Settlement.to", to, "from", from);
    Optional<CommercialModel> model = state.charter().commercialModel();
    if (model.isEmpty()) {
      return new Settlement(from, to, List.of());
    }
    CurrencyUnit currency = model.orElseThrow().currency();
    Map<PartyId, List<MilestoneAccepted>> milestones = new LinkedHashMap<>();
    Map<PartyId, List<PremiumLine>> premiums = new LinkedHashMap<>();
    for (Party supplier : state.charter().parties(PartyRole.SUPPLIER)) {
      milestones.putIfAbsent(supplier.id(), new ArrayList<>());
      premiums.putIfAbsent(supplier.id(), new ArrayList<>());
    }
    state.commercial().acceptances().values()
        .filter(a -> !a.date().isBefore(from) && !a.date().isAfter(to))
        .sorted(Comparator.comparing(MilestoneAccepted::date).thenComparing(a -> a.milestone()))
        .forEach(a -> milestones.computeIfAbsent(a.payee(), p -> new ArrayList<>()).add(a));
    for (PremiumRate rate : model.orElseThrow().premiumRates()) {
      if (rate.engineer() instanceof NamedEngineer) {
        NamedEngineer engineer = (NamedEngineer) rate.engineer();
        premiums.computeIfAbsent(engineer.employer(), p -> new ArrayList<>())
            .addAll(premiumLines(state, rate, engineer, from, to));
      }
    }
    List<SupplierStatement> statements = new ArrayList<>();
    for (PartyId payee : union(milestones, premiums)) {
      List<MilestoneAccepted> paid = milestones.getOrDefault(payee, List.of());
      List<PremiumLine> lines = premiums.getOrDefault(payee, List.of());
      Money total = Money.zero(currency)
          .plus(paid.stream().map(MilestoneAccepted::amount).collect(java.util.stream.Collectors.toList()))
          .plus(lines.stream().map(PremiumLine::amount).collect(java.util.stream.Collectors.toList()));
      statements.add(ImmutableSupplierStatement.builder().supplier(payee).milestones(paid).premiums(lines)
          .total(total).build());
    }
    return new Settlement(from, to, statements);
  }

  private static List<PartyId> union(Map<PartyId, ?> a, Map<PartyId, ?> b) {
    List<PartyId> payees = new ArrayList<>(a.keySet());
    b.keySet().stream().filter(p -> !payees.contains(p)).forEach(payees::add);
    return payees;
  }

  private static List<PremiumLine> premiumLines(ProgramState state, PremiumRate rate,
      NamedEngineer engineer, LocalDate from, LocalDate to) {
    LocalDate first = max(from, state.charter().period().start());
    LocalDate last = min(to, state.charter().period().end());
    Optional<LocalDate> cancelled = state.commercial().premiumCancellations().get(engineer.id()).toJavaOptional();
    if (cancelled.isPresent()) {
      last = min(last, cancelled.orElseThrow().minusDays(1));
    }
    List<PremiumLine> lines = new ArrayList<>();
    if (last.isBefore(first)) {
      return lines;
    }
    Vector<Tenure> tenures = state.staffing().tenures().get(engineer.id()).getOrElse(Vector.empty());
    for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(last)); month = month.plusMonths(1)) {
      LocalDate monthFirst = max(first, month.atDay(1));
      LocalDate monthLast = min(last, month.atEndOfMonth());
      long days = 0;
      for (Tenure tenure : tenures) {
        LocalDate onFrom = max(monthFirst, tenure.admitted());
        LocalDate onTo = tenure.departed().map(d -> min(monthLast, d.minusDays(1))).orElse(monthLast);
        if (!onTo.isBefore(onFrom)) {
          days += ChronoUnit.DAYS.between(onFrom, onTo) + 1;
        }
      }
      if (days > 0) {
        Money amount = rate.monthlyAmount().multipliedBy(days)
            .dividedBy(month.lengthOfMonth(), RoundingMode.HALF_EVEN);
        lines.add(ImmutablePremiumLine.builder().engineer(engineer.id()).name(engineer.name())
            .month(month).days((int) days).monthlyAmount(rate.monthlyAmount()).amount(amount).build());
      }
    }
    return lines;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /**
   * The first day of the period.
   *
   * @return the day
   */
  public LocalDate from() {
    return from;
  }

  /**
   * The last day of the period.
   *
   * @return the day
   */
  public LocalDate to() {
    return to;
  }

  /**
   * A statement per payee: every supplier parent, in the charter's order, even when owed nothing.
   *
   * @return the statements
   */
  public List<SupplierStatement> statements() {
    return statements;
  }

  /**
   * The statement of one supplier.
   *
   * @param supplier the supplier
   * @return its statement, or empty when it is no supplier and is owed nothing
   */
  public Optional<SupplierStatement> statement(PartyId supplier) {
    return statements.stream().filter(s -> s.supplier().equals(supplier)).findFirst();
  }
}
