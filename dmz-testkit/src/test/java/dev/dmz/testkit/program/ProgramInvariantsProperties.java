package dev.dmz.testkit.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dmz.rules.Command;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Program;
import dev.dmz.testkit.property.Gen;
import dev.dmz.testkit.property.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What holds after every step of any command sequence, valid or not: the invariants DOMAIN.md asks
 * property-based tests to check ({@link Invariants}), on the sequences of {@link
 * ProgramGenerators#commandSequences()}.
 */
@DisplayName("Program invariants, after every step of any command sequence")
class ProgramInvariantsProperties {

  static Gen<CommandSequence> sequences() {
    return ProgramGenerators.commandSequences();
  }

  @Nested
  @DisplayName("DMZ-NAMED-ENTRY")
  class NamedEntry {
    @Test
    @DisplayName("no placeholder is ever on the roster")
    void noPlaceholderOnRoster() {
      Property.forAll(sequences()).check(sequence -> {
        sequence.walk(Invariants::noPlaceholderOnRoster);
      });
    }
  }

  @Nested
  @DisplayName("DMZ-RISK-POOL-DRAW")
  class RiskPool {
    @Test
    @DisplayName("the pool never goes below zero, and holds what was paid in less what was drawn")
    void poolNeverNegative() {
      Property.forAll(sequences()).check(sequence -> {
        sequence.walk(Invariants::poolNeverNegative);
      });
    }
  }

  @Nested
  @DisplayName("refusals")
  class Refusals {
    @Test
    @DisplayName("a refused command leaves the state as it was, but for the premium a substitution attempt cancels")
    void refusalChangesNothing() {
      Property.forAll(sequences()).check(sequence -> {
        sequence.walk(Invariants::refusalChangesNothing);
      });
    }
  }

  @Nested
  @DisplayName("DMZ-IP-USAGE")
  class UsageRights {
    /*
     * This property found a bug, since fixed (ProgramState.wasActiveOn now ends with the program).
     * Its shrunk counterexample (2 steps):
     *   1. Nominate[actor=the parent oem, line=Mira Schulz (O-1, oem), date=2027-03-01]  -> accepted
     *   2. Admit[actor=the lead lead, engineer=O-1, date=2027-03-01]  -> accepted
     *   O-1 counts as active on 2028-01-01, after the program ended on 2027-12-31
     * A consequence: RecordForegroundIp by sup-a crediting A-7 (admitted 2027-03-01, never departed)
     * dated 2030-12-31 is accepted.
     */
    @Test
    @DisplayName("nobody is on the program or has a usage grant outside their tenures and the program period")
    void usageOnlyWhileOnTheProgram() {
      Property.forAll(sequences()).check(sequence -> {
        sequence.walk(Invariants::usageOnlyWhileOnTheProgram);
      });
    }
  }

  @Nested
  @DisplayName("DMZ-PREMIUM-CONDITIONAL")
  class PremiumRates {
    @Test
    @DisplayName("a premium is in force only while its engineer is on the program, and never after a cancellation")
    void premiumOnlyWhileOnTheProgram() {
      Property.forAll(sequences()).check(sequence -> {
        sequence.walk(Invariants::premiumOnlyWhileOnTheProgram);
      });
    }
  }

  @Nested
  @DisplayName("functional core")
  class FunctionalCore {
    @Test
    @DisplayName("replaying the history gives the same state and history")
    void replayGivesSameState() {
      Property.forAll(sequences()).check(sequence -> {
        sequence.walk(Invariants.replayGivesSameState(sequence.charter()));
        sequence.walk(Invariants::replayGivesSameState);
      });
    }

    @Test
    @DisplayName("every decision is the rule book's, and recorded as decided")
    void decisionIsRecorded() {
      Property.forAll(sequences()).check(sequence -> {
        sequence.walk(Invariants::decisionIsRecorded);
      });
    }

    @Test
    @DisplayName("the same commands give equal decisions, states and histories")
    void deterministic() {
      Property.forAll(sequences()).check(sequence -> {
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
      });
    }
  }
}
