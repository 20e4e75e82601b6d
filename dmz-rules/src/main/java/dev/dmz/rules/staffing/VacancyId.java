package dev.dmz.rules.staffing;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.TypedId;
import org.immutables.value.Value;

/**
 * Identifies a vacancy: {@code V1} for the seat the program's first departure left, {@code V2} for
 * the second, and so on. Numbering follows the order of departures, so replaying a history gives the
 * same ids.
 */
@Value.Immutable(copy = false, builder = false)
@DmzStyle
public abstract class VacancyId extends TypedId<VacancyId> {
  VacancyId() {}

  /**
   * A vacancy id.
   *
   * @param value the id, for example {@code V1}
   * @return the id
   */
  public static VacancyId of(String value) {
    return ImmutableVacancyId.of(value);
  }

  /**
   * The id of the n-th vacancy of a program.
   *
   * @param n the vacancy's number, from 1
   * @return {@code V<n>}
   */
  public static VacancyId number(int n) {
    return of("V" + n);
  }

  @Override
  protected String typeName() {
    return "VacancyId";
  }
}
