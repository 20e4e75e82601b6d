package dev.dmz.core.agreement;

import dev.dmz.core.party.PartyId;
import java.util.List;
import java.util.Optional;

/**
 * An agreement the parents sign before anyone enters the DMZ: the IP framework, the commercial
 * model, the non-poaching agreement, and the later careers and workspace walls. A charter holds at
 * most one wall of each {@link WallKind}.
 */
public interface Wall {

  /**
   * What kind of wall this is.
   *
   * @return the kind
   */
  WallKind kind();

  /**
   * The parents' signatures under this wall, at most one per party.
   *
   * @return the signatures, in the order given
   */
  List<Signature> signatures();

  /**
   * The signature a party gave, if it signed.
   *
   * @param party the party
   * @return its signature, or empty
   */
  default Optional<Signature> signatureOf(PartyId party) {
    return signatures().stream().filter(s -> s.party().equals(party)).findFirst();
  }
}
