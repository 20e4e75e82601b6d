package dev.dmz.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The project's documentation: README.md and the pages of docs/, read as a reader's browser would. */
final class Docs {
  private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*```.*?^\\s*```[^\\n]*$");
  private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} +(.+?)\\s*#*\\s*$");
  private static final Pattern ANCHOR = Pattern.compile("<a id=\"([^\"]+)\"></a>");

  private Docs() {}

  /** README.md, then the pages of docs/ in the order of their names. */
  static List<Path> pages(Path root) throws IOException {
    List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      pages.addAll(docs.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList()));
    }
    return pages;
  }

  /** The text a page shows as prose: its fenced code blocks left out (a link in them is no link). */
  static String prose(String markdown) {
    return FENCE.matcher(markdown).replaceAll("");
  }

  /** The anchors a page defines with {@code <a id="...">}. */
  static List<String> explicitAnchors(String markdown) {
    return ANCHOR.matcher(markdown).results().map(m -> m.group(1)).collect(Collectors.toList());
  }

  /** The anchors a page defines: its {@code <a id="...">} and its headings, as GitHub names them. */
  static List<String> anchors(String markdown) {
    List<String> anchors = new ArrayList<>(explicitAnchors(markdown));
    HEADING.matcher(prose(markdown)).results().map(m -> slug(m.group(1))).forEach(anchors::add);
    return anchors;
  }

  /** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as hyphens. */
  static String slug(String heading) {
    return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
  }
}
