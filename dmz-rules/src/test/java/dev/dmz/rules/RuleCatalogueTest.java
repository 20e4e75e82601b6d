package dev.dmz.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every rule id resolves to its section of the project's rule catalogue, docs/rules.md. */
@DisplayName("The rule catalogue, docs/rules.md")
class RuleCatalogueTest {
  static final Path CATALOGUE =
      Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent().resolve("docs/rules.md");

  @Test
  @DisplayName("has a section for every built-in rule id, under the id in lower case, and no other")
  void everyRuleIdHasItsSection() throws IOException {
    String text = Files.readString(CATALOGUE);
    Matcher anchors = Pattern.compile("<a id=\"(dmz-[a-z-]+)\"></a>\\R### (DMZ-[A-Z-]+)").matcher(text);
    List<String> sections = anchors.results().map(m -> {
      assertEquals(m.group(2).toLowerCase(Locale.ROOT), m.group(1), "the anchor is the id in lower case");
      return m.group(2);
    }).sorted().toList();
    assertEquals(Arrays.stream(DmzRuleId.values()).map(r -> r.id().value()).sorted().toList(), sections);
  }

  @Test
  @DisplayName("every link inside it resolves to one of its anchors")
  void linksResolve() throws IOException {
    String text = Files.readString(CATALOGUE);
    List<String> anchors = Pattern.compile("<a id=\"([^\"]+)\"></a>|^#+ (.+)$", Pattern.MULTILINE).matcher(text)
        .results().map(m -> m.group(1) != null ? m.group(1)
            : m.group(2).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-'))
        .toList();
    List<String> links = Pattern.compile("\\]\\(#([^)]+)\\)").matcher(text).results().map(m -> m.group(1)).toList();
    assertTrue(links.size() > 20, "the catalogue links its sections: " + links.size());
    links.forEach(link -> assertTrue(anchors.contains(link), () -> "#" + link + " resolves"));
  }
}
