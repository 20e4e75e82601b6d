package dev.dmz.rules.commercial;

import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.value.DmzStyle;
import java.time.YearMonth;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One engineer's premium for one calendar month of a statement: the monthly amount prorated by the
 * days the engineer was on the program (and the rate in force) within the statement's period.
 */
@Value.Immutable
@DmzStyle
public abstract class PremiumLine {
  PremiumLine() {}

  /**
   * The engineer.
   *
   * @return the engineer's id
   */
  public abstract EngineerId engineer();

  /**
   * The engineer's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The calendar month.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /**
   * Days the premium accrued in that month, within the statement's period.
   *
   * @return the days, at least 1
   */
  public abstract int days();

  /**
   * The premium per calendar month.
   *
   * @return the monthly amount
   */
  public abstract Money monthlyAmount();

  /**
   * What is owed: monthly amount x days / days in the month, rounded half-even to the minor unit.
   *
   * @return the amount
   */
  public abstract Money amount();
}
