package dev.dmz.core.agreement;

import dev.dmz.core.charter.PartyId;
import dev.dmz.core.value.DmzStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A parent's signature under an agreement, with the calendar day it was given.
 *
 * <pre>{@code
 * Signature.of(PartyId.of("nordwerk"), LocalDate.of(2027, 1, 15))
 * }</pre>
 */
@Value.Immutable(builder = false)
@DmzStyle
public abstract class Signature implements WithSignature {
  Signature() {}

  /**
   * The party that signed.
   *
   * @return the party
   */
  @Value.Parameter
  public abstract PartyId party();

  /**
   * The day of signing.
   *
   * @return the day
   */
  @Value.Parameter
  public abstract LocalDate signedOn();

  /**
   * A signature.
   *
   * @param party the party that signed
   * @param signedOn the day of signing
   * @return the signature
   */
  public static Signature of(PartyId party, LocalDate signedOn) {
    return ImmutableSignature.of(party, signedOn);
  }
}
