package dev.dmz.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every code region marked {@code // tag::NAME[]} ... {@code // end::NAME[]} in the project's Java
 * sources appears word for word (indentation aside) in README.md or in one of the pages of docs/, so
 * the snippets they show are compiled code and cannot drift.
 */
@DisplayName("README and docs/ snippets")
class ReadmeSnippetsTest {
  /** The project's root: the parent of this module's directory, which surefire passes as basedir. */
  private static final Path ROOT =
      Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent();
  private static final Pattern REGION =
      Pattern.compile("// tag::([\\w-]+)\\[]\\R(.*?)\\R\\s*// end::\\1\\[]", Pattern.DOTALL);

  @Test
  @DisplayName("every tagged region of the sources stands in README.md or in a page of docs/")
  void everyTaggedRegionIsShown() throws IOException {
    List<String> pages = new ArrayList<>();
    for (Path page : Docs.pages(ROOT)) {
      pages.add(normalise(Files.readString(page)));
    }
    List<String> regions = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !ROOT.relativize(p).toString().contains("target")).collect(Collectors.toList())) {
        Matcher m = REGION.matcher(Files.readString(file));
        while (m.find()) {
          regions.add(m.group(1));
          String region = normalise(m.group(2));
          assertTrue(pages.stream().anyMatch(page -> page.contains(region)),
              "neither README.md nor a page of docs/ shows the region '" + m.group(1) + "' of "
                  + ROOT.relativize(file) + " as it stands in the source");
        }
      }
    }
    assertFalse(regions.isEmpty(), "no tagged region found: the check would prove nothing");
  }

  private static String normalise(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }
}
