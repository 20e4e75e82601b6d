package dev.dmz.cli;

import dev.dmz.core.value.Text;
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
import java.util.Locale;

/**
 * Commands in a few plain words, for the tables of the command line, on one line: what a terminal
 * would act on is escaped ({@link Text#oneLine}).
 */
final class CommandWords {
  private CommandWords() {}

  /**
   * What a command asks, such as {@code "admit VS-1042"}.
   *
   * @param command the command
   * @return a few words
   */
  static String of(Command command) {
    return Text.oneLine(words(command));
  }

  private static String words(Command command) {
    if (command instanceof Nominate) {
      return "nominate " + ((Nominate) command).line().label();
    }
    if (command instanceof Admit) {
      return "admit " + ((Admit) command).engineer();
    }
    if (command instanceof RecordDeparture) {
      RecordDeparture c = (RecordDeparture) command;
      return "record the departure of " + c.engineer() + " (" + c.reason().name().toLowerCase(Locale.ROOT)
          .replace('_', ' ') + ")";
    }
    if (command instanceof FillVacancy) {
      FillVacancy c = (FillVacancy) command;
      return "fill vacancy " + c.vacancy() + " with " + c.engineer();
    }
    if (command instanceof CloseVacancy) {
      return "close vacancy " + ((CloseVacancy) command).vacancy();
    }
    if (command instanceof SubstituteEngineer) {
      SubstituteEngineer c = (SubstituteEngineer) command;
      return "substitute " + c.incoming().label() + " for " + c.outgoing();
    }
    if (command instanceof AcceptMilestone) {
      return "accept milestone " + ((AcceptMilestone) command).milestone();
    }
    if (command instanceof RecordScopeChange) {
      return "record scope " + ((RecordScopeChange) command).scope().toPlainString();
    }
    if (command instanceof SignNewBaseline) {
      return "sign the new baseline";
    }
    if (command instanceof ContributeToPool) {
      return "contribute " + ((ContributeToPool) command).amount() + " to the risk pool";
    }
    if (command instanceof DrawOnPool) {
      DrawOnPool c = (DrawOnPool) command;
      return "draw " + c.amount() + " from the risk pool for " + c.surprise();
    }
    if (command instanceof RecordForegroundIp) {
      return "record foreground IP " + ((RecordForegroundIp) command).asset().id();
    }
    if (command instanceof AmendIpFramework) {
      return "amend the IP framework";
    }
    if (command instanceof MakeJobOffer) {
      return "offer a job to " + ((MakeJobOffer) command).engineer();
    }
    return command.getClass().getSimpleName();
  }
}
