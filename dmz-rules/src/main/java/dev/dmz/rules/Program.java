package dev.dmz.rules;

import dev.dmz.core.charter.ProgramCharter;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A running DMZ program: its charter, its state and its history, as one immutable value. Applying a
 * command returns a new program; the old one is unchanged, so a program can be shared between threads
 * and kept as a snapshot.
 *
 * <pre>{@code
 * Program program = Program.start(charter);
 * program = program.apply(Nominate.of(Actor.parent(voltaic), jonas, day));
 * Decision decision = program.lastDecision().orElseThrow();   // accepted, or refused and why
 * Program.Applied next = program.submit(command);             // the decision and the program at once
 * Program same = Program.replay(charter, program.history());  // equal state
 * Program later = Program.resume(program.state(), program.ruleBook());  // from a snapshot: same decisions
 * }</pre>
 *
 * <p>Every command is decided by the rule book (pure {@code decide}) and its outcome evolves the state
 * (pure {@code evolve}): an accepted command appends its events, a refused one appends a {@link
 * CommandRefused} event with every finding and changes no state, except what a wall decides the refusal
 * sets in motion: a refused substitution attempt by the engineer's employer is followed by a {@link
 * dev.dmz.rules.commercial.CommercialEvent.PremiumCancelled} event ({@code DMZ-PREMIUM-CONDITIONAL}).
 * Deciding a command costs nothing in the length of the history.
 */
public final class Program {
  private final RuleBook book;
  private final ProgramState state;
  private final Vector<Event> history;
  private final Vector<Decision> decisions;

  private Program(RuleBook book, ProgramState state, Vector<Event> history, Vector<Decision> decisions) {
    this.book = book;
    this.state = state;
    this.history = history;
    this.decisions = decisions;
  }

  /**
   * A program under the standard rule book, with no history.
   *
   * @param charter the charter, ready or not (entry waits for readiness)
   * @return the program
   */
  public static Program start(ProgramCharter charter) {
    return start(charter, RuleBook.standard());
  }

  /**
   * A program under a rule book of the embedding system's choice, with no history.
   *
   * @param charter the charter
   * @param book the rule book
   * @return the program
   */
  public static Program start(ProgramCharter charter, RuleBook book) {
    Objects.requireNonNull(charter, "charter is null");
    Objects.requireNonNull(book, "book is null");
    return new Program(book, ProgramState.initial(charter, book.check(charter)), Vector.empty(), Vector.empty());
  }

  /**
   * Rebuilds a program from its charter and history under the standard rule book.
   *
   * @param charter the charter the program started with
   * @param events the history, oldest first
   * @return a program with an equal state and the same history
   */
  public static Program replay(ProgramCharter charter, Iterable<? extends Event> events) {
    return replay(charter, RuleBook.standard(), events);
  }

  /**
   * Rebuilds a program from its charter and history. Each event costs O(log n) in the roster size,
   * so replaying N events costs O(N log N) at worst. The events are trusted as a program under this
   * rule book produced them (a record read back is checked by deciding its commands again: dmz-json's
   * {@code EventLog}); a history of events kept by an earlier version of dmz, in which a refused
   * substitution was not yet followed by its {@link
   * dev.dmz.rules.commercial.CommercialEvent.PremiumCancelled}, replays without the cancellation.
   *
   * @param charter the charter the program started with
   * @param book the rule book the program runs under
   * @param events the history, oldest first
   * @return a program with an equal state and the same history
   */
  public static Program replay(ProgramCharter charter, RuleBook book, Iterable<? extends Event> events) {
    Program program = start(charter, book);
    ProgramState state = program.state;
    List<Event> replayed = new ArrayList<>();
    for (Event event : events) {
      state = Evolution.apply(state, event, book);
      replayed.add(event);
    }
    // The history is built once at the end: appending event by event copies a leaf of the vector
    // each time, which made a third of a replay's allocation.
    return new Program(book, state, Vector.ofAll(replayed), Vector.empty());
  }

  /**
   * Goes on from a state written down earlier, such as a snapshot read back: the program's state is the
   * given one, and its {@link #history()} and {@link #decisions()} start empty: they hold what is decided
   * after the program was resumed, the record before it being kept in the embedding system's store or
   * log. Given the same commands, the resumed program decides exactly as the program the state was
   * taken from, and reaches an equal state.
   *
   * <pre>{@code
   * ProgramState snapshot = program.state();            // written down every N entries, say
   * Program resumed = Program.resume(snapshot, book);   // after a restart
   * resumed = resumed.applyAll(tail);                   // the commands recorded after the snapshot
   * }</pre>
   *
   * <p>The state is trusted as it is (see {@link ProgramState#builder()}), with one check: its
   * readiness must be the one the rule book gives its charter, as in every state of a program run
   * under that book. A state written under another rule book (with a charter rule the given one
   * lacks, say) would otherwise be decided on with a readiness the book does not give.
   *
   * @param state the state to go on from
   * @param book the rule book the program ran under
   * @return the program, with the state and no history
   * @throws IllegalArgumentException if the state's readiness is not the one the rule book gives its
   *     charter
   */
  public static Program resume(ProgramState state, RuleBook book) {
    Objects.requireNonNull(state, "state is null");
    Objects.requireNonNull(book, "book is null");
    if (!book.check(state.charter()).equals(state.readiness())) {
      throw new IllegalArgumentException("the state's readiness is not the one the rule book gives its charter:"
          + " the state was not made under this rule book");
    }
    return new Program(book, state, Vector.empty(), Vector.empty());
  }

  /**
   * Decides on a command without applying it: may it go through, and if not, why not?
   *
   * @param command the command
   * @return the decision
   */
  public Decision decide(Command command) {
    return book.decide(state, command);
  }

  /**
   * Decides on a command and records the outcome.
   *
   * @param command the command
   * @return the program after the command; {@link #lastDecision()} says what was decided
   */
  public Program apply(Command command) {
    Decision decision = decide(command);
    List<Event> events = book.recorded(state, decision);
    ProgramState next = state;
    for (Event event : events) {
      next = Evolution.apply(next, event, book);
    }
    return new Program(book, next, history.appendAll(events), decisions.append(decision));
  }

  /**
   * Decides on a command, records the outcome, and gives both: the decision and the program after it.
   *
   * <pre>{@code
   * Program.Applied applied = program.submit(command);
   * if (!applied.decision().isAccepted()) { ... applied.decision().findings() ... }
   * program = applied.program();
   * }</pre>
   *
   * @param command the command
   * @return the decision and the program after the command
   */
  public Applied submit(Command command) {
    Program after = apply(command);
    return new Applied(after.decisions.last(), after);
  }

  /**
   * A command applied: what was decided, and the program after it.
   *
   * @param decision the decision on the command: accepted with its events, or refused and why
   * @param program the program after the command, with the decision recorded
   */
  public record Applied(Decision decision, Program program) {}

  /**
   * Applies commands in order.
   *
   * @param commands the commands
   * @return the program after the last one
   */
  public Program applyAll(Iterable<? extends Command> commands) {
    Program program = this;
    for (Command command : commands) {
      program = program.apply(command);
    }
    return program;
  }

  /**
   * The state as of the latest event.
   *
   * @return the state
   */
  public ProgramState state() {
    return state;
  }

  /**
   * Every event, oldest first, refusals included: since the program started, was replayed, or was
   * {@link #resume resumed}.
   *
   * @return the history
   */
  public Vector<Event> history() {
    return history;
  }

  /**
   * The rule book the program runs under.
   *
   * @return the rule book
   */
  public RuleBook ruleBook() {
    return book;
  }

  /**
   * The decision on the command applied last.
   *
   * @return the decision, or empty when no command was applied to this program
   */
  public Optional<Decision> lastDecision() {
    return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.last());
  }

  /**
   * Every decision taken by applying commands to this program, oldest first: the command, and the
   * events it produced or the findings it was refused for. This is the program's record, what a log
   * keeps and re-checks when it is read back; the {@link #history()} holds the same events without
   * their commands. A program rebuilt from events alone ({@link #replay}) has taken no decision; a
   * program {@link #resume resumed} from a state holds only the decisions taken since.
   *
   * @return the decisions
   */
  public Vector<Decision> decisions() {
    return decisions;
  }
}
