package dev.dmz.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.program.Command;
import dev.dmz.rules.program.Program;
import dev.dmz.testkit.program.CommandSequence;
import dev.dmz.testkit.program.Invariants;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;

/** A property that asks the {@link DmzDomain} for its values by type. */
@Domain(DmzDomain.class)
@Label("DmzDomain")
class DmzDomainProperties {

  @Property
  @Label("gives ready charters")
  void readyCharters(@ForAll ProgramCharter charter) {
    assertTrue(RuleBook.standard().check(charter).isReady(), () -> charter.name() + " is not ready");
  }

  @Property
  @Label("gives command sequences that keep every invariant")
  void commandSequences(@ForAll CommandSequence sequence) {
    sequence.walk(Invariants::checkAll);
  }

  @Property
  @Label("gives any command, which keeps every invariant after any sequence")
  void anyCommand(@ForAll CommandSequence sequence, @ForAll Command command) {
    Program before = sequence.run();
    Invariants.checkAll(before, command, before.apply(command));
  }
}
