package dev.dmz.core.ip;

import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import org.immutables.value.Value;

/**
 * What each parent may do with the program's results after its last day.
 *
 * <pre>{@code
 * PostProgramLicence.of("Each parent: perpetual, royalty-free, non-exclusive licence for its own products.")
 * }</pre>
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract class PostProgramLicence implements WithPostProgramLicence {
  PostProgramLicence() {}

  /**
   * The licence terms, in the words of the framework.
   *
   * <p>It may run over several lines, separated by {@code \n} (and no other line break); it holds no
   * other control character and no bidirectional control ({@link dev.dmz.core.value.Require#lines}).
   * Whoever shows it to a person escapes or indents its lines.
   *
   * @return the terms, not blank
   */
  @Value.Parameter
  public abstract String terms();

  /**
   * A licence.
   *
   * @param terms the terms, not blank
   * @return the licence
   */
  public static PostProgramLicence of(String terms) {
    return ImmutablePostProgramLicence.of(terms);
  }

  @Value.Check
  protected void check() {
    Require.notBlank("PostProgramLicence.terms", terms());
    Require.lines("PostProgramLicence.terms", terms());
  }
}
