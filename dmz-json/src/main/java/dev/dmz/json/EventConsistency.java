package dev.dmz.json;

import dev.dmz.core.commercial.CommercialModel;
import dev.dmz.core.commercial.Milestone;
import dev.dmz.core.commercial.MilestoneId;
import dev.dmz.core.party.PartyId;
import dev.dmz.core.value.Text;
import dev.dmz.rules.program.Admitted;
import dev.dmz.rules.program.BaselineSigned;
import dev.dmz.rules.program.CommandRefused;
import dev.dmz.rules.program.Departed;
import dev.dmz.rules.program.Event;
import dev.dmz.rules.program.ForegroundIpRecorded;
import dev.dmz.rules.program.JobOfferMade;
import dev.dmz.rules.program.MilestoneAccepted;
import dev.dmz.rules.program.Nominated;
import dev.dmz.rules.program.PoolContributed;
import dev.dmz.rules.program.PoolDrawn;
import dev.dmz.rules.program.ProgramState;
import dev.dmz.rules.program.RebaselineTriggered;
import dev.dmz.rules.program.Vacancy;
import dev.dmz.rules.program.VacancyClosed;
import dev.dmz.rules.program.VacancyId;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Whether an event read from a log can have happened to the program as it stands: it is not dated
 * before the event before it; every id it names is known (an engineer nominated or on the program, a
 * vacancy open, a milestone or a party of the charter); an accepted milestone pays the charter's payee
 * its amount; every amount is in the commercial model's currency; a refusal gives a reason. The rule book decides what may happen;
 * this only refuses what cannot have been recorded by it, such as a log from another charter or one
 * edited by hand.
 */
final class EventConsistency {
  private EventConsistency() {}

  /**
   * What is wrong with an event.
   *
   * @param path the JSON path of the offending field
   * @param text what is wrong, naming the value
   */
  record Problem(String path, String text) {}

  static Optional<Problem> problem(ProgramState state, Event event) {
    if (event instanceof CommandRefused) {
      return check(!((CommandRefused) event).findings().isEmpty(), "$.findings",
          "is empty: a refusal gives at least one reason");
    }
    Optional<LocalDate> last = state.lastDate();
    if (last.isPresent() && event.date().isBefore(last.get())) {
      return Optional.of(new Problem("$.date", "is " + event.date() + ", before the event before it ("
          + last.get() + "): a program's history runs forward"));
    }
    return references(state, event);
  }

  private static Optional<Problem> references(ProgramState state, Event event) {
    if (event instanceof Nominated) {
      return party(state, "$.nominatedBy", ((Nominated) event).nominatedBy());
    }
    if (event instanceof Admitted) {
      Admitted e = (Admitted) event;
      return check(state.candidates().containsKey(e.engineer()), "$.engineer",
          "names engineer " + Text.quoted(e.engineer().value()) + ", who is not a nominated candidate")
          .or(() -> e.vacancy().flatMap(v -> openVacancy(state, v)));
    }
    if (event instanceof Departed) {
      Departed e = (Departed) event;
      return check(state.isActive(e.engineer()), "$.engineer",
          "names engineer " + Text.quoted(e.engineer().value()) + ", who is not on the program")
          .or(() -> check(!state.vacancies().containsKey(e.vacancy()), "$.vacancy",
              "opens vacancy " + Text.quoted(e.vacancy().value()) + ", which was opened before"));
    }
    if (event instanceof VacancyClosed) {
      return openVacancy(state, ((VacancyClosed) event).vacancy());
    }
    if (event instanceof MilestoneAccepted) {
      MilestoneAccepted e = (MilestoneAccepted) event;
      Optional<Milestone> milestone = state.charter().commercialModel().flatMap(m -> m.milestone(e.milestone()));
      return milestone(state, "$.milestone", e.milestone())
          .or(() -> check(milestone.map(m -> m.payee().equals(e.payee())).orElse(true), "$.payee",
              "names " + Text.quoted(e.payee().value()) + ", but the charter's milestone pays "
                  + Text.quoted(milestone.map(Milestone::payee).orElse(e.payee()).value())))
          .or(() -> check(milestone.map(m -> m.amount().equals(e.amount())).orElse(true), "$.amount",
              "is " + e.amount() + ", but the charter's milestone is worth "
                  + milestone.map(Milestone::amount).orElse(e.amount())));
    }
    if (event instanceof RebaselineTriggered) {
      return ((RebaselineTriggered) event).trigger().milestone()
          .flatMap(m -> milestone(state, "$.trigger.milestone", m));
    }
    if (event instanceof BaselineSigned) {
      return party(state, "$.party", ((BaselineSigned) event).party());
    }
    if (event instanceof PoolContributed) {
      PoolContributed e = (PoolContributed) event;
      return party(state, "$.party", e.party()).or(() -> currency(state, "$.amount", e.amount()));
    }
    if (event instanceof PoolDrawn) {
      return currency(state, "$.amount", ((PoolDrawn) event).amount());
    }
    if (event instanceof ForegroundIpRecorded) {
      return ((ForegroundIpRecorded) event).asset().contributors().stream()
          .filter(c -> !state.engineers().containsKey(c)).findFirst()
          .map(c -> new Problem("$.asset.contributors", "names engineer " + Text.quoted(c.value())
              + ", who was never on the program"));
    }
    if (event instanceof JobOfferMade) {
      return party(state, "$.party", ((JobOfferMade) event).party());
    }
    return Optional.empty();
  }

  private static Optional<Problem> check(boolean holds, String path, String problem) {
    return holds ? Optional.empty() : Optional.of(new Problem(path, problem));
  }

  private static Optional<Problem> party(ProgramState state, String path, PartyId party) {
    return check(state.charter().party(party).isPresent(), path,
        "names party " + Text.quoted(party.value()) + ", which is not a party of the charter");
  }

  private static Optional<Problem> milestone(ProgramState state, String path, MilestoneId milestone) {
    return check(state.charter().commercialModel().flatMap(m -> m.milestone(milestone)).isPresent(), path,
        "names milestone " + Text.quoted(milestone.value()) + ", which is not a milestone of the charter");
  }

  private static Optional<Problem> openVacancy(ProgramState state, VacancyId vacancy) {
    return check(state.vacancies().get(vacancy).map(Vacancy::isOpen).getOrElse(false), "$.vacancy",
        "names vacancy " + Text.quoted(vacancy.value()) + ", which is not open");
  }

  private static Optional<Problem> currency(ProgramState state, String path, Money amount) {
    return state.charter().commercialModel().map(CommercialModel::currency)
        .filter(currency -> !currency.equals(amount.getCurrencyUnit()))
        .map(currency -> new Problem(path, "is in " + amount.getCurrencyUnit() + ", but the commercial model "
            + "is in " + currency + ", was " + amount));
  }

}
