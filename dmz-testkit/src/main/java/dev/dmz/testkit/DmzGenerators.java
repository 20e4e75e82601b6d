package dev.dmz.testkit;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.Command;
import dev.dmz.testkit.charter.CharterGenerators;
import dev.dmz.testkit.program.CommandSequence;
import dev.dmz.testkit.program.ProgramGenerators;
import dev.dmz.testkit.program.SampleProgram;
import dev.dmz.testkit.property.Gen;

/**
 * The testkit's generators in one place, for a property that needs a charter, a command sequence or
 * a command and no more.
 *
 * <pre>{@code
 * @Test
 * void myRuleBookKeepsEveryInvariant() {
 *   Property.forAll(DmzGenerators.commandSequences())
 *       .check(sequence -> sequence.under(myRuleBook).walk(Invariants::checkAll));
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@link #charters()}: ready charters of every default size ({@link
 *       CharterGenerators#readyCharters()});</li>
 *   <li>{@link #commandSequences()}: command sequences against such charters, under the standard rule
 *       book ({@link CommandSequence#under} puts them under another);</li>
 *   <li>{@link #commands()}: any command at all, valid or not, around the {@link SampleProgram}.</li>
 * </ul>
 *
 * <p>{@link CharterGenerators} and {@link ProgramGenerators} have the rest: charters of other sizes,
 * charters that break one rule, sequences against a charter of your own, the values charters are
 * made of.
 */
public final class DmzGenerators {
  private DmzGenerators() {}

  /**
   * Ready charters.
   *
   * @return the generator
   */
  public static Gen<ProgramCharter> charters() {
    return CharterGenerators.readyCharters();
  }

  /**
   * Command sequences against ready charters, under the standard rule book.
   *
   * @return the generator
   */
  public static Gen<CommandSequence> commandSequences() {
    return ProgramGenerators.commandSequences(charters());
  }

  /**
   * Any command at all.
   *
   * @return the generator
   */
  public static Gen<Command> commands() {
    return ProgramGenerators.anyCommand();
  }
}
