package dev.dmz.rules.decision;

import dev.dmz.core.agreement.WallKind;
import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.ip.AssetId;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PersonId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * What a finding is about: a kind and the id of the thing, for example party {@code voltaic} or
 * engineer {@code VS-1042}. Printed as {@code "party voltaic"}, or
 * {@code "risk pool"} for a thing a charter has only one of.
 */
@Value.Immutable(copy = false, builder = false)
@DmzStyle
public abstract class Subject {
  Subject() {}

  /**
   * What kind of thing the subject is.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract SubjectKind kind();

  /**
   * The thing's id, as text. For the norms and the risk pool, of which a charter has one, the id is
   * the kind's own name ("norms", "risk pool").
   *
   * <p>One line: it holds no control character, line break or bidirectional control, which
   * {@link dev.dmz.core.value.Require#oneLine} refuses.
   *
   * @return the id, not blank
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Any subject, for an embedding system's own rules.
   *
   * @param kind the kind
   * @param id the id, not blank
   * @return the subject
   */
  public static Subject of(SubjectKind kind, String id) {
    return ImmutableSubject.of(kind, id);
  }

  /**
   * The charter as a whole.
   *
   * @param name the program's name
   * @return the subject
   */
  public static Subject charter(String name) {
    return of(SubjectKind.CHARTER, name);
  }

  /**
   * A party.
   *
   * @param id the party's id
   * @return the subject
   */
  public static Subject party(PartyId id) {
    return of(SubjectKind.PARTY, id.value());
  }

  /**
   * A program lead.
   *
   * @param id the lead's id
   * @return the subject
   */
  public static Subject lead(PersonId id) {
    return of(SubjectKind.LEAD, id.value());
  }

  /**
   * The norms.
   *
   * @return the subject
   */
  public static Subject norms() {
    return of(SubjectKind.NORMS, "norms");
  }

  /**
   * A wall.
   *
   * @param kind the wall's kind
   * @return the subject
   */
  public static Subject wall(WallKind kind) {
    return of(SubjectKind.WALL, kind.name());
  }

  /**
   * An engineer.
   *
   * @param id the engineer's id
   * @return the subject
   */
  public static Subject engineer(EngineerId id) {
    return of(SubjectKind.ENGINEER, id.value());
  }

  /**
   * A milestone.
   *
   * @param id the milestone's id
   * @return the subject
   */
  public static Subject milestone(MilestoneId id) {
    return of(SubjectKind.MILESTONE, id.value());
  }

  /**
   * An IP asset.
   *
   * @param id the asset's id
   * @return the subject
   */
  public static Subject asset(AssetId id) {
    return of(SubjectKind.ASSET, id.value());
  }

  /**
   * The risk-sharing pool.
   *
   * @return the subject
   */
  public static Subject riskPool() {
    return of(SubjectKind.RISK_POOL, "risk pool");
  }

  @Value.Check
  protected void check() {
    Require.notBlank("Subject.id", id());
    Require.oneLine("Subject.id", id());
  }

  @Override
  public String toString() {
    String kind = kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    boolean onlyOne = kind() == SubjectKind.NORMS || kind() == SubjectKind.RISK_POOL;
    return onlyOne ? kind : kind + " " + id();
  }
}
