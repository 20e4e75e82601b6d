package dev.dmz.core.staffing;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import org.immutables.value.Value;

/**
 * A line of a staffing offer that names nobody: "N.N.", "TBD", "Senior Developer #3", or nothing at
 * all. It is recorded as written, blank text included, so that the rule {@code DMZ-NAMED-ENTRY} can
 * refuse it with its reason.
 *
 * <pre>{@code
 * PlaceholderLine.of("N.N.", PartyId.of("bytebridge"))
 * PlaceholderLine.of("", PartyId.of("bytebridge"))
 * }</pre>
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract non-sealed class PlaceholderLine implements StaffingLine, WithPlaceholderLine {
  PlaceholderLine() {}

  /**
   * The text of the line, as the offer wrote it.
   *
   * <p>One line: it holds no control character, line break or bidirectional control, which
   * {@link dev.dmz.core.value.Require#oneLine} refuses.
   *
   * @return the text, possibly blank
   */
  @Value.Parameter
  public abstract String text();

  @Override
  @Value.Parameter
  public abstract PartyId employer();

  /**
   * A line that names nobody.
   *
   * @param text the text as written, possibly blank
   * @param employer the parent that offered it
   * @return the line
   */
  public static PlaceholderLine of(String text, PartyId employer) {
    return ImmutablePlaceholderLine.of(text, employer);
  }

  @Value.Check
  protected void check() {
    Require.oneLine("PlaceholderLine.text", text());
  }

  @Override
  public String label() {
    return text().isBlank() ? "(a line with no name)" : text();
  }

  @Override
  public String toString() {
    return "\"" + text() + "\" (" + employer() + ")";
  }
}
