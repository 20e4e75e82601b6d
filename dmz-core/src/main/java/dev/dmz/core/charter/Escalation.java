package dev.dmz.core.charter;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import org.immutables.value.Value;

/**
 * One line of the escalation matrix: a matter, and who decides it.
 *
 * <pre>{@code
 * Escalation.of("budget overrun above 10%", Decider.allParents())
 * }</pre>
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract class Escalation implements WithEscalation {
  Escalation() {}

  /**
   * The matter, in the words of the norms.
   *
   * <p>One line: it holds no control character, line break or bidirectional control, which
   * {@link dev.dmz.core.value.Require#oneLine} refuses.
   *
   * @return the matter, not blank
   */
  @Value.Parameter
  public abstract String matter();

  /**
   * Who decides the matter.
   *
   * @return the decider
   */
  @Value.Parameter
  public abstract Decider decidedBy();

  /**
   * A line of the escalation matrix.
   *
   * @param matter the matter, not blank
   * @param decidedBy who decides it
   * @return the line
   */
  public static Escalation of(String matter, Decider decidedBy) {
    return ImmutableEscalation.of(matter, decidedBy);
  }

  @Value.Check
  protected void check() {
    Require.notBlank("Escalation.matter", matter());
    Require.oneLine("Escalation.matter", matter());
  }
}
