package dev.dmz.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** README.md and the pages of docs/ point only at what is there, and name every rule by a link to it. */
@DisplayName("README and docs/ links")
class DocLinksTest {
  private static final Path ROOT =
      Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent();
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern RULE_LINK = Pattern.compile("\\[`(DMZ-[A-Z-]+)`]\\(([^)#\\s]*)#([^)\\s]+)\\)");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern RULE_ID = Pattern.compile("DMZ-[A-Z]+(-[A-Z]+)*");

  @Test
  @DisplayName("every relative link names a file that is there, and an anchor that file has")
  void everyLinkResolves() throws IOException {
    List<String> checked = new ArrayList<>();
    for (Path page : Docs.pages(ROOT)) {
      Matcher links = LINK.matcher(Docs.prose(Files.readString(page)));
      while (links.find()) {
        String link = links.group(1);
        if (link.matches("[a-z]+:.*")) {
          continue; // https://..., mailto:...: not a file of the project
        }
        String where = ROOT.relativize(page) + ": " + link;
        int hash = link.indexOf('#');
        String file = hash < 0 ? link : link.substring(0, hash);
        Path target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        assertTrue(Files.exists(target), () -> where + " names a file that is not there");
        if (hash >= 0) {
          String anchor = link.substring(hash + 1);
          String text = Files.readString(target);
          List<String> anchors = target.endsWith(Path.of("docs", "rules.md"))
              ? Docs.explicitAnchors(text) : Docs.anchors(text);
          assertTrue(anchors.contains(anchor), () -> where + ": " + ROOT.relativize(target) + " has no anchor #"
              + anchor);
        }
        checked.add(where);
      }
    }
    assertFalse(checked.isEmpty(), "no link found: the check would prove nothing");
  }

  @Test
  @DisplayName("every rule id named outside code links to its section of docs/rules.md")
  void everyRuleIdLinksToItsSection() throws IOException {
    Path rules = ROOT.resolve("docs").resolve("rules.md");
    int linked = 0;
    for (Path page : Docs.pages(ROOT)) {
      if (page.equals(rules)) {
        continue; // the catalogue itself: its sections are the ids (dmz-rules' RuleCatalogueTest)
      }
      String prose = Docs.prose(Files.readString(page));
      Matcher links = RULE_LINK.matcher(prose);
      while (links.find()) {
        String where = ROOT.relativize(page) + ": " + links.group();
        assertEquals(rules, page.getParent().resolve(links.group(2)).normalize(), where);
        assertEquals(links.group(1).toLowerCase(Locale.ROOT), links.group(3), where);
        linked++;
      }
      // What is left: prose, and code spans that quote a message or a line of code.
      String rest = CODE.matcher(links.replaceAll(""))
          .replaceAll(m -> RULE_ID.matcher(m.group(1)).matches() ? m.group(1) : "");
      Matcher bare = RULE_ID.matcher(rest);
      if (bare.find()) {
        int end = rest.indexOf('\n', bare.start());
        String line = rest.substring(rest.lastIndexOf('\n', bare.start()) + 1, end < 0 ? rest.length() : end);
        throw new AssertionError(ROOT.relativize(page) + " names " + bare.group()
            + " without a link to its section of docs/rules.md: " + line);
      }
    }
    assertTrue(linked > 0, "no linked rule id found: the check would prove nothing");
  }
}
