package dev.dmz.core.agreement;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
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

  /**
   * The signatures of several parties who signed on one day, as walls are usually signed.
   *
   * <pre>{@code
   * IpFramework.builder().signatures(Signature.allOn(signingDay, nordwerk, voltaic))
   * }</pre>
   *
   * @param signedOn the day of signing
   * @param parties the parties that signed
   * @return one signature per party, in the order given
   */
  public static List<Signature> allOn(LocalDate signedOn, PartyId... parties) {
    return Arrays.stream(parties).map(p -> of(p, signedOn)).collect(Collectors.toUnmodifiableList());
  }

  @Value.Check
  protected void check() {
    Require.plannable("Signature.signedOn", signedOn());
  }
}
