package dev.dmz.json.codec;

import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.party.PersonId;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.json.syntax.Node;
import dev.dmz.rules.Actor;
import dev.dmz.rules.ActorKind;
import dev.dmz.rules.Command;
import dev.dmz.rules.commercial.CommercialCommand.AcceptMilestone;
import dev.dmz.rules.commercial.CommercialCommand.ContributeToPool;
import dev.dmz.rules.commercial.CommercialCommand.DrawOnPool;
import dev.dmz.rules.commercial.CommercialCommand.RecordScopeChange;
import dev.dmz.rules.commercial.CommercialCommand.SignNewBaseline;
import dev.dmz.rules.ip.IpCommand.AmendIpFramework;
import dev.dmz.rules.ip.IpCommand.RecordForegroundIp;
import dev.dmz.rules.nonpoaching.NonPoachingCommand.MakeJobOffer;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.CloseVacancy;
import dev.dmz.rules.staffing.StaffingCommand.FillVacancy;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import dev.dmz.rules.staffing.StaffingCommand.SubstituteEngineer;
import dev.dmz.rules.staffing.VacancyId;

/**
 * Commands as JSON, told apart by {@code type} (the command's simple class name, such as {@code Admit}). Every
 * command has an {@code actor} ({@code kind} LEAD, PARENT or OTHER, and an {@code id}) and a
 * {@code date}.
 *
 * <p>Ids a command names (an engineer, a vacancy, a milestone) are read as they are: a command about
 * an unknown engineer is a command the rule book refuses, with its reasons, not a reading error.
 */
public final class CommandCodec {

  /** The commands' forms. */
  public static final Variants<Command> COMMANDS = Variants.<Command>of("command")
      .with("Nominate", Nominate.class,
          in -> Nominate.of(actor(in), StaffingCodec.LINES.read(in.get("line")), date(in)),
          (c, out) -> common(c, out.put("line", StaffingCodec.LINES.node(c.line()))))
      .with("Admit", Admit.class,
          in -> Admit.of(actor(in), engineer(in, "engineer"), date(in)),
          (c, out) -> common(c, out.put("engineer", c.engineer())))
      .with("RecordDeparture", RecordDeparture.class,
          in -> RecordDeparture.of(actor(in), engineer(in, "engineer"),
              in.get("reason").choice(DepartureReason.class), date(in)),
          (c, out) -> common(c, out.put("engineer", c.engineer()).put("reason", c.reason())))
      .with("FillVacancy", FillVacancy.class,
          in -> FillVacancy.of(actor(in), vacancy(in), engineer(in, "engineer"), date(in)),
          (c, out) -> common(c, out.put("vacancy", c.vacancy()).put("engineer", c.engineer())))
      .with("CloseVacancy", CloseVacancy.class,
          in -> CloseVacancy.of(actor(in), vacancy(in), date(in)),
          (c, out) -> common(c, out.put("vacancy", c.vacancy())))
      .with("SubstituteEngineer", SubstituteEngineer.class,
          in -> SubstituteEngineer.of(actor(in), engineer(in, "outgoing"),
              StaffingCodec.LINES.read(in.get("incoming")), date(in)),
          (c, out) -> common(c, out.put("outgoing", c.outgoing())
              .put("incoming", StaffingCodec.LINES.node(c.incoming()))))
      .with("AcceptMilestone", AcceptMilestone.class,
          in -> AcceptMilestone.of(actor(in), in.get("milestone").text(MilestoneId::of), date(in)),
          (c, out) -> common(c, out.put("milestone", c.milestone())))
      .with("RecordScopeChange", RecordScopeChange.class,
          in -> RecordScopeChange.of(actor(in), in.get("scope").decimal(), date(in)),
          (c, out) -> common(c, out.put("scope", c.scope())))
      .with("SignNewBaseline", SignNewBaseline.class,
          in -> SignNewBaseline.of(actor(in), date(in)),
          (c, out) -> common(c, out))
      .with("ContributeToPool", ContributeToPool.class,
          in -> ContributeToPool.of(actor(in), in.get("amount").money(), date(in)),
          (c, out) -> common(c, out.put("amount", c.amount())))
      .with("DrawOnPool", DrawOnPool.class,
          in -> DrawOnPool.of(actor(in), in.get("amount").money(), in.get("surprise").text(), date(in)),
          (c, out) -> common(c, out.put("amount", c.amount()).put("surprise", c.surprise())))
      .with("RecordForegroundIp", RecordForegroundIp.class,
          in -> RecordForegroundIp.of(actor(in), in.get("asset").object(IpCodec::foregroundAsset), date(in)),
          (c, out) -> common(c, out.put("asset", IpCodec.foregroundAsset(c.asset()))))
      .with("AmendIpFramework", AmendIpFramework.class,
          in -> AmendIpFramework.of(actor(in), in.get("framework").object(IpCodec::framework), date(in)),
          (c, out) -> common(c, out.put("framework", IpCodec.standalone(c.framework()))))
      .with("MakeJobOffer", MakeJobOffer.class,
          in -> MakeJobOffer.of(actor(in), engineer(in, "engineer"), date(in)),
          (c, out) -> common(c, out.put("engineer", c.engineer())));

  private CommandCodec() {}

  private static void common(Command command, Write out) {
    out.put("actor", actor(command.actor())).put("date", command.date());
  }

  private static Actor actor(Fields in) {
    return in.get("actor").object(CommandCodec::readActor);
  }

  private static Actor readActor(Fields in) {
    ActorKind kind = in.get("kind").choice(ActorKind.class);
    Value id = in.get("id");
    switch (kind) {
      case LEAD:
        return Actor.lead(id.text(PersonId::of));
      case PARENT:
        return Actor.parent(id.text(PartyId::of));
      default:
        return Actor.other(id.text());
    }
  }

  static Node actor(Actor actor) {
    return Write.object().put("kind", actor.kind()).put("id", actor.id()).node();
  }

  private static java.time.LocalDate date(Fields in) {
    return in.get("date").date();
  }

  private static EngineerId engineer(Fields in, String field) {
    return in.get(field).text(EngineerId::of);
  }

  private static VacancyId vacancy(Fields in) {
    return in.get("vacancy").text(VacancyId::of);
  }
}
