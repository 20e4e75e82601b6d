package dev.dmz.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dmz.core.charter.ProgramCharter;
import dev.dmz.core.staffing.DepartureReason;
import dev.dmz.core.staffing.EngineerId;
import dev.dmz.core.staffing.NamedEngineer;
import dev.dmz.rules.program.Admitted;
import dev.dmz.rules.program.Departed;
import dev.dmz.rules.program.Event;
import dev.dmz.rules.program.Nominated;
import dev.dmz.rules.program.VacancyClosed;
import dev.dmz.rules.program.VacancyId;
import dev.dmz.testkit.program.SampleProgram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLogTest {
  private static final ProgramCharter CHARTER = SampleProgram.charter();
  private static final LocalDate DAY = CHARTER.period().start();
  private static final NamedEngineer ADA = NamedEngineer.of(EngineerId.of("ada"), "Ada Moreau",
      CHARTER.parentIds().get(1));
  private static final Nominated NOMINATED = Nominated.of(ADA, ADA.employer(), DAY);
  private static final Admitted ADMITTED = Admitted.of(ADA.id(), Optional.empty(), DAY);

  @TempDir
  Path folder;

  private Path log(Event... events) {
    Path log = folder.resolve("log.jsonl");
    try {
      Files.deleteIfExists(log);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    EventLog.append(log, List.of(events));
    return log;
  }

  private String refusal(Event... events) {
    Path log = log(events);
    return assertThrows(DocumentException.class, () -> EventLog.replay(log, CHARTER)).getMessage();
  }

  @Test
  void appending_keeps_the_old_lines_and_adds_whole_new_ones() throws IOException {
    Path log = log(NOMINATED);
    byte[] before = Files.readAllBytes(log);

    EventLog.append(log, List.of(ADMITTED));

    String text = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(new String(before, StandardCharsets.UTF_8) + Documents.EVENT.writeLine(ADMITTED) + "\n", text);
    assertEquals(List.of(NOMINATED, ADMITTED), EventLog.read(log));
    assertEquals(List.of("log.jsonl", "log.jsonl.lock"), Files.list(folder).map(f -> f.getFileName().toString())
        .sorted().toList(), "no temporary file is left behind");
  }

  @Test
  void a_log_cut_short_is_refused_and_not_appended_to() throws IOException {
    Path log = folder.resolve("log.jsonl");
    String cut = Documents.EVENT.writeLine(NOMINATED) + "\n" + Documents.EVENT.writeLine(ADMITTED).substring(0, 30);
    Files.writeString(log, cut, StandardCharsets.UTF_8);
    byte[] before = Files.readAllBytes(log);

    DocumentException read = assertThrows(DocumentException.class, () -> EventLog.read(log));
    DocumentException append = assertThrows(DocumentException.class, () -> EventLog.append(log, List.of(ADMITTED)));

    assertEquals(2, read.line());
    assertTrue(read.problem().startsWith("the last line is cut short"), read.problem());
    assertEquals(read.getMessage(), append.getMessage());
    assertArrayEquals(before, Files.readAllBytes(log));
  }

  @Test
  void a_whole_last_line_without_a_line_break_gets_one_before_the_next() throws IOException {
    Path log = folder.resolve("log.jsonl");
    Files.writeString(log, Documents.EVENT.writeLine(NOMINATED), StandardCharsets.UTF_8);

    EventLog.append(log, List.of(ADMITTED));

    assertEquals(List.of(NOMINATED, ADMITTED), EventLog.read(log));
  }

  @Test
  void replay_refuses_a_history_that_runs_backwards() {
    String message = refusal(NOMINATED, Admitted.of(ADA.id(), Optional.empty(), DAY.minusDays(1)));
    assertTrue(message.endsWith("log.jsonl:2:1: $.date: is " + DAY.minusDays(1) + ", before the event before it ("
        + DAY + "): a program's history runs forward"), message);
  }

  @Test
  void a_missing_log_is_a_program_that_has_not_begun() {
    assertEquals(List.of(), EventLog.read(folder.resolve("none.jsonl")));
    assertEquals(0, EventLog.replay(folder.resolve("none.jsonl"), CHARTER).history().size());
  }

  @Test
  void replay_refuses_a_departure_of_someone_not_on_the_program() {
    assertEquals(folder.resolve("log.jsonl") + ":2:1: $.engineer: names engineer \"ada\", who is not on the "
        + "program", refusal(NOMINATED, Departed.of(ADA.id(), DepartureReason.ILLNESS, VacancyId.number(1), DAY)));
  }

  @Test
  void replay_refuses_a_vacancy_opened_twice_or_closed_when_not_open() {
    Departed left = Departed.of(ADA.id(), DepartureReason.ILLNESS, VacancyId.number(1), DAY);
    Admitted back = Admitted.of(ADA.id(), Optional.empty(), DAY);
    String twice = refusal(NOMINATED, ADMITTED, left, Nominated.of(ADA, ADA.employer(), DAY), back, left);
    String closed = refusal(NOMINATED, VacancyClosed.of(VacancyId.number(1), DAY));

    assertTrue(twice.endsWith("log.jsonl:6:1: $.vacancy: opens vacancy \"V1\", which was opened before"), twice);
    assertTrue(closed.endsWith("log.jsonl:2:1: $.vacancy: names vacancy \"V1\", which is not open"), closed);
  }

  @Test
  void replay_of_a_consistent_log_equals_the_program_that_wrote_it() {
    Path log = log(NOMINATED, ADMITTED);

    assertEquals(List.of(NOMINATED, ADMITTED), EventLog.replay(log, CHARTER).history().asJava());
  }
}
