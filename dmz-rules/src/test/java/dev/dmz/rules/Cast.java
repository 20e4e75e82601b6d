package dev.dmz.rules;

import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import java.time.LocalDate;

/** The people of the test program and the days they act on. */
public final class Cast {
  public static final Actor LEAD = Actor.lead(ReadyCharter.LEAD.id());
  public static final Actor OEM = Actor.parent(ReadyCharter.OEM);
  public static final Actor SUP_A = Actor.parent(ReadyCharter.SUP_A);
  public static final Actor SUP_B = Actor.parent(ReadyCharter.SUP_B);
  public static final NamedEngineer LENA = ReadyCharter.STAR;
  public static final NamedEngineer OMAR = NamedEngineer.of(EngineerId.of("A-8"), "Omar Haddad", ReadyCharter.SUP_A);
  public static final NamedEngineer KIRA = NamedEngineer.of(EngineerId.of("B-1"), "Kira Novak", ReadyCharter.SUP_B);
  public static final LocalDate START = ReadyCharter.START;
  public static final LocalDate END = ReadyCharter.END;

  private Cast() {}

  public static LocalDate day(int n) {
    return START.plusDays(n);
  }

  public static PartyId party(Actor actor) {
    return PartyId.of(actor.id());
  }
}
