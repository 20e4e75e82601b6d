package dev.dmz.testkit.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.rules.program.Command;
import dev.dmz.rules.program.Decision;
import dev.dmz.rules.program.Program;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What holds after every step of any command sequence, valid or not: the invariants DOMAIN.md asks
 * property-based tests to check ({@link Invariants}), on the sequences of {@link
 * ProgramArbitraries#commandSequences()}.
 */
@Label("Program invariants, after every step of any command sequence")
class ProgramInvariantsProperties {

  @Provide
  Arbitrary<CommandSequence> sequences() {
    return ProgramArbitraries.commandSequences();
  }

  @Group
  @Label("DMZ-NAMED-ENTRY")
  class NamedEntry {
    @Property(edgeCases = EdgeCasesMode.NONE)
    @Label("no placeholder is ever on the roster")
    void noPlaceholderOnRoster(@ForAll("sequences") CommandSequence sequence) {
      sequence.walk(Invariants::noPlaceholderOnRoster);
    }
  }

  @Group
  @Label("DMZ-RISK-POOL-DRAW")
  class RiskPool {
    @Property(edgeCases = EdgeCasesMode.NONE)
    @Label("the pool never goes below zero, and holds what was paid in less what was drawn")
    void poolNeverNegative(@ForAll("sequences") CommandSequence sequence) {
      sequence.walk(Invariants::poolNeverNegative);
    }
  }

  @Group
  @Label("refusals")
  class Refusals {
    @Property(edgeCases = EdgeCasesMode.NONE)
    @Label("a refused command leaves the state as it was, but for the premium a substitution attempt cancels")
    void refusalChangesNothing(@ForAll("sequences") CommandSequence sequence) {
      sequence.walk(Invariants::refusalChangesNothing);
    }
  }

  @Group
  @Label("DMZ-IP-USAGE")
  class UsageRights {
    /*
     * This property found a bug, since fixed (ProgramState.wasActiveOn now ends with the program).
     * Its shrunk counterexample (2 steps):
     *   1. Nominate{actor=the parent oem, line=Mira Schulz (O-1, oem), date=2027-03-01}  -> accepted
     *   2. Admit{actor=the lead lead, engineer=O-1, date=2027-03-01}  -> accepted
     *   O-1 counts as active on 2028-01-01, after the program ended on 2027-12-31
     * A consequence: RecordForegroundIp by sup-a crediting A-7 (admitted 2027-03-01, never departed)
     * dated 2030-12-31 is accepted.
     */
    @Property(edgeCases = EdgeCasesMode.NONE)
    @Label("nobody is on the program or has a usage grant outside their tenures and the program period")
    void usageOnlyWhileOnTheProgram(@ForAll("sequences") CommandSequence sequence) {
      sequence.walk(Invariants::usageOnlyWhileOnTheProgram);
    }
  }

  @Group
  @Label("DMZ-PREMIUM-CONDITIONAL")
  class PremiumRates {
    @Property(edgeCases = EdgeCasesMode.NONE)
    @Label("a premium is in force only while its engineer is on the program, and never after a cancellation")
    void premiumOnlyWhileOnTheProgram(@ForAll("sequences") CommandSequence sequence) {
      sequence.walk(Invariants::premiumOnlyWhileOnTheProgram);
    }
  }

  @Group
  @Label("functional core")
  class FunctionalCore {
    @Property(edgeCases = EdgeCasesMode.NONE)
    @Label("replaying the history gives the same state and history")
    void replayGivesSameState(@ForAll("sequences") CommandSequence sequence) {
      sequence.walk(Invariants.replayGivesSameState(sequence.charter()));
      sequence.walk(Invariants::replayGivesSameState);
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    @Label("every decision is the rule book's, and recorded as decided")
    void decisionIsRecorded(@ForAll("sequences") CommandSequence sequence) {
      sequence.walk(Invariants::decisionIsRecorded);
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    @Label("the same commands give equal decisions, states and histories")
    void deterministic(@ForAll("sequences") CommandSequence sequence) {
      Program first = sequence.start();
      Program second = sequence.start();
      for (Command command : sequence.commands()) {
        Decision decided = first.decide(command);
        first = first.apply(command);
        second = second.apply(command);
        assertEquals(decided, first.lastDecision().orElseThrow(), "deciding and applying agree");
        assertEquals(first.lastDecision(), second.lastDecision());
        assertEquals(first.state(), second.state());
        assertEquals(first.history(), second.history());
      }
    }
  }
}
