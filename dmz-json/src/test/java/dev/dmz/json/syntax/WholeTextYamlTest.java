package dev.dmz.json.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dmz.json.DocumentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole-text reader reads as SnakeYAML's own reader does: the same values at the same lines and
 * columns, the same syntax errors at the same places.
 */
@DisplayName("YAML read from the whole text, as SnakeYAML reads it")
class WholeTextYamlTest {
  private static final YAMLFactory JACKSON = new YAMLFactory();

  static String example(String name) {
    try {
      return Files.readString(Path.of("..", "dmz-examples", "programs", name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Node theirs(String text) {
    try {
      return Parser.yaml(JACKSON.createParser(text), "t.yaml");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Stream<String> wellFormed() {
    String charter = example("battery-charter.yaml");
    return Stream.of(
        charter,
        example("battery-charter-draft.yaml"),
        charter.replace("\n", "\r\n"),
        charter.replace("\n", "\r"),
        "\ufeff" + charter,
        "# a comment\nname: \"\ud83d\ude00 emoji \u00e9\"   # and another\nlist: [a, 'b c', \"d\\te\"]\n",
        "text: |\n  line one\n    indented\n  line three\n\nfolded: >-\n  one\n  two\nplain: a\n  b\n",
        "{\"json\": [1, 2.50, true, null, {\"a\": \"\\u00e9\"}]}",
        "a:\n- 1\n- - 2\n  - 3\nb: {c: d}\n",
        "key: " + "x".repeat(5_000) + "\nnext: \"" + "y".repeat(3_000) + "\"\n");
  }

  @ParameterizedTest
  @MethodSource("wellFormed")
  @DisplayName("a well-formed text gives the same values at the same places")
  void sameValues(String text) {
    assertEquals(theirs(text), Parser.yaml(text, "t.yaml"));
  }

  static Stream<String> malformed() {
    String charter = example("battery-charter.yaml");
    return Stream.of(
        charter.replace("period:\n", "period: [\n"),
        charter.replace("name: \"Battery", "name: \"Battery\n  \"unclosed"),
        "a: b\n c: d\n",
        "a: 'open\n",
        "- a\nb: c\n",
        "a: [1, 2\n",
        "a: {b: c\n",
        "\t- tab\n");
  }

  @ParameterizedTest
  @MethodSource("malformed")
  @DisplayName("a malformed text gives the same error at the same place")
  void sameErrors(String text) {
    DocumentException expected = assertThrows(DocumentException.class, () -> theirs(text));
    DocumentException actual = assertThrows(DocumentException.class, () -> Parser.yaml(text, "t.yaml"));
    assertEquals(expected.getMessage(), actual.getMessage());
  }

  @Test
  @DisplayName("a document longer than SnakeYAML's limit of 3 MB is read")
  void noLengthLimit() {
    String text = "name: " + "a".repeat(4 * 1024 * 1024) + "\n";
    Node name = ((Node.ObjectNode) Parser.yaml(text, "t.yaml")).members().get(0).value();
    assertEquals(4 * 1024 * 1024, ((Node.TextNode) name).value().length());
  }
}
