package dev.dmz.json.codec;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.HeadcountLine;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.core.staffing.PlaceholderLine;
import dev.dmz.core.staffing.StaffingLine;

/**
 * Staffing lines as JSON, told apart by {@code type}: {@code NamedEngineer} (id, name, employer),
 * {@code HeadcountLine} (count, role, employer) and {@code PlaceholderLine} (text, employer).
 */
public final class StaffingCodec {

  /** The staffing lines' forms. */
  public static final Variants<StaffingLine> LINES = Variants.<StaffingLine>of("staffing line")
      .with("NamedEngineer", NamedEngineer.class, StaffingCodec::named, StaffingCodec::named)
      .with("HeadcountLine", HeadcountLine.class,
          in -> HeadcountLine.of(in.get("count").smallInteger(), in.get("role").text(),
              in.get("employer").text(PartyId::of)),
          (h, out) -> out.put("count", h.count()).put("role", h.role()).put("employer", h.employer()))
      .with("PlaceholderLine", PlaceholderLine.class,
          in -> PlaceholderLine.of(in.get("text").text(), in.get("employer").text(PartyId::of)),
          (p, out) -> out.put("text", p.text()).put("employer", p.employer()));

  private StaffingCodec() {}

  /**
   * Reads a named engineer (without {@code type}: where only a named engineer may stand).
   *
   * @param in the fields
   * @return the engineer
   */
  public static NamedEngineer named(Fields in) {
    return NamedEngineer.of(in.get("id").text(EngineerId::of), in.get("name").text(),
        in.get("employer").text(PartyId::of));
  }

  /**
   * Writes a named engineer's fields.
   *
   * @param engineer the engineer
   * @param out the object to write to
   */
  public static void named(NamedEngineer engineer, Write out) {
    out.put("id", engineer.id()).put("name", engineer.name()).put("employer", engineer.employer());
  }
}
