package dev.dmz.benchmarks;

import static dev.dmz.benchmarks.LargeCharter.EUR;
import static dev.dmz.benchmarks.LargeCharter.LEAD;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.ip.AssetId;
import dev.dmz.core.ip.ForegroundAsset;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.HeadcountLine;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.json.Entry;
import dev.dmz.json.Head;
import dev.dmz.rules.Actor;
import dev.dmz.rules.Command;
import dev.dmz.rules.CommandRefused;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Event;
import dev.dmz.rules.Program;
import dev.dmz.rules.commercial.CommercialCommand.AcceptMilestone;
import dev.dmz.rules.commercial.CommercialCommand.ContributeToPool;
import dev.dmz.rules.commercial.CommercialCommand.DrawOnPool;
import dev.dmz.rules.commercial.CommercialCommand.RecordScopeChange;
import dev.dmz.rules.ip.IpCommand.RecordForegroundIp;
import dev.dmz.rules.nonpoaching.NonPoachingCommand.MakeJobOffer;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.CloseVacancy;
import dev.dmz.rules.staffing.StaffingCommand.FillVacancy;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.rules.staffing.StaffingCommand.RecordDeparture;
import dev.dmz.rules.staffing.StaffingCommand.SubstituteEngineer;
import dev.dmz.rules.staffing.StaffingEvent.Departed;
import dev.dmz.rules.staffing.VacancyId;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.joda.money.Money;

/**
 * A valid history of a given length, produced by applying commands to a program of {@value #ROSTER}
 * engineers and {@value #PARENTS} parents, so that every event is one the library itself decided.
 *
 * <p>After the first {@value #ROSTER} nominations and admissions, the history repeats a working day's
 * cycle ({@value #CYCLES_PER_DAY} cycles a day): a parent nominates a newcomer; the longest-serving
 * engineer leaves and the lead fills the vacancy with the newcomer; a parent pays into the risk pool
 * and the lead draws on it; the scope is recorded (within its threshold); the newcomer's employer
 * tries to substitute them (refused, and recorded as a refusal) and makes them a job offer (its own
 * employee: allowed); foreground IP is credited to the newcomer; another newcomer is nominated and
 * admitted, and the previous cycle's one leaves, their vacancy closed. In the first cycles the lead
 * also accepts the milestones. The roster stays at {@value #ROSTER}; every map of engineers, vacancies,
 * offers and assets grows with the history, as in a long-running program.
 */
final class ReplayHistory {
  /** Engineers on the roster at any time. */
  static final int ROSTER = 1_000;
  /** Parents of the program. */
  static final int PARENTS = 5;
  /** Cycles of commands dated on one day. */
  static final int CYCLES_PER_DAY = 32;

  private final ProgramCharter charter;
  private final List<Event> events;

  private ReplayHistory(ProgramCharter charter, List<Event> events) {
    this.charter = charter;
    this.events = events;
  }

  /**
   * The charter the history belongs to.
   *
   * @return the charter
   */
  ProgramCharter charter() {
    return charter;
  }

  /**
   * The events, oldest first.
   *
   * @return exactly as many events as asked for
   */
  List<Event> events() {
    return events;
  }

  /**
   * Produces a history.
   *
   * @param length how many events
   * @return the history's first {@code length} events and their charter
   */
  static ReplayHistory of(int length) {
    ProgramCharter charter = LargeCharter.of(PARENTS, ROSTER);
    Writer writer = new Writer(charter);
    for (int cycle = 0; writer.program.history().size() < length; cycle++) {
      writer.cycle(cycle);
    }
    return new ReplayHistory(charter, writer.program.history().take(length).toJavaList());
  }

  /**
   * A program that ran the same cycles until it took at least so many decisions: what a log of its
   * record holds ({@code EventLog.write(program.decisions())}).
   *
   * @param decisions how many decisions at least
   * @return the program
   */
  static Program program(int decisions) {
    Writer writer = new Writer(LargeCharter.of(PARENTS, ROSTER));
    for (int cycle = 0; writer.program.decisions().size() < decisions; cycle++) {
      writer.cycle(cycle);
    }
    return writer.program;
  }

  /**
   * A program whose state stops growing: after the same first nominations and admissions, its cycles
   * hold only commands that change no map of the state (a contribution to and a draw on the pool, a
   * scope change within its threshold, a job offer to one's own engineer, a refused substitution by
   * another parent, a refused headcount nomination), as a long-running program with a settled roster
   * decides most days. Its snapshot is the same size after 100,000 decisions as after 1,000,000: it
   * shows what a load costs when only the history grows ({@link SteadyStoreBenchmarks}).
   *
   * @param decisions how many decisions at least
   * @return the program
   */
  static Program steadyProgram(int decisions) {
    Writer writer = new Writer(LargeCharter.of(PARENTS, ROSTER));
    for (int cycle = 0; writer.program.decisions().size() < decisions; cycle++) {
      writer.steadyCycle(cycle);
    }
    return writer.program;
  }

  /**
   * Writes the record of the same cycles to a log, one entry a line, until it holds at least so many
   * events, in memory bounded by the program's state (see {@link #write}).
   *
   * @param log the log to write (replaced)
   * @param events how many events at least
   * @return what was written
   * @throws IOException if the log cannot be written
   */
  static Written writeLog(Path log, int events) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      return write(events, Long.MAX_VALUE, entry -> {
        out.write(entry.line());
        out.write('\n');
      });
    }
  }

  /**
   * Gives the entries of the same cycles' record to a sink, until they hold at least so many events,
   * in memory bounded by the program's state: every {@value #FLUSH_EVERY} decisions or so, the
   * decisions go to the sink and the program goes on from its state ({@code Program.resume}), its
   * history and decisions dropped.
   *
   * @param events how many events at least
   * @param snapshotAt the sink is given the program once, at the end of the first cycle that takes
   *     the record to this many entries or more ({@code Long.MAX_VALUE}: never)
   * @param sink what takes the entries and the snapshot
   * @return what was written
   * @throws IOException if the sink fails
   */
  static Written write(int events, long snapshotAt, Sink sink) throws IOException {
    Writer writer = new Writer(LargeCharter.of(PARENTS, ROSTER));
    Head head = Head.EMPTY;
    long written = 0;
    boolean snapshot = false;
    LocalDate last = LargeProgram.ENTRY;
    for (int cycle = 0; written + writer.program.history().size() < events; cycle++) {
      last = writer.cycle(cycle);
      boolean atSnapshot = !snapshot && head.entries() + writer.program.decisions().size() >= snapshotAt;
      if (atSnapshot || writer.program.decisions().size() >= FLUSH_EVERY) {
        written += writer.program.history().size();
        head = writer.flush(sink, head);
      }
      if (atSnapshot) {
        sink.snapshot(head, writer.program);
        snapshot = true;
      }
    }
    written += writer.program.history().size();
    head = writer.flush(sink, head);
    return new Written(writer.program.state().charter(), head, written, last);
  }

  /** What {@link #write} gives the entries to. */
  interface Sink {
    /**
     * Takes the next entry.
     *
     * @param entry the entry
     * @throws IOException if it cannot be kept
     */
    void entry(Entry entry) throws IOException;

    /**
     * Takes the program at a head, once.
     *
     * @param head the head
     * @param program the program the record up to it leaves (its history and decisions empty)
     * @throws IOException if it cannot be kept
     */
    default void snapshot(Head head, Program program) throws IOException {
      // no snapshot kept
    }
  }

  /** Decisions held before {@link #write} gives them to its sink. */
  private static final int FLUSH_EVERY = 10_000;

  /**
   * A record that {@link #write} wrote.
   *
   * @param charter the charter of its program
   * @param head its head: how many entries, and the last one's hash
   * @param events how many events its entries hold
   * @param lastDay the date of its last commands
   */
  record Written(ProgramCharter charter, Head head, long events, LocalDate lastDay) {}

  /** Applies the commands, checking each is decided as intended. */
  private static final class Writer {
    private final Deque<NamedEngineer> onProgram = new ArrayDeque<>();
    private Program program;
    private int nextEngineer;
    private NamedEngineer leavingNext;

    Writer(ProgramCharter charter) {
      program = Program.start(charter);
      for (int n = 0; n < ROSTER; n++) {
        NamedEngineer engineer = LargeCharter.engineer(n, PARENTS);
        accept(Nominate.of(Actor.parent(engineer.employer()), engineer, LargeProgram.ENTRY));
      }
      for (int n = 0; n < ROSTER; n++) {
        NamedEngineer engineer = LargeCharter.engineer(n, PARENTS);
        accept(Admit.of(LEAD, engineer.id(), LargeProgram.ENTRY));
        onProgram.add(engineer);
      }
      nextEngineer = ROSTER;
    }

    Head flush(Sink sink, Head head) throws IOException {
      Head next = head;
      for (Decision decision : program.decisions()) {
        Entry entry = Entry.after(next, decision);
        sink.entry(entry);
        next = entry.head();
      }
      program = Program.resume(program.state(), program.ruleBook());
      return next;
    }

    LocalDate cycle(int cycle) {
      LocalDate day = LargeProgram.ENTRY.plusDays(cycle / CYCLES_PER_DAY);
      NamedEngineer newcomer = LargeCharter.engineer(nextEngineer++, PARENTS);
      Actor employer = Actor.parent(newcomer.employer());
      accept(Nominate.of(employer, newcomer, day));
      VacancyId seat = leave(onProgram.poll(), day);
      accept(FillVacancy.of(LEAD, seat, newcomer.id(), day));
      onProgram.add(newcomer);
      accept(ContributeToPool.of(Actor.parent(LargeCharter.parent(cycle % PARENTS)), Money.ofMajor(EUR, 1_000), day));
      accept(DrawOnPool.of(LEAD, Money.ofMajor(EUR, 900), "Unplanned re-test of prototype " + cycle, day));
      accept(RecordScopeChange.of(LEAD, BigDecimal.valueOf(1_000 + 50L * (cycle % 2)), day));
      program = program.apply(SubstituteEngineer.of(employer, newcomer.id(),
          NamedEngineer.of(EngineerId.of("S-" + cycle), "Walter Brenner", newcomer.employer()), day));
      if (program.lastDecision().orElseThrow().isAccepted()) {
        throw new IllegalStateException("a substitution should be refused");
      }
      accept(MakeJobOffer.of(employer, newcomer.id(), day));
      accept(RecordForegroundIp.of(LEAD, ForegroundAsset.builder().id(AssetId.of("F-" + cycle))
          .description("Test rig firmware, build " + cycle).addContributor(newcomer.id()).recordedOn(day)
          .build(), day));
      if (cycle < 2 * (PARENTS - 1)) {
        accept(AcceptMilestone.of(LEAD, LargeCharter.milestone(cycle / 2 + 1, cycle % 2 + 1), day));
      }
      NamedEngineer visitor = LargeCharter.engineer(nextEngineer++, PARENTS);
      accept(Nominate.of(Actor.parent(visitor.employer()), visitor, day));
      accept(Admit.of(LEAD, visitor.id(), day));
      if (leavingNext != null) {
        accept(CloseVacancy.of(LEAD, leave(leavingNext, day), day));
      }
      leavingNext = visitor;
      return day;
    }

    void steadyCycle(int cycle) {
      // four times the cycles a day of the growing history: its cycles are shorter, and the record of
      // 1,000,000 decisions stays within the program period
      LocalDate day = LargeProgram.ENTRY.plusDays(cycle / (4 * CYCLES_PER_DAY));
      NamedEngineer engineer = onProgram.peek();
      Actor employer = Actor.parent(engineer.employer());
      Actor other = Actor.parent(LargeCharter.parent((cycle + 1) % PARENTS));
      accept(ContributeToPool.of(Actor.parent(LargeCharter.parent(cycle % PARENTS)), Money.ofMajor(EUR, 1_000), day));
      accept(DrawOnPool.of(LEAD, Money.ofMajor(EUR, 900), "Unplanned re-test of prototype " + cycle, day));
      accept(RecordScopeChange.of(LEAD, BigDecimal.valueOf(1_000 + 50L * (cycle % 2)), day));
      accept(MakeJobOffer.of(employer, engineer.id(), day));
      refuse(SubstituteEngineer.of(other.equals(employer) ? Actor.parent(LargeCharter.parent((cycle + 2) % PARENTS))
          : other, engineer.id(), NamedEngineer.of(EngineerId.of("S-" + cycle), "Walter Brenner",
          engineer.employer()), day));
      refuse(Nominate.of(employer, HeadcountLine.of(3, "test engineer", engineer.employer()), day));
    }

    private void refuse(Command command) {
      program = program.apply(command);
      if (program.lastDecision().orElseThrow().isAccepted()) {
        throw new IllegalStateException("producing the history, " + command + " should be refused");
      }
      if (program.history().last() instanceof CommandRefused) {
        return;
      }
      throw new IllegalStateException("a refusal set something in motion: " + program.history().last());
    }

    private VacancyId leave(NamedEngineer engineer, LocalDate day) {
      accept(RecordDeparture.of(LEAD, engineer.id(), DepartureReason.RESIGNATION, day));
      return ((Departed) program.lastDecision().orElseThrow().events().get(0)).vacancy();
    }

    private void accept(Command command) {
      program = program.apply(command);
      if (!program.lastDecision().orElseThrow().isAccepted()) {
        throw new IllegalStateException("producing the history, " + command + " was "
            + program.lastDecision().orElseThrow());
      }
    }
  }
}
