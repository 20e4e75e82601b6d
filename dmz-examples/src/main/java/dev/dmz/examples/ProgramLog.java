package dev.dmz.examples;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.charter.ProgramLead;
import dev.dmz.core.party.Party;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.Actor;
import dev.dmz.rules.ActorKind;
import dev.dmz.rules.Command;
import dev.dmz.rules.CommandRefused;
import dev.dmz.rules.Event;
import dev.dmz.rules.Program;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.commercial.CommercialCommand.AcceptMilestone;
import dev.dmz.rules.commercial.CommercialCommand.ContributeToPool;
import dev.dmz.rules.commercial.CommercialCommand.DrawOnPool;
import dev.dmz.rules.commercial.CommercialCommand.RecordScopeChange;
import dev.dmz.rules.commercial.CommercialCommand.SignNewBaseline;
import dev.dmz.rules.commercial.CommercialEvent.BaselineRenewed;
import dev.dmz.rules.commercial.CommercialEvent.BaselineSigned;
import dev.dmz.rules.commercial.CommercialEvent.MilestoneAccepted;
import dev.dmz.rules.commercial.CommercialEvent.PoolContributed;
import dev.dmz.rules.commercial.CommercialEvent.PoolDrawn;
import dev.dmz.rules.commercial.CommercialEvent.PremiumCancelled;
import dev.dmz.rules.commercial.CommercialEvent.RebaselineTriggered;
import dev.dmz.rules.commercial.CommercialEvent.ScopeChanged;
import dev.dmz.rules.ip.IpCommand.AmendIpFramework;
import dev.dmz.rules.ip.IpCommand.RecordForegroundIp;
import dev.dmz.rules.ip.IpEvent.ForegroundIpRecorded;
import dev.dmz.rules.ip.IpEvent.IpFrameworkAmended;
import dev.dmz.rules.nonpoaching.NonPoachingCommand.MakeJobOffer;
import dev.dmz.rules.nonpoaching.NonPoachingEvent.JobOfferMade;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.CloseVacancy;
import dev.dmz.rules.staffing.StaffingCommand.FillVacancy;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import dev.dmz.rules.staffing.StaffingCommand.SubstituteEngineer;
import dev.dmz.rules.staffing.StaffingEvent.Admitted;
import dev.dmz.rules.staffing.StaffingEvent.Departed;
import dev.dmz.rules.staffing.StaffingEvent.Nominated;
import dev.dmz.rules.staffing.StaffingEvent.VacancyClosed;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A program's history as a dated log in plain sentences: "Jonas Brandt left (illness); the seat is
 * vacancy V1", "Refused by DMZ-REPLACEMENT-VETO: Voltaic Systems GmbH swaps ...". People and companies
 * are named as the program knows them.
 */
final class ProgramLog {
  private final ProgramState state;

  private ProgramLog(ProgramState state) {
    this.state = state;
  }

  /** The sentences of a program's events and commands, naming people and companies as it knows them. */
  static ProgramLog in(ProgramState state) {
    return new ProgramLog(state);
  }

  /** How wide the sentences may be: with the date and the table's indent, 100 columns. */
  private static final int SENTENCE_WIDTH = 86;

  /** The whole history of a program, one row per event; a long sentence wraps. */
  static TextTable of(Program program) {
    ProgramLog log = new ProgramLog(program.state());
    TextTable table = TextTable.withHeader("Date", "What happened").wrapAt(1, SENTENCE_WIDTH);
    program.history().forEach(event -> table.row(event.date(), log.describe(event)));
    return table;
  }

  String describe(Event event) {
    if (event instanceof Nominated e) {
      return company(e.nominatedBy()) + " nominated " + e.candidate().name() + " (" + e.candidate().id() + ")";
    }
    if (event instanceof Admitted e) {
      return e.vacancy().map(v -> "The lead filled vacancy " + v + " with " + person(e.engineer())
          + ", from the pool").orElse("The lead admitted " + person(e.engineer()));
    }
    if (event instanceof Departed e) {
      return person(e.engineer()) + " left (" + lowerCase(e.reason()) + "); the seat is vacancy " + e.vacancy();
    }
    if (event instanceof VacancyClosed e) {
      return "The lead closed vacancy " + e.vacancy() + " with no replacement";
    }
    if (event instanceof MilestoneAccepted e) {
      return "The lead accepted milestone " + e.milestone() + " (" + slip(e.slipDays()) + "): "
          + company(e.payee()) + " is owed " + Report.money(e.amount());
    }
    if (event instanceof ScopeChanged e) {
      return "The scope is now " + e.scope().toPlainString();
    }
    if (event instanceof RebaselineTriggered e) {
      return "The commercial arrangement re-opened: " + e.trigger();
    }
    if (event instanceof BaselineSigned e) {
      return company(e.party()) + " signed the new baseline";
    }
    if (event instanceof BaselineRenewed) {
      return "Every parent signed: the new baseline holds";
    }
    if (event instanceof PoolContributed e) {
      return company(e.party()) + " paid " + Report.money(e.amount()) + " into the risk pool";
    }
    if (event instanceof PoolDrawn e) {
      return "The lead drew " + Report.money(e.amount()) + " from the risk pool for: " + e.surprise();
    }
    if (event instanceof PremiumCancelled e) {
      return "So " + person(e.engineer()) + "'s premium rate is cancelled for good, from this day";
    }
    if (event instanceof ForegroundIpRecorded e) {
      return "Foreground IP recorded: " + e.asset().description() + ", by " + e.asset().contributors()
          .stream().map(this::person).collect(Collectors.joining(", "));
    }
    if (event instanceof IpFrameworkAmended) {
      return "The IP framework was amended";
    }
    if (event instanceof JobOfferMade e) {
      return company(e.party()) + " made a job offer to " + person(e.engineer());
    }
    if (event instanceof CommandRefused e) {
      return "Refused by " + e.findings().stream().map(f -> f.ruleId().value()).distinct()
          .collect(Collectors.joining(", ")) + ": " + describe(e.command());
    }
    return "An event the examples do not describe";
  }

  String describe(Command command) {
    String who = who(command.actor());
    if (command instanceof Nominate c) {
      return who + " nominates " + c.line().label();
    }
    if (command instanceof Admit c) {
      return who + " admits " + person(c.engineer());
    }
    if (command instanceof SubstituteEngineer c) {
      return who + " swaps " + person(c.outgoing()) + " for " + c.incoming().label();
    }
    if (command instanceof RecordDeparture c) {
      return who + " records that " + person(c.engineer()) + " leaves";
    }
    if (command instanceof FillVacancy c) {
      return who + " fills vacancy " + c.vacancy() + " with " + person(c.engineer());
    }
    if (command instanceof CloseVacancy c) {
      return who + " closes vacancy " + c.vacancy();
    }
    if (command instanceof AcceptMilestone c) {
      return who + " accepts milestone " + c.milestone();
    }
    if (command instanceof RecordScopeChange c) {
      return who + " records a scope of " + c.scope().toPlainString();
    }
    if (command instanceof SignNewBaseline) {
      return who + " signs a new baseline";
    }
    if (command instanceof ContributeToPool c) {
      return who + " pays " + Report.money(c.amount()) + " into the risk pool";
    }
    if (command instanceof DrawOnPool c) {
      return who + " draws " + Report.money(c.amount()) + " from the risk pool for: " + c.surprise();
    }
    if (command instanceof RecordForegroundIp c) {
      return who + " records foreground IP " + c.asset().id();
    }
    if (command instanceof AmendIpFramework) {
      return who + " amends the IP framework";
    }
    if (command instanceof MakeJobOffer c) {
      return who + " offers " + person(c.engineer()) + " a job";
    }
    return who + " asks for something the examples do not describe";
  }

  private String who(Actor actor) {
    ProgramCharter charter = state.charter();
    if (actor.kind() == ActorKind.LEAD) {
      return charter.leads().stream().filter(l -> actor.is(l.id())).map(ProgramLead::name).findFirst()
          .orElse(actor.toString());
    }
    return state.parentOf(actor).map(this::company).orElse(actor.toString());
  }

  private String company(PartyId party) {
    return state.charter().party(party).map(Party::name).orElse(party.value());
  }

  private String person(EngineerId engineer) {
    return state.staffing().engineers().get(engineer).orElse(() -> state.staffing().candidates().get(engineer))
        .map(NamedEngineer::name).getOrElse(engineer.value());
  }

  private static String slip(long days) {
    if (days == 0) {
      return "on its due date";
    }
    long abs = Math.abs(days);
    return abs + (abs == 1 ? " day " : " days ") + (days < 0 ? "early" : "late");
  }

  private static String lowerCase(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
