package dev.dmz.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dmz.core.value.InvalidValueException;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A digest read from its digits")
class HashTest {
  @Test
  @DisplayName("64 lower-case hexadecimal digits are read, any other character at any place is refused")
  void digits() {
    String digest = Hash.of("a line").hex();
    assertEquals(digest, Hash.parse(digest).hex());
    for (int at = 0; at < digest.length(); at++) {
      for (char c : "/09:`afgAFG \u0660\uff10\u00e9\u0130".toCharArray()) {
        String text = digest.substring(0, at) + c + digest.substring(at + 1);
        boolean digit = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        if (digit) {
          assertEquals(HexFormat.of().formatHex(HexFormat.of().parseHex(text)), Hash.parse(text).hex());
        } else {
          assertEquals("Hash must be 64 lower-case hexadecimal digits (a SHA-256), was \"" + text + "\"",
              assertThrows(InvalidValueException.class, () -> Hash.parse(text)).getMessage(), text);
        }
      }
    }
    for (String text : new String[] {"", digest.substring(1), digest + "0"}) {
      assertThrows(InvalidValueException.class, () -> Hash.parse(text));
    }
    assertThrows(InvalidValueException.class, () -> Hash.parse(null));
  }
}
