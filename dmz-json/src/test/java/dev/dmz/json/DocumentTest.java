package dev.dmz.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dmz.rules.Command;
import org.junit.jupiter.api.Test;

class DocumentTest {
  private static final String ADMIT = "{\"format\":\"dmz.command/1\",\"type\":\"Admit\",\"engineer\":\"e-1\","
      + "\"actor\":{\"kind\":\"LEAD\",\"id\":\"lead-1\"},\"date\":\"2027-02-03\"}";

  private static DocumentException error(String text) {
    return assertThrows(DocumentException.class, () -> Documents.COMMAND.readJson(text, "c.json"));
  }

  @Test
  void each_document_names_its_format() {
    assertEquals("dmz.charter/1", Documents.CHARTER.format());
    assertEquals("dmz.command/1", Documents.COMMAND.format());
    assertEquals("dmz.event/1", Documents.EVENT.format());
    assertEquals("dmz.finding/1", Documents.FINDING.format());
    assertEquals("dmz.readiness/1", Documents.READINESS.format());
    assertEquals("dmz.decision/1", Documents.DECISION.format());
    assertEquals("dmz.state/2", Documents.STATE.format());
    Command admit = Documents.COMMAND.readJson(ADMIT, "c.json");
    assertEquals(ADMIT, Documents.COMMAND.writeLine(admit));
  }

  @Test
  void an_error_names_source_line_column_path_and_value() {
    DocumentException e = error(ADMIT.replace("\"e-1\"", "\n  7"));

    assertEquals("c.json", e.source());
    assertEquals(2, e.line());
    assertEquals(3, e.column());
    assertEquals("$.engineer", e.path());
    assertEquals("must be a text, was the number 7", e.problem());
    assertEquals("c.json:2:3: $.engineer: must be a text, was the number 7", e.getMessage());
  }

  @Test
  void a_document_that_goes_on_after_its_end_is_refused() {
    assertEquals("c.json:1:118: $: has more text after the end of the document", error(ADMIT + " {}").getMessage());
  }

  @Test
  void null_is_a_missing_field() {
    assertEquals("c.json:1:1: $.engineer: is missing", error(ADMIT.replace("\"e-1\"", "null")).getMessage());
  }

  @Test
  void a_whole_number_must_fit() {
    String scope = "{\"format\":\"dmz.command/1\",\"type\":\"Nominate\",\"line\":{\"type\":\"HeadcountLine\","
        + "\"count\":4294967296,\"role\":\"tester\",\"employer\":\"s\"},\"actor\":{\"kind\":\"PARENT\",\"id\":\"s\"},"
        + "\"date\":\"2027-02-03\"}";
    assertEquals("c.json:1:84: $.line.count: must be a whole number below 2^31, was 4294967296",
        error(scope).getMessage());
  }

  @Test
  void a_decision_whose_flag_contradicts_its_findings_is_refused() {
    String decision = "{\"format\":\"dmz.decision/1\",\"accepted\":false,\"command\":" + ADMIT.replace(
        "\"format\":\"dmz.command/1\",", "") + "}";
    DocumentException e = assertThrows(DocumentException.class,
        () -> Documents.DECISION.readJson(decision, "d.json"));
    assertEquals("d.json:1:39: $.accepted: says false, but the findings say true", e.getMessage());
  }
}
