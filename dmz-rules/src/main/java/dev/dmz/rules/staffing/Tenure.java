package dev.dmz.rules.staffing;

import dev.dmz.core.value.DmzStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One stretch of an engineer's time on the program: from the admission day, up to but not including
 * the departure day. An engineer who leaves and is admitted again has two tenures.
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract class Tenure implements WithTenure {
  Tenure() {}

  /**
   * The first day on the program.
   *
   * @return the first day on the program
   */
  @Value.Parameter
  public abstract LocalDate admitted();

  /**
   * The departure day, on which the engineer is already gone.
   *
   * @return the departure day, on which the engineer is already gone
   */
  @Value.Parameter
  public abstract Optional<LocalDate> departed();

  /**
   * An open tenure.
   *
   * @param admitted the first day
   * @return the tenure
   */
  public static Tenure from(LocalDate admitted) {
    return ImmutableTenure.of(admitted, Optional.empty());
  }

  /**
   * Whether the engineer is on the program on a day by this tenure.
   *
   * @param day the day
   * @return true from the admission day up to, not including, the departure day
   */
  public boolean covers(LocalDate day) {
    return !day.isBefore(admitted()) && departed().map(day::isBefore).orElse(true);
  }

  /**
   * Whether the tenure is still open.
   *
   * @return true while the engineer has not left
   */
  public boolean isOpen() {
    return departed().isEmpty();
  }
}
