package dev.dmz.json;

import static dev.dmz.testkit.program.SampleProgram.LEAD;
import static dev.dmz.testkit.program.SampleProgram.LENA;
import static dev.dmz.testkit.program.SampleProgram.OMAR;
import static dev.dmz.testkit.program.SampleProgram.SUP_A;
import static dev.dmz.testkit.program.SampleProgram.day;
import static dev.dmz.testkit.program.SampleProgram.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.json.store.FileProgramStore;
import dev.dmz.json.store.ProgramId;
import dev.dmz.rules.Actor;
import dev.dmz.rules.CommandRefused;
import dev.dmz.rules.Decision;
import dev.dmz.rules.Event;
import dev.dmz.rules.Program;
import dev.dmz.rules.ProgramState;
import dev.dmz.rules.RuleBook;
import dev.dmz.rules.commercial.CommercialCommand.ContributeToPool;
import dev.dmz.rules.commercial.CommercialCommand.DrawOnPool;
import dev.dmz.rules.staffing.StaffingCommand.Admit;
import dev.dmz.rules.staffing.StaffingCommand.Nominate;
import dev.dmz.testkit.program.SampleProgram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Fold: a record read into its state alone, each event seen as it passes")
class FoldTest {
  private static final ProgramCharter CHARTER = SampleProgram.charter();
  private static final Actor SUPPLIER_A = Actor.parent(SUP_A);

  @TempDir
  Path folder;

  /** A program with accepted and refused commands, pool movements among them. */
  private static Program program() {
    return Program.start(CHARTER).applyAll(List.of(Nominate.of(SUPPLIER_A, LENA, day(0)),
        Admit.of(LEAD, LENA.id(), day(1)), Admit.of(SUPPLIER_A, OMAR.id(), day(1)),
        ContributeToPool.of(SUPPLIER_A, eur(1_000), day(2)), DrawOnPool.of(LEAD, eur(400), "re-test", day(3)),
        DrawOnPool.of(LEAD, eur(5_000), "more than the pool holds", day(4))));
  }

  /** What a visitor saw: the state it started from, each event with the state after it. */
  private record Seen(List<ProgramState> starts, List<Event> events, List<ProgramState> states)
      implements Fold.Visitor {
    Seen() {
      this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    @Override
    public void start(ProgramState initial) {
      starts.add(initial);
    }

    @Override
    public void event(Event event, ProgramState after) {
      events.add(event);
      states.add(after);
    }
  }

  @Test
  @DisplayName("a log folds to the state, head and history a replay gives, each event with the state after it")
  void asReplay() {
    Program program = program();
    Path log = folder.resolve("log.jsonl");
    Head head = EventLog.append(log, program.decisions().asJava());
    Seen seen = new Seen();

    Fold fold = Fold.log(log, CHARTER, RuleBook.standard(), Long.MAX_VALUE, seen);

    assertEquals(program.state(), fold.state());
    assertEquals(head, fold.head());
    assertEquals(List.of(Program.start(CHARTER).state()), seen.starts(), "the start, once, before any event");
    assertEquals(program.history().asJava(), seen.events());
    assertTrue(seen.events().stream().anyMatch(e -> e instanceof CommandRefused), "refusals are events too");
    List<Event> events = program.history().asJava();
    for (int i = 0; i < events.size(); i++) {
      assertEquals(Program.replay(CHARTER, events.subList(0, i + 1)).state(), seen.states().get(i), "after event " + i);
    }
  }

  @Test
  @DisplayName("a line changed is refused as replay refuses it")
  void tampered() throws IOException {
    Path log = folder.resolve("log.jsonl");
    EventLog.append(log, program().decisions().asJava());
    Files.writeString(log, Files.readString(log, StandardCharsets.UTF_8).replace("EUR 400.00", "EUR 40.00"),
        StandardCharsets.UTF_8);

    String replayed = assertThrows(DocumentException.class, () -> EventLog.replay(log, CHARTER)).getMessage();
    String folded = assertThrows(DocumentException.class,
        () -> Fold.log(log, CHARTER, RuleBook.standard(), Long.MAX_VALUE, (e, s) -> { })).getMessage();

    assertEquals(replayed, folded);
    assertTrue(folded.startsWith(log + ":5:"), folded);
  }

  @Test
  @DisplayName("a log of format 1 folds to the head verify gives it")
  void formatOne() throws IOException {
    Program program = program();
    Path log = folder.resolve("old.jsonl");
    StringBuilder text = new StringBuilder();
    program.decisions().forEach(d -> text.append(Documents.DECISION.writeLine(d)).append('\n'));
    Files.writeString(log, text, StandardCharsets.UTF_8);

    Fold fold = Fold.log(log, CHARTER, RuleBook.standard(), Long.MAX_VALUE, (e, s) -> { });

    Verification verified = EventLog.verify(log, CHARTER, RuleBook.standard(), Optional.empty());
    assertEquals(verified.head(), fold.head());
    assertEquals(program.state(), fold.state());
  }

  @Test
  @DisplayName("a log larger than allowed is refused before it is read")
  void limit() {
    Path log = folder.resolve("log.jsonl");
    EventLog.append(log, program().decisions().asJava());

    Seen seen = new Seen();
    java.io.UncheckedIOException refused = assertThrows(java.io.UncheckedIOException.class,
        () -> Fold.log(log, CHARTER, RuleBook.standard(), 100, seen));
    assertTrue(refused.getMessage().contains("bytes, more than"), refused.getMessage());
    assertEquals(List.of(), seen.events(), "nothing was read");
  }

  @Test
  @DisplayName("a store's program folds as its log does")
  void store() {
    Program program = program();
    FileProgramStore store = FileProgramStore.in(folder);
    ProgramId id = ProgramId.of("p");
    store.create(id, CHARTER);
    List<Decision> decisions = program.decisions().asJava();
    Head head = store.append(id, Head.EMPTY, decisions);
    Seen seen = new Seen();

    Fold fold = store.fold(id, seen);

    assertEquals(program.state(), fold.state());
    assertEquals(head, fold.head());
    assertEquals(program.history().asJava(), seen.events());
  }
}
