package dev.dmz.json.codec;

import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.json.syntax.Node;
import dev.dmz.rules.CommandRefused;
import dev.dmz.rules.Event;
import dev.dmz.rules.commercial.CommercialEvent.BaselineRenewed;
import dev.dmz.rules.commercial.CommercialEvent.BaselineSigned;
import dev.dmz.rules.commercial.CommercialEvent.MilestoneAccepted;
import dev.dmz.rules.commercial.CommercialEvent.PoolContributed;
import dev.dmz.rules.commercial.CommercialEvent.PoolDrawn;
import dev.dmz.rules.commercial.CommercialEvent.PremiumCancelled;
import dev.dmz.rules.commercial.CommercialEvent.RebaselineTriggered;
import dev.dmz.rules.commercial.CommercialEvent.ScopeChanged;
import dev.dmz.rules.commercial.Trigger;
import dev.dmz.rules.commercial.TriggerKind;
import dev.dmz.rules.ip.IpEvent.ForegroundIpRecorded;
import dev.dmz.rules.ip.IpEvent.IpFrameworkAmended;
import dev.dmz.rules.nonpoaching.NonPoachingEvent.JobOfferMade;
import dev.dmz.rules.staffing.StaffingEvent.Admitted;
import dev.dmz.rules.staffing.StaffingEvent.Departed;
import dev.dmz.rules.staffing.StaffingEvent.Nominated;
import dev.dmz.rules.staffing.StaffingEvent.VacancyClosed;
import dev.dmz.rules.staffing.VacancyId;
import java.time.LocalDate;

/**
 * Events as JSON, told apart by {@code type} (the event's simple class name, such as {@code Admitted}); every
 * event has a {@code date}. A refused command is recorded as a {@code CommandRefused} event holding the
 * command and its findings.
 */
public final class EventCodec {

  /** The events' forms. */
  public static final Variants<Event> EVENTS = Variants.<Event>of("event")
      .with("Nominated", Nominated.class,
          in -> Nominated.of(in.get("candidate").object(StaffingCodec::named),
              in.get("nominatedBy").text(PartyId::of), date(in)),
          (e, out) -> date(e, out.put("candidate", named(e)).put("nominatedBy", e.nominatedBy())))
      .with("Admitted", Admitted.class,
          in -> Admitted.of(engineer(in), in.find("vacancy").map(v -> v.text(VacancyId::of)), date(in)),
          (e, out) -> date(e, out.put("engineer", e.engineer()).optional("vacancy", e.vacancy(), Write::id)))
      .with("Departed", Departed.class,
          in -> Departed.of(engineer(in), in.get("reason").choice(DepartureReason.class), vacancy(in),
              date(in)),
          (e, out) -> date(e, out.put("engineer", e.engineer()).put("reason", e.reason())
              .put("vacancy", e.vacancy())))
      .with("VacancyClosed", VacancyClosed.class,
          in -> VacancyClosed.of(vacancy(in), date(in)),
          (e, out) -> date(e, out.put("vacancy", e.vacancy())))
      .with("MilestoneAccepted", MilestoneAccepted.class,
          in -> MilestoneAccepted.of(in.get("milestone").text(MilestoneId::of),
              in.get("payee").text(PartyId::of), in.get("amount").money(), in.get("slipDays").integer(),
              date(in)),
          (e, out) -> date(e, out.put("milestone", e.milestone()).put("payee", e.payee())
              .put("amount", e.amount()).put("slipDays", e.slipDays())))
      .with("ScopeChanged", ScopeChanged.class,
          in -> ScopeChanged.of(in.get("scope").decimal(), date(in)),
          (e, out) -> date(e, out.put("scope", e.scope())))
      .with("RebaselineTriggered", RebaselineTriggered.class,
          in -> RebaselineTriggered.of(in.get("trigger").object(EventCodec::trigger), date(in)),
          (e, out) -> date(e, out.put("trigger", trigger(e.trigger()))))
      .with("BaselineSigned", BaselineSigned.class,
          in -> BaselineSigned.of(in.get("party").text(PartyId::of), date(in)),
          (e, out) -> date(e, out.put("party", e.party())))
      .with("BaselineRenewed", BaselineRenewed.class,
          in -> BaselineRenewed.of(in.find("baselineScope").map(Value::decimal), date(in)),
          (e, out) -> date(e, out.optional("baselineScope", e.baselineScope(), Write::number)))
      .with("PoolContributed", PoolContributed.class,
          in -> PoolContributed.of(in.get("party").text(PartyId::of), in.get("amount").money(), date(in)),
          (e, out) -> date(e, out.put("party", e.party()).put("amount", e.amount())))
      .with("PoolDrawn", PoolDrawn.class,
          in -> PoolDrawn.of(in.get("amount").money(), in.get("surprise").text(), date(in)),
          (e, out) -> date(e, out.put("amount", e.amount()).put("surprise", e.surprise())))
      .with("PremiumCancelled", PremiumCancelled.class,
          in -> PremiumCancelled.of(engineer(in), date(in)),
          (e, out) -> date(e, out.put("engineer", e.engineer())))
      .with("ForegroundIpRecorded", ForegroundIpRecorded.class,
          in -> ForegroundIpRecorded.of(in.get("asset").object(IpCodec::foregroundAsset), date(in)),
          (e, out) -> date(e, out.put("asset", IpCodec.foregroundAsset(e.asset()))))
      .with("IpFrameworkAmended", IpFrameworkAmended.class,
          in -> IpFrameworkAmended.of(in.get("framework").object(IpCodec::framework), date(in)),
          (e, out) -> date(e, out.put("framework", IpCodec.standalone(e.framework()))))
      .with("JobOfferMade", JobOfferMade.class,
          in -> JobOfferMade.of(in.get("party").text(PartyId::of), engineer(in), date(in)),
          (e, out) -> date(e, out.put("party", e.party()).put("engineer", e.engineer())))
      .with("CommandRefused", CommandRefused.class,
          in -> CommandRefused.of(CommandCodec.COMMANDS.read(in.get("command")),
              in.list("findings", v -> v.object(FindingCodec::finding)), date(in)),
          (e, out) -> date(e, out.put("command", CommandCodec.COMMANDS.node(e.command()))
              .list("findings", e.findings(), FindingCodec::finding)));

  private EventCodec() {}

  private static LocalDate date(Fields in) {
    return in.get("date").date();
  }

  private static void date(Event event, Write out) {
    out.put("date", event.date());
  }

  private static EngineerId engineer(Fields in) {
    return in.get("engineer").text(EngineerId::of);
  }

  private static VacancyId vacancy(Fields in) {
    return in.get("vacancy").text(VacancyId::of);
  }

  private static Node named(Nominated event) {
    Write out = Write.object();
    StaffingCodec.named(event.candidate(), out);
    return out.node();
  }

  static Trigger trigger(Fields in) {
    TriggerKind kind = in.get("kind").choice(TriggerKind.class);
    if (kind == TriggerKind.MILESTONE_SLIP) {
      return Trigger.milestoneSlip(in.get("milestone").text(MilestoneId::of), in.get("measure").integer(),
          in.get("threshold").integer());
    }
    return Trigger.scopeGrowth(in.get("measure").decimal(), in.get("threshold").decimal());
  }

  static Node trigger(Trigger trigger) {
    return Write.object().put("kind", trigger.kind())
        .optional("milestone", trigger.milestone(), Write::id)
        .put("measure", trigger.measure()).put("threshold", trigger.threshold()).node();
  }
}
