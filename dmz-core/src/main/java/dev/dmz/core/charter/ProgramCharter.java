package dev.dmz.core.charter;

import dev.dmz.core.agreement.NonPoachingAgreement;
import dev.dmz.core.agreement.Wall;
import dev.dmz.core.agreement.WallKind;
import dev.dmz.core.commercial.CommercialModel;
import dev.dmz.core.commercial.Milestone;
import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.ip.IpFramework;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PartyRole;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The signed founding document of a DMZ program: its parents, its lead and their mandates, the
 * norms, the walls and the program period.
 *
 * <p>A charter is a faithful record of what was signed, not a certificate of compliance. A charter
 * whose lead works for the OEM, that bills by the hour or that lacks a non-poaching agreement builds
 * fine; the rule book's readiness check says what is wrong with it. Only malformed values (a blank
 * name, two walls of one kind) are refused here, with an {@link
 * dev.dmz.core.value.InvalidValueException}.
 *
 * <pre>{@code
 * ProgramCharter charter = ProgramCharter.builder()
 *     .name("Battery management system, platform 2028")
 *     .period(ProgramPeriod.of(LocalDate.of(2027, 2, 1), LocalDate.of(2028, 7, 31)))
 *     .addParty(Party.of(oem, "Nordwerk Automotive AG", PartyRole.OEM))
 *     .addParty(Party.of(supplier, "Voltaic Systems GmbH", PartyRole.SUPPLIER))
 *     .addLead(ProgramLead.of(PersonId.of("lead-1"), "Mira Okafor", PartyId.of("okafor-advisory")))
 *     .addMandate(mandateFrom(oem))
 *     .addMandate(mandateFrom(supplier))
 *     .norms(norms)
 *     .addWall(ipFramework)
 *     .addWall(commercialModel)
 *     .addWall(nonPoaching)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DmzStyle
public abstract class ProgramCharter implements WithProgramCharter {
  ProgramCharter() {}

  /**
   * The program's name.
   *
   * <p>One line: it holds no control character, line break or bidirectional control, which
   * {@link dev.dmz.core.value.Require#oneLine} refuses.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The days the program runs.
   *
   * @return the period
   */
  public abstract ProgramPeriod period();

  /**
   * The parents that sign the charter. Two parties with one id are representable so that the rule
   * {@code DMZ-CHARTER-PARENTS} can report them.
   *
   * @return the parents, in the order given
   */
  public abstract List<Party> parties();

  /**
   * The program lead. A DMZ has exactly one; several co-leads (as a joint venture has) or none are
   * representable so that the rules can report them.
   *
   * @return the leads, in the order given
   */
  public abstract List<ProgramLead> leads();

  /**
   * The parents' mandates to the lead.
   *
   * @return the mandates, in the order given
   */
  public abstract List<Mandate> mandates();

  /**
   * How disagreements are settled.
   *
   * @return the norms, or empty when the charter has none
   */
  public abstract Optional<Norms> norms();

  /**
   * The walls: at most one of each {@link WallKind}.
   *
   * @return the walls, in the order given
   */
  public abstract List<Wall> walls();

  /**
   * A shared-equity arrangement, if the parents made one. Optional in a DMZ.
   *
   * @return the arrangement, or empty
   */
  public abstract Optional<EquityArrangement> equity();

  /**
   * The single program lead.
   *
   * @return the lead when the charter names exactly one, otherwise empty
   */
  public Optional<ProgramLead> lead() {
    return leads().size() == 1 ? Optional.of(leads().get(0)) : Optional.empty();
  }

  /**
   * The parent with an id.
   *
   * @param id the party's id
   * @return the first parent with that id, or empty when none signs the charter
   */
  public Optional<Party> party(PartyId id) {
    return parties().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * The ids of the parents, each once, in the order the parties are given.
   *
   * @return the distinct parent ids
   */
  public List<PartyId> parentIds() {
    return parties().stream().map(Party::id).distinct().collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether an organisation is a parent of the program.
   *
   * @param id the organisation's id
   * @return true when a party of the charter has that id
   */
  public boolean isParent(PartyId id) {
    return parties().stream().anyMatch(p -> p.id().equals(id));
  }

  /**
   * The parents in one role.
   *
   * @param role OEM or supplier
   * @return those parents, in the order given
   */
  public List<Party> parties(PartyRole role) {
    return parties().stream().filter(p -> p.role() == role).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The wall of a kind.
   *
   * @param kind the kind
   * @return the wall, or empty when the charter has none of that kind
   */
  public Optional<Wall> wall(WallKind kind) {
    return wall(kind, Wall.class);
  }

  private <W extends Wall> Optional<W> wall(WallKind kind, Class<W> type) {
    // A loop by index, no stream, iterator or lambda: every rule that reads a wall asks this, on every command.
    List<Wall> walls = walls();
    for (int i = 0; i < walls.size(); i++) {
      Wall wall = walls.get(i);
      if (wall.kind() == kind) {
        return Optional.of(type.cast(wall));
      }
    }
    return Optional.empty();
  }

  /**
   * This charter with one wall replaced by kind: the given wall takes the place of the charter's wall of
   * its kind (a charter holds at most one of each), or comes last when the charter has none.
   *
   * <pre>{@code
   * ProgramCharter amended = charter.withWall(newFramework);   // the IP framework replaced
   * }</pre>
   *
   * @param wall the wall
   * @return the new charter; this one is unchanged
   */
  public ProgramCharter withWall(Wall wall) {
    Objects.requireNonNull(wall, "wall is null");
    List<Wall> walls = new ArrayList<>(walls());
    for (int i = 0; i < walls.size(); i++) {
      if (walls.get(i).kind() == wall.kind()) {
        walls.set(i, wall);
        return withWalls(walls);
      }
    }
    walls.add(wall);
    return withWalls(walls);
  }

  /**
   * The IP framework.
   *
   * @return the framework, or empty when the charter has none
   */
  public Optional<IpFramework> ipFramework() {
    return wall(WallKind.IP_FRAMEWORK, IpFramework.class);
  }

  /**
   * The commercial model.
   *
   * @return the model, or empty when the charter has none
   */
  public Optional<CommercialModel> commercialModel() {
    return wall(WallKind.COMMERCIAL_MODEL, CommercialModel.class);
  }

  /**
   * The non-poaching agreement.
   *
   * @return the agreement, or empty when the charter has none
   */
  public Optional<NonPoachingAgreement> nonPoaching() {
    return wall(WallKind.NON_POACHING, NonPoachingAgreement.class);
  }

  /**
   * A milestone of the commercial model, by id.
   *
   * @param id the milestone's id
   * @return the milestone, or empty when the charter has no commercial model or the model no such milestone
   */
  public Optional<Milestone> milestone(MilestoneId id) {
    Optional<CommercialModel> model = commercialModel(); // asked once, no lambda: every acceptance asks
    return model.isEmpty() ? Optional.empty() : model.orElseThrow().milestone(id);
  }

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgramCharter}; {@code name} and {@code period} are required. */
  public static final class Builder extends ImmutableProgramCharter.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Require.notBlank("ProgramCharter.name", name());
    Require.oneLine("ProgramCharter.name", name());
    Require.unique("ProgramCharter.walls", walls(), Wall::kind);
    for (Wall wall : walls()) {
      Require.that(wall.kind() != WallKind.IP_FRAMEWORK || wall instanceof IpFramework,
          "ProgramCharter.walls", "must hold the IP framework as an IpFramework", wall.kind());
      Require.that(wall.kind() != WallKind.COMMERCIAL_MODEL || wall instanceof CommercialModel,
          "ProgramCharter.walls", "must hold the commercial model as a CommercialModel", wall.kind());
      Require.that(wall.kind() != WallKind.NON_POACHING || wall instanceof NonPoachingAgreement,
          "ProgramCharter.walls", "must hold the non-poaching agreement as a NonPoachingAgreement",
          wall.kind());
    }
  }
}
