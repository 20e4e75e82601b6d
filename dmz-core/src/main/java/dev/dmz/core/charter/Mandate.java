package dev.dmz.core.charter;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PersonId;
import dev.dmz.core.value.DmzStyle;
import dev.dmz.core.value.Require;
import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A parent's signed grant of authority to the program lead.
 *
 * <pre>{@code
 * Mandate.builder()
 *     .grantor(PartyId.of("nordwerk"))
 *     .lead(PersonId.of("lead-1"))
 *     .addAuthorities(Authority.values())
 *     .signedOn(LocalDate.of(2027, 1, 15))
 *     .build();
 * }</pre>
 *
 * A mandate that grants fewer than all authorities, or is signed after the program starts, is
 * representable: the rule {@code DMZ-LEAD-MANDATE} reports it.
 */
@Value.Immutable
@DmzStyle
public abstract class Mandate implements WithMandate {
  Mandate() {}

  /**
   * The parent that grants the mandate.
   *
   * @return the grantor
   */
  public abstract PartyId grantor();

  /**
   * The person the mandate is granted to.
   *
   * @return the lead's id
   */
  public abstract PersonId lead();

  /**
   * The authorities granted.
   *
   * @return the authorities, possibly empty
   */
  public abstract Set<Authority> authorities();

  /**
   * The day the grantor signed.
   *
   * @return the day
   */
  public abstract LocalDate signedOn();

  /**
   * A mandate granting every {@link Authority}, as a DMZ requires.
   *
   * @param grantor the parent that grants it
   * @param lead the person it is granted to
   * @param signedOn the day the grantor signed
   * @return the mandate
   */
  public static Mandate full(PartyId grantor, PersonId lead, LocalDate signedOn) {
    return builder().grantor(grantor).lead(lead).addAuthorities(Authority.values()).signedOn(signedOn)
        .build();
  }

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Mandate}. */
  public static final class Builder extends ImmutableMandate.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Require.plannable("Mandate.signedOn", signedOn());
  }
}
