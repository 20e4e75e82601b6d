package dev.dmz.testkit;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.program.Command;
import dev.dmz.testkit.charter.CharterArbitraries;
import dev.dmz.testkit.program.CommandSequence;
import dev.dmz.testkit.program.ProgramArbitraries;
import dev.dmz.testkit.program.SampleProgram;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * The testkit's generators by type, for jqwik's {@code @Domain}: a property asks for a {@link
 * ProgramCharter}, a {@link CommandSequence} or a {@link Command} and gets one.
 *
 * <pre>{@code
 * @Domain(DmzDomain.class)
 * class MyRuleProperties {
 *   @Property
 *   void keepsEveryInvariant(@ForAll CommandSequence sequence) {
 *     sequence.under(myRuleBook).walk(Invariants::checkAll);
 *   }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@link ProgramCharter}: ready charters of every default size ({@link
 *       CharterArbitraries#readyCharters()});</li>
 *   <li>{@link CommandSequence}: command sequences against such charters, under the standard rule
 *       book ({@link CommandSequence#under} puts them under another);</li>
 *   <li>{@link Command}: any command at all, valid or not, around the {@link SampleProgram}.</li>
 * </ul>
 *
 * <p>With {@code @Domain}, only the domain's generators apply (add {@code
 * @Domain(DomainContext.Global.class)} for jqwik's own, such as integers and strings).
 */
public class DmzDomain extends DomainContextBase {
  /** Instantiated by jqwik. */
  public DmzDomain() {}

  /**
   * Ready charters.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<ProgramCharter> charters() {
    return CharterArbitraries.readyCharters();
  }

  /**
   * Command sequences against ready charters, under the standard rule book.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<CommandSequence> commandSequences() {
    return ProgramArbitraries.commandSequences(charters());
  }

  /**
   * Any command at all.
   *
   * @return the arbitrary
   */
  @Provide
  public Arbitrary<Command> commands() {
    return ProgramArbitraries.anyCommand();
  }
}
