package dev.dmz.json;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.json.codec.CharterCodec;
import dev.dmz.json.codec.CommandCodec;
import dev.dmz.json.codec.EventCodec;
import dev.dmz.json.codec.FindingCodec;
import dev.dmz.json.codec.StateCodec;
import dev.dmz.rules.Command;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Event;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.decision.Finding;
import dev.dmz.rules.decision.Readiness;
import java.util.List;

/**
 * The documents dmz reads and writes, each with its format name:
 *
 * <table>
 *   <caption>Documents</caption>
 *   <tr><th>document</th><th>format</th><th>holds</th></tr>
 *   <tr><td>{@link #CHARTER}</td><td>{@code dmz.charter/1}</td><td>a program charter (YAML or JSON)</td></tr>
 *   <tr><td>{@link #COMMAND}</td><td>{@code dmz.command/1}</td><td>one command, by {@code type}</td></tr>
 *   <tr><td>{@link #EVENT}</td><td>{@code dmz.event/1}</td><td>one event, by {@code type}</td></tr>
 *   <tr><td>{@link #FINDING}</td><td>{@code dmz.finding/1}</td><td>one finding of a rule</td></tr>
 *   <tr><td>{@link #READINESS}</td><td>{@code dmz.readiness/1}</td><td>a charter's readiness</td></tr>
 *   <tr><td>{@link #DECISION}</td><td>{@code dmz.decision/1}</td><td>a decision on a command</td></tr>
 *   <tr><td>{@link #ENTRY}</td><td>{@code dmz.entry/1}</td><td>a decision in a program's record,
 *       chained to the entry before it</td></tr>
 *   <tr><td>{@link #STATE}</td><td>{@code dmz.state/2}</td><td>a program's whole state, for a snapshot (version 1 still read)</td></tr>
 * </table>
 *
 * <p>Command files and event logs hold one command or event document a line (JSON Lines): see {@link
 * CommandFile} and {@link EventLog}.
 */
public final class Documents {

  /** A program charter. */
  public static final Document<ProgramCharter> CHARTER =
      new Document<>("charter", List.of(CharterCodec::read), CharterCodec::write);

  /** One command. */
  public static final Document<Command> COMMAND =
      new Document<>("command", List.of(CommandCodec.COMMANDS::read), CommandCodec.COMMANDS::write);

  /** One event. */
  public static final Document<Event> EVENT =
      new Document<>("event", List.of(EventCodec.EVENTS::read), EventCodec.EVENTS::write);

  /** One finding. */
  public static final Document<Finding> FINDING =
      new Document<>("finding", List.of(FindingCodec::finding), FindingCodec::finding);

  /** A charter's readiness: whether it is ready, and every finding. */
  public static final Document<Readiness> READINESS =
      new Document<>("readiness", List.of(FindingCodec::readiness), FindingCodec::readiness);

  /** A decision on a command: accepted with its events, or refused with its findings. */
  public static final Document<Decision> DECISION =
      new Document<>("decision", List.of(FindingCodec::decision), FindingCodec::decision);

  /**
   * One entry of a program's record, chained to the one before it: a log's line and a store's row.
   * See {@link Entry}.
   */
  public static final Document<Entry> ENTRY = new Document<>("entry", List.of(Entry::read), Entry::write);

  /**
   * A program's whole state, every field of {@link ProgramState}: what a snapshot holds, so that a
   * program is loaded as its latest snapshot plus the decisions recorded after it. Equal states are
   * written alike, byte for byte (maps and sets as lists sorted by key).
   *
   * <pre>{@code
   * String snapshot = Documents.STATE.writeJson(program.state());
   * ProgramState state = Documents.STATE.readJson(snapshot, "snapshot.json");   // equal to program.state()
   * Program resumed = Program.resume(state, program.ruleBook()).applyAll(tail);
   * }</pre>
   */
  public static final Document<ProgramState> STATE =
      new Document<>("state", List.of(StateCodec::readVersion1, StateCodec::read), StateCodec::write);

  private Documents() {}
}
