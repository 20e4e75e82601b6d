package dev.dmz.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dmz.json.codec.Fields;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * How a format's versions live side by side, on a kind made up for the test: its version 1 named a
 * person {@code name}, its version 2 {@code fullName}. Files of both versions are read; the latest is
 * written; a version newer than the library is refused.
 */
class FormatVersionsTest {
  private static final Function<Fields, String> VERSION_1 = in -> in.get("name").text();
  private static final Function<Fields, String> VERSION_2 = in -> in.get("fullName").text();
  private static final Document<String> PERSON =
      new Document<>("person", List.of(VERSION_1, VERSION_2), (name, out) -> out.put("fullName", name));

  @Test
  void the_latest_version_is_written() {
    assertEquals("dmz.person/2", PERSON.format());
    assertEquals("{\"format\":\"dmz.person/2\",\"fullName\":\"Ada Moreau\"}", PERSON.writeLine("Ada Moreau"));
  }

  @Test
  void each_version_is_read_with_its_own_reader() {
    assertEquals("Ada Moreau", PERSON.readJson("{\"format\":\"dmz.person/1\",\"name\":\"Ada Moreau\"}", "v1"));
    assertEquals("Ada Moreau", PERSON.readJson("{\"format\":\"dmz.person/2\",\"fullName\":\"Ada Moreau\"}", "v2"));
  }

  @Test
  void a_field_of_another_version_is_unknown() {
    DocumentException e = assertThrows(DocumentException.class,
        () -> PERSON.readJson("{\"format\":\"dmz.person/1\",\"fullName\":\"Ada Moreau\"}", "v1"));
    assertEquals("v1:1:1: $.name: is missing", e.getMessage());
  }

  @Test
  void a_newer_version_is_refused_with_the_versions_this_library_reads() {
    DocumentException e = assertThrows(DocumentException.class,
        () -> PERSON.readJson("{\"format\":\"dmz.person/3\",\"fullName\":\"Ada Moreau\"}", "v3"));
    assertEquals("v3:1:11: $.format: is version 3 of dmz.person, but this dmz reads versions 1 to 2: a newer dmz "
        + "wrote it, was \"dmz.person/3\"", e.getMessage());
  }
}
