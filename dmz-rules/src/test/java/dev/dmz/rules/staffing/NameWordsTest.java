package dev.dmz.rules.staffing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("NameWords: a text's words, read in place when the text is ASCII")
class NameWordsTest {
  private static final Set<String> PHRASES = Set.of("", "n n", "tbd", "to be named", "x", "developer", "qa");
  private static final NameWords LOOKUP = NameWords.of(PHRASES);

  @Test
  @DisplayName("the words: lower case, runs of letters and numbers, one space between them")
  void words() {
    assertEquals("n n", NameWords.wordsOf(" N. N. "));
    assertEquals("senior developer 3", NameWords.wordsOf("Senior Developer #3"));
    assertEquals("zoë ó briain", NameWords.wordsOf("Zoë Ó-Briain"));
    assertEquals("", NameWords.wordsOf("- / ?"));
    assertEquals("", NameWords.wordsOf(""));
  }

  @Test
  @DisplayName("all the words are a phrase, or one word is: ASCII and other text")
  void examples() {
    assertTrue(LOOKUP.isAll("To Be -- Named!"));
    assertTrue(LOOKUP.isAll("N.N."));
    assertTrue(LOOKUP.isAll("???"), "no word at all is the empty phrase");
    assertTrue(LOOKUP.isAll(""));
    assertFalse(LOOKUP.isAll("To Be Named Later"));
    assertFalse(LOOKUP.isAll("NNN"));
    assertFalse(LOOKUP.isAll("a phrase longer than any of the phrases"));
    assertTrue(LOOKUP.isAll("TBD…"), "the ellipsis is not ASCII: the other path, the same answer");
    assertTrue(LOOKUP.holdsAny("Lead QA"));
    assertTrue(LOOKUP.holdsAny("DEVELOPER"));
    assertTrue(LOOKUP.holdsAny("Développeur / developer"));
    assertFalse(LOOKUP.holdsAny("Developers"));
    assertFalse(LOOKUP.holdsAny("Jonas Brandt"));
    assertFalse(LOOKUP.holdsAny("QAQA"));
    assertFalse(LOOKUP.holdsAny(""), "no word: not even the empty phrase");
    assertFalse(LOOKUP.holdsAny("…"));
  }

  @Test
  @DisplayName("the capital dotted I lower-cases to two characters in a string: \"SPECİALIST\" is no role")
  void dottedCapitalI() {
    NameWords roles = NameWords.of(Set.of("specialist"));
    assertEquals("speci̇alist", "SPECİALIST".toLowerCase(Locale.ROOT));
    assertFalse(roles.holdsAny("SPECİALIST"), "the words are \"speci\" and \"alist\"");
    assertTrue(roles.holdsAny("SPECIALIST"));
  }

  @Test
  @DisplayName("on every ASCII text of up to four pieces of the phrases, separators and digits, the in-place "
      + "reading answers as the words do")
  void asciiReadingAgreesWithTheWords() {
    List<String> texts = new ArrayList<>(List.of(""));
    List<String> shorter = List.of("");
    for (int length = 1; length <= 4; length++) {
      List<String> longer = new ArrayList<>();
      for (String text : shorter) {
        for (String piece : PIECES) {
          longer.add(text + piece);
        }
      }
      texts.addAll(longer);
      shorter = longer;
    }
    Map<String, String> wrong = new TreeMap<>();
    for (String text : texts) {
      String words = NameWords.wordsOf(text);
      boolean all = PHRASES.contains(words);
      boolean any = !words.isEmpty() && List.of(words.split(" ")).stream().anyMatch(PHRASES::contains);
      if (LOOKUP.isAll(text) != all || LOOKUP.holdsAny(text) != any) {
        wrong.put(text, "words \"" + words + "\": isAll " + LOOKUP.isAll(text) + ", holdsAny "
            + LOOKUP.holdsAny(text));
      }
    }
    assertEquals(Map.of(), wrong);
    assertEquals(1 + 22 + 22 * 22 + 22 * 22 * 22 + 22 * 22 * 22 * 22, texts.size());
  }

  /** Pieces of the phrases in either case, and what may stand between words. */
  private static final List<String> PIECES = List.of("n", "N", "tbd", "TBD", "to", "Be", "named", "x", "X",
      "developer", "DEVELOPERS", "qa", "QA", "3", " ", "  ", ".", "-", "#", "/", "!", "\t");
}
