package dev.dmz.core.staffing;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import org.immutables.value.Value;

/**
 * A line of unnamed people, such as "5 x Java developer". It can be written down, so that an offer
 * can be recorded as it was made, and it is always refused entry by the rule {@code DMZ-NAMED-ENTRY}.
 *
 * <pre>{@code
 * HeadcountLine.of(5, "Java developer", PartyId.of("bytebridge"))
 * }</pre>
 */
@Value.Immutable
@DmzStyle
public abstract non-sealed class HeadcountLine implements StaffingLine, WithHeadcountLine {
  HeadcountLine() {}

  /**
   * How many people the line offers.
   *
   * @return at least 1
   */
  @Value.Parameter
  public abstract int count();

  /**
   * The role offered, for example "Java developer".
   *
   * <p>One line: it holds no control character, line break or bidirectional control, which
   * {@link dev.dmz.core.value.Require#oneLine} refuses.
   *
   * @return the role, not blank
   */
  @Value.Parameter
  public abstract String role();

  @Override
  @Value.Parameter
  public abstract PartyId employer();

  /**
   * A headcount line.
   *
   * @param count how many people, at least 1
   * @param role the role offered, not blank
   * @param employer the parent offering them
   * @return the line
   */
  public static HeadcountLine of(int count, String role, PartyId employer) {
    return ImmutableHeadcountLine.of(count, role, employer);
  }

  @Value.Check
  protected void check() {
    Require.that(count() >= 1, "HeadcountLine.count", "must be at least 1", count());
    Require.notBlank("HeadcountLine.role", role());
    Require.oneLine("HeadcountLine.role", role());
  }

  @Override
  public String label() {
    return count() + " x " + role();
  }

  @Override
  public String toString() {
    return label() + " (" + employer() + ")";
  }
}
