package dev.dmz.json.codec;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.ip.ForegroundAsset;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.core.value.Text;
import dev.dmz.json.syntax.Node;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.commercial.CommercialEvent.MilestoneAccepted;
import dev.dmz.rules.commercial.CommercialEvent.PoolContributed;
import dev.dmz.rules.commercial.CommercialEvent.PoolDrawn;
import dev.dmz.rules.commercial.CommercialEvent.RebaselineTriggered;
import dev.dmz.rules.commercial.CommercialState;
import dev.dmz.rules.ip.IpState;
import dev.dmz.rules.nonpoaching.NonPoachingEvent.JobOfferMade;
import dev.dmz.rules.staffing.StaffingState;
import dev.dmz.rules.staffing.Tenure;
import dev.dmz.rules.staffing.Vacancy;
import dev.dmz.rules.staffing.VacancyId;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import java.util.List;
import java.util.function.Function;

/**
 * A program's state as JSON, for snapshots: every field of {@link ProgramState} and of its walls' parts
 * ({@link StaffingState}, {@link CommercialState}, {@link IpState}) under its own name, in one object.
 *
 * <ul>
 *   <li>{@code charter} as a charter document's fields, {@code readiness} as a readiness document's;</li>
 *   <li>the maps as lists sorted by key, so that equal states are written alike, byte for byte:
 *       {@code candidates} and {@code engineers} (named engineers, by id), {@code tenures} (an
 *       {@code engineer} and its {@code tenures}, each {@code admitted} and perhaps {@code departed}),
 *       {@code vacancies} (by {@code id}, with {@code leftBy}, {@code reason}, {@code openedOn} and,
 *       once resolved, {@code filledBy} and {@code resolvedOn}), {@code premiumCancellations} (an
 *       {@code engineer} and the day, {@code cancelledOn}), {@code acceptances} ({@code
 *       MilestoneAccepted} events, by milestone), {@code foregroundIp} (foreground assets, by id), and
 *       the set {@code baselineSignatures} (party ids, sorted);</li>
 *   <li>{@code firstEntry}, {@code scope}, {@code baselineScope}, {@code poolBalance} and {@code
 *       lastDate} only when present, {@code reopened} always.</li>
 * </ul>
 *
 * <p>Version 2 ({@code dmz.state/2}) holds no history: version 1 also listed the triggers that fired,
 * the pool's movements and the offers made, which the state no longer keeps (they are in the record). A
 * version 1 snapshot is still read, those lists checked and left aside.
 *
 * <p>As in every document, an empty list is left out and reads as empty. A key listed twice (two
 * candidates with one id) is refused where it is repeated, and so is a vacancy filled by someone but
 * never resolved. Foreground IP is read back in the order of its ids, not in the order it was recorded:
 * equality of states does not see that order, and no rule depends on it.
 */
public final class StateCodec {
  private StateCodec() {}

  /**
   * Reads a program's state written as {@code dmz.state/1}: as {@link #read(Fields)}, with the history
   * version 1 kept beside the state ({@code firedTriggers}, {@code poolMovements}, {@code offers}) read,
   * so that a malformed one is still an error, and left aside.
   *
   * @param in the state's fields
   * @return the state
   */
  public static ProgramState readVersion1(Fields in) {
    in.list("firedTriggers", v -> EventCodec.EVENTS.read(v, RebaselineTriggered.class));
    in.list("poolMovements", v -> EventCodec.EVENTS.read(v, List.of(PoolContributed.class, PoolDrawn.class)));
    in.list("offers", v -> EventCodec.EVENTS.read(v, JobOfferMade.class));
    return read(in);
  }

  /**
   * Reads a program's state.
   *
   * @param in the state's fields
   * @return the state
   */
  public static ProgramState read(Fields in) {
    ProgramCharter charter = in.get("charter").object(CharterCodec::read);
    return ProgramState.builder()
        .charter(charter)
        .readiness(in.get("readiness").object(FindingCodec::readiness))
        .staffing(StaffingState.builder()
            .period(charter.period())
            .candidates(entries(in, "candidates", HashMap.empty(), v -> named(v), "engineer"))
            .engineers(entries(in, "engineers", HashMap.empty(), v -> named(v), "engineer"))
            .tenures(entries(in, "tenures", HashMap.empty(), v -> v.object(StateCodec::tenures), "engineer"))
            .vacancies(entries(in, "vacancies", HashMap.empty(), v -> {
              Vacancy vacancy = v.object(StateCodec::vacancy);
              return Tuple.of(vacancy.id(), vacancy);
            }, "vacancy"))
            .firstEntry(in.find("firstEntry").map(Value::date))
            .build())
        .commercial(CommercialState.builder()
            .premiumCancellations(entries(in, "premiumCancellations", HashMap.empty(),
                v -> v.object(c -> Tuple.of(c.get("engineer").text(EngineerId::of), c.get("cancelledOn").date())),
                "engineer"))
            .acceptances(entries(in, "acceptances", HashMap.empty(), v -> {
              MilestoneAccepted acceptance = EventCodec.EVENTS.read(v, MilestoneAccepted.class);
              return Tuple.of(acceptance.milestone(), acceptance);
            }, "milestone"))
            .scope(in.find("scope").map(Value::decimal))
            .baselineScope(in.find("baselineScope").map(Value::decimal))
            .reopened(in.get("reopened").bool())
            .baselineSignatures(entries(in, "baselineSignatures", HashMap.<PartyId, PartyId>empty(),
                v -> {
                  PartyId party = v.text(PartyId::of);
                  return Tuple.of(party, party);
                }, "party").keySet())
            .poolBalance(in.find("poolBalance").map(Value::money))
            .build())
        .ip(IpState.builder()
            .foregroundIp(entries(in, "foregroundIp", LinkedHashMap.empty(), v -> {
              ForegroundAsset asset = v.object(IpCodec::foregroundAsset);
              return Tuple.of(asset.id(), asset);
            }, "asset"))
            .build())
        .lastDate(in.find("lastDate").map(Value::date))
        .build();
  }

  /**
   * Writes a program's state.
   *
   * @param state the state
   * @param out the object to write to
   * @throws IllegalArgumentException if a map of the state holds a value under another key than its
   *     own id (a candidate under another engineer's id, say): no program makes such a state, and it
   *     could not be read back
   */
  public static void write(ProgramState state, Write out) {
    Write charter = Write.object();
    CharterCodec.write(state.charter(), charter);
    Write readiness = Write.object();
    FindingCodec.readiness(state.readiness(), readiness);
    StaffingState staffing = state.staffing();
    CommercialState commercial = state.commercial();
    out.put("charter", charter.node())
        .put("readiness", readiness.node())
        .list("candidates", byKey(staffing.candidates(), NamedEngineer::id, "candidates"), StateCodec::named)
        .list("engineers", byKey(staffing.engineers(), NamedEngineer::id, "engineers"), StateCodec::named)
        .list("tenures", staffing.tenures().toList().sortBy(Tuple2::_1).toJavaList(), StateCodec::tenures)
        .list("vacancies", byKey(staffing.vacancies(), Vacancy::id, "vacancies"), StateCodec::vacancy)
        .optional("firstEntry", staffing.firstEntry(), Write::date)
        .list("premiumCancellations", commercial.premiumCancellations().toList().sortBy(Tuple2::_1).toJavaList(),
            c -> Write.object().put("engineer", c._1).put("cancelledOn", c._2).node())
        .list("acceptances", byKey(commercial.acceptances(), MilestoneAccepted::milestone, "acceptances"),
            EventCodec.EVENTS::node)
        .optional("scope", commercial.scope(), Write::number)
        .optional("baselineScope", commercial.baselineScope(), Write::number)
        .put("reopened", commercial.reopened())
        .list("baselineSignatures", commercial.baselineSignatures().toList().sorted().toJavaList(), Write::id)
        .optional("poolBalance", commercial.poolBalance(), Write::money)
        .list("foregroundIp", byKey(state.ip().foregroundIp(), ForegroundAsset::id, "foregroundIp"),
            IpCodec::foregroundAsset)
        .optional("lastDate", state.lastDate(), Write::date);
  }

  private static Tuple2<EngineerId, NamedEngineer> named(Value value) {
    NamedEngineer engineer = value.object(StaffingCodec::named);
    return Tuple.of(engineer.id(), engineer);
  }

  private static Node named(NamedEngineer engineer) {
    Write out = Write.object();
    StaffingCodec.named(engineer, out);
    return out.node();
  }

  private static Tuple2<EngineerId, Vector<Tenure>> tenures(Fields in) {
    return Tuple.of(in.get("engineer").text(EngineerId::of),
        Vector.ofAll(in.list("tenures", v -> v.object(StateCodec::tenure))));
  }

  private static Node tenures(Tuple2<EngineerId, Vector<Tenure>> tenures) {
    return Write.object().put("engineer", tenures._1)
        .list("tenures", tenures._2.asJava(), StateCodec::tenure).node();
  }

  private static Tenure tenure(Fields in) {
    return Tenure.from(in.get("admitted").date()).withDeparted(in.find("departed").map(Value::date));
  }

  private static Node tenure(Tenure tenure) {
    return Write.object().put("admitted", tenure.admitted())
        .optional("departed", tenure.departed(), Write::date).node();
  }

  private static Vacancy vacancy(Fields in) {
    Vacancy vacancy = Vacancy.builder()
        .id(in.get("id").text(VacancyId::of))
        .leftBy(in.get("leftBy").text(EngineerId::of))
        .reason(in.get("reason").choice(DepartureReason.class))
        .openedOn(in.get("openedOn").date())
        .filledBy(in.find("filledBy").map(v -> v.text(EngineerId::of)))
        .resolvedOn(in.find("resolvedOn").map(Value::date))
        .build();
    if (vacancy.filledBy().isPresent() && vacancy.isOpen()) {
      throw in.get("filledBy").error("names who filled the vacancy, but resolvedOn, the day it was filled,"
          + " is missing");
    }
    return vacancy;
  }

  private static Node vacancy(Vacancy vacancy) {
    return Write.object().put("id", vacancy.id()).put("leftBy", vacancy.leftBy())
        .put("reason", vacancy.reason()).put("openedOn", vacancy.openedOn())
        .optional("filledBy", vacancy.filledBy(), Write::id)
        .optional("resolvedOn", vacancy.resolvedOn(), Write::date).node();
  }

  /**
   * A map read from a list of entries, each key once: a key listed again is refused where it is.
   *
   * @param empty the empty map of the kind the program keeps
   * @param noun what a key names, for the message: {@code "engineer"}
   */
  private static <K, V> Map<K, V> entries(Fields in, String name, Map<K, V> empty,
      Function<Value, Tuple2<K, V>> reader, String noun) {
    Map<K, V> map = empty;
    for (Tuple2<Value, Tuple2<K, V>> item : in.list(name, v -> Tuple.of(v, reader.apply(v)))) {
      K key = item._2._1;
      if (map.containsKey(key)) {
        throw item._1.error("repeats the " + noun + " " + Text.quoted(key.toString()) + ": each is listed once");
      }
      map = map.put(key, item._2._2);
    }
    return map;
  }

  /**
   * The values of a map sorted by key, each checked to be held under its own id. A list of Java's
   * (toJavaList), not a view of vavr's linked list (asJava), which reads by index: O(n²) over 10,000
   * engineers.
   */
  private static <K extends Comparable<? super K>, V> List<V> byKey(Map<K, V> map, Function<V, K> id,
      String field) {
    return map.toList().sortBy(Tuple2::_1).map(entry -> {
      if (!id.apply(entry._2).equals(entry._1)) {
        throw new IllegalArgumentException("ProgramState." + field + " holds under " + entry._1
            + " a value whose id is " + id.apply(entry._2) + ": no program makes such a state");
      }
      return entry._2;
    }).toJavaList();
  }
}
