package dev.dmz.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Text that reaches a person")
class TextTest {

  /** Whether a text holds a character a terminal would act on or break a line at. */
  static boolean holdsUnsafe(String text) {
    return text.chars().anyMatch(c -> Text.isUnsafe((char) c));
  }

  @Nested
  @DisplayName("Unsafe characters")
  class Unsafe {
    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x00, 0x07, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9b, 0x9f,
        0x061c, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068,
        0x2069})
    @DisplayName("control characters, line and paragraph separators and bidirectional controls are unsafe")
    void unsafe(int c) {
      assertTrue(Text.isUnsafe((char) c));
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x20, 0x41, 0x5c, 0x7e, 0xa0, 0xe9, 0x061b, 0x061d, 0x200b, 0x200c, 0x200d, 0x2027,
        0x202f, 0x2065, 0x206a, 0x3000, 0xfeff, 0xd83d})
    @DisplayName("letters, spaces, joiners and everything else are shown as they are")
    void safe(int c) {
      assertFalse(Text.isUnsafe((char) c));
    }
  }

  @Nested
  @DisplayName("A value in a message")
  class Quoted {
    @Test
    @DisplayName("is quoted and escaped as a Java string literal would be")
    void escaped() {
      assertEquals("\"VS\\n1042\"", Text.quoted("VS\n1042"));
      assertEquals("\"a\\tb\\rc\\bd\\fe\"", Text.quoted("a\tb\rc\bd\fe"));
      assertEquals("\"\\u001b[31mred\"", Text.quoted("\u001b[31mred"));
      assertEquals("\"abc\\u202edef\"", Text.quoted("abc\u202edef"));
      assertEquals("\"one\\u2028two\"", Text.quoted("one\u2028two"));
      assertEquals("\"nul\\u0000\"", Text.quoted("nul\u0000"));
      assertEquals("\"C:\\\\temp \\\"x\\\"\"", Text.quoted("C:\\temp \"x\""), "backslash and quote escaped");
      assertEquals("\"Zoë Ångström, 東京\"", Text.quoted("Zoë Ångström, 東京"),
          "letters of any script as they are");
    }

    @Test
    @DisplayName("shows its first 80 characters, then how many more it has")
    void cut() {
      assertEquals("\"" + "a".repeat(80) + "\"", Text.quoted("a".repeat(80)));
      assertEquals("\"" + "a".repeat(80) + "\"... (1 more characters)", Text.quoted("a".repeat(81)));
      String message = Text.quoted("\n".repeat(70_000));
      assertEquals("\"" + "\\n".repeat(80) + "\"... (69920 more characters)", message);
      assertFalse(holdsUnsafe(message));
    }

    @Test
    @DisplayName("counts characters, not halves of them: a pair of surrogates is never split")
    void surrogates() {
      String smiles = "\ud83d\ude00".repeat(81);
      assertEquals("\"" + "\ud83d\ude00".repeat(80) + "\"... (1 more characters)", Text.quoted(smiles));
    }

    @Test
    @DisplayName("any other value is shown bare, escaped and cut alike; a decimal in plain digits")
    void shown() {
      assertEquals("\"x\\ny\"", Text.shown("x\ny"));
      assertEquals("1000000", Text.shown(new BigDecimal("1E+6")));
      assertEquals("2027-02-01", Text.shown(LocalDate.of(2027, 2, 1)));
      assertEquals("42", Text.shown(42));
      Object long100 = new Object() {
        @Override
        public String toString() {
          return "id\u001b".repeat(100);
        }
      };
      assertEquals("id\\u001b".repeat(26) + "id... (220 more characters)", Text.shown(long100));
    }

    @Test
    @DisplayName("escape leaves a safe text equal, and cuts nothing")
    void escape() {
      assertEquals("Nordwerk Automotive AG", Text.escape("Nordwerk Automotive AG"));
      assertEquals("x".repeat(500) + "\\n", Text.escape("x".repeat(500) + "\n"));
    }
  }

  @Nested
  @DisplayName("A line for a terminal")
  class Lines {
    @Test
    @DisplayName("escapes unsafe characters only; a backslash stays as it is")
    void oneLine() {
      assertEquals("Jonas\\nBrandt \\u001b[2J C:\\temp \"q\"", Text.oneLine("Jonas\nBrandt \u001b[2J C:\\temp \"q\""));
      assertEquals("plain", Text.oneLine("plain"));
    }

    @Test
    @DisplayName("escaping twice changes nothing")
    void idempotent() {
      String once = Text.oneLine("a\u202eb\u0085c\u2029d\u007fe");
      assertEquals("a\\u202eb\\u0085c\\u2029d\\u007fe", once);
      assertEquals(once, Text.oneLine(once));
    }

    @Test
    @DisplayName("a whole line is cut after 1,000 characters")
    void line() {
      assertEquals("x".repeat(1_000), Text.line("x".repeat(1_000)));
      assertEquals("x".repeat(1_000) + "... (69000 more characters)", Text.line("x".repeat(70_000)));
      assertEquals("a\\nb", Text.line("a\nb"));
    }
  }
}
