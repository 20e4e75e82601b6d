package dev.dmz.json.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.dmz.json.DocumentException;
import dev.dmz.json.Documents;
import dev.dmz.json.syntax.Node.ArrayNode;
import dev.dmz.json.syntax.Node.BooleanNode;
import dev.dmz.json.syntax.Node.Member;
import dev.dmz.json.syntax.Node.NullNode;
import dev.dmz.json.syntax.Node.NumberNode;
import dev.dmz.json.syntax.Node.ObjectNode;
import dev.dmz.json.syntax.Node.TextNode;
import dev.dmz.testkit.program.SampleProgram;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The quick reader reads a text as Jackson does, or leaves it to Jackson: never otherwise. Each text
 * is read by both; the quick reading must be none, or Jackson's tree (locations aside), and none
 * where Jackson refuses the text.
 */
@DisplayName("The quick JSON reader reads as Jackson does, or not at all")
class QuickJsonTest {
  private static final Location AT = new Location("t.json", 0, 0);

  /** A line of an event log as dmz writes it: a refusal, with texts, an id and a list. */
  private static final String LINE = "{\"format\":\"dmz.decision/1\",\"accepted\":false,\"command\":{\"type\":"
      + "\"SubstituteEngineer\",\"outgoing\":\"E-1000\",\"incoming\":{\"type\":\"NamedEngineer\",\"id\":\"S-0\","
      + "\"name\":\"Walter Brenner\",\"employer\":\"oem\"},\"actor\":{\"kind\":\"PARENT\",\"id\":\"oem\"},"
      + "\"date\":\"2027-01-10\"},\"findings\":[{\"ruleId\":\"DMZ-REPLACEMENT-VETO\",\"severity\":\"ERROR\","
      + "\"subject\":{\"kind\":\"ENGINEER\",\"id\":\"E-1000\"},\"problem\":\"the parent oem tries\",\"remedy\":"
      + "\"Record the departure.\"}],\"scope\":1050.25,\"slipDays\":-172,\"flags\":[true,false,null,[],{}]}";

  /** Characters that make and break JSON, put in and taken out at every place of a text. */
  private static final String CHARACTERS = "\"\\,:{}[] \t\n\r0-+.eExu/\u0001\u00e9\ufeff";

  /** Jackson's tree, with every location the unknown one, or null if Jackson refuses the text. */
  private static Node jackson(String text) {
    try {
      return unlocated(Parser.json(text, "t.json", 1));
    } catch (DocumentException e) {
      return null;
    }
  }

  private static Node unlocated(Node node) {
    if (node instanceof ObjectNode object) {
      List<Member> members = new ArrayList<>();
      for (Member member : object.members()) {
        members.add(new Member(member.name(), unlocated(member.value()), AT));
      }
      return new ObjectNode(members, AT);
    }
    if (node instanceof ArrayNode array) {
      return new ArrayNode(array.items().stream().map(QuickJsonTest::unlocated).toList(), AT);
    }
    if (node instanceof TextNode text) {
      return new TextNode(text.value(), AT);
    }
    if (node instanceof NumberNode number) {
      return new NumberNode(number.value(), AT);
    }
    if (node instanceof BooleanNode bool) {
      return new BooleanNode(bool.value(), AT);
    }
    return new NullNode(AT);
  }

  /** The quick reader's tree as nodes, every location the unknown one, or null if it leaves the text to Jackson. */
  private static Node quick(String text) {
    try (Tree tree = QuickJson.read(text, "t.json")) {
      return tree == null ? null : tree.node(0, AT);
    }
  }

  private static void readAlike(String text) {
    Node quick = quick(text);
    if (quick != null) {
      assertEquals(jackson(text), quick, () -> "read otherwise than Jackson: " + text);
    }
  }

  @Test
  @DisplayName("what dmz writes is read quickly: a log line, and a charter written with indents")
  void whatDmzWrites() {
    assertNotNull(quick(LINE));
    readAlike(LINE);
    String charter = Documents.CHARTER.writeJson(SampleProgram.charter());
    assertNotNull(quick(charter));
    readAlike(charter);
  }

  @Test
  @DisplayName("a line with a character put in, taken out or changed at each place")
  void everyEdit() {
    for (int at = 0; at <= LINE.length(); at++) {
      for (char c : CHARACTERS.toCharArray()) {
        readAlike(LINE.substring(0, at) + c + LINE.substring(at));
        if (at < LINE.length()) {
          readAlike(LINE.substring(0, at) + c + LINE.substring(at + 1));
        }
      }
      if (at < LINE.length()) {
        readAlike(LINE.substring(0, at) + LINE.substring(at + 1));
        readAlike(LINE.substring(0, at));
      }
    }
  }

  @Test
  @DisplayName("numbers, words, texts and escapes, valid and not")
  void values() {
    List<String> values = List.of("0", "-0", "7", "-172", "1050.25", "1.5e3", "1E+2", "2e-5", "1.0E-30", "1e-31",
        "1" + "0".repeat(29), "1" + "0".repeat(30), "0." + "0".repeat(29) + "1", "0." + "0".repeat(30) + "1",
        "9".repeat(70), "01", "00", "-01", "1.", ".5", "-", "--1", "1e", "1e+", "+1", "1x", "NaN", "Infinity",
        "-Infinity", "0x10", "1_000", "true", "false", "null", "tru", "nul", "truex", "True", "NULL",
        "\"\"", "\"a\"", "\"\\u00e9\\u00E9\"", "\"\\ud83d\\ude00\"", "\"\\ud83d\"", "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"",
        "\"\\x\"", "\"\\u12\"", "\"\\u12G4\"", "\"\\u\uff11234\"", "\"\\'\"", "\"a\u0001b\"", "\"a\tb\"", "\"a\u007fb\"",
        "\"\u00e9\ud83d\ude00\ud800\"", "\"unterminated", "\"\\", "'single'", "[]", "{}", "[1,]", "[,1]", "{,}",
        "{\"a\":1,}", "{\"a\"}", "{\"a\":}", "{a:1}", "{\"a\" : 1 , \"b\" :[ 1 , 2 ] }", "{\"a\":1,\"a\":2}",
        "{\"ab\":1,\"a\\u0062\":2}", "{\"a\\u0062\":1}", "{\"\":1}", "{\"\\n\":1}", "[1 2]", "[1]]", "{}}", "1 2",
        "", " ", "\ufeff{}", "{}\ufeff", "/*c*/{}", "{} // c", "# c\n{}", "{\"a\":1}\n", "\r\n\t {}\r\n\t ");
    for (String value : values) {
      readAlike(value);
      readAlike("{\"v\":" + value + "}");
      readAlike("[" + value + "," + value + "]");
    }
    readAlike("{\"" + "n".repeat(QuickJson.LONGEST_NAME + 1) + "\":1}");
    assertNull(quick("\"a\"x"));
  }

  @Test
  @DisplayName("depth and size at the quick reader's limits, where Jackson reads on")
  void limits() {
    for (int depth = QuickJson.DEEPEST - 1; depth <= QuickJson.DEEPEST + 1; depth++) {
      readAlike("[".repeat(depth) + "]".repeat(depth));
      readAlike("{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
    }
    for (int size = QuickJson.MOST_MEMBERS - 1; size <= QuickJson.MOST_MEMBERS + 1; size++) {
      StringBuilder object = new StringBuilder("{");
      for (int i = 0; i < size; i++) {
        object.append(i == 0 ? "" : ",").append("\"m").append(i).append("\":").append(i);
      }
      readAlike(object.append('}').toString());
    }
    assertNotNull(quick("[".repeat(QuickJson.DEEPEST) + "]".repeat(QuickJson.DEEPEST)));
    assertNull(quick("[".repeat(QuickJson.DEEPEST + 1) + "]".repeat(QuickJson.DEEPEST + 1)));
  }

  @Test
  @DisplayName("a parser's tree becomes the same tree of arrays, and a thread's tree in use is not shared")
  void trees() {
    String charter = Documents.CHARTER.writeJson(SampleProgram.charter());
    for (String text : List.of(LINE, charter, "[]", "{}", "7", "null")) {
      assertEquals(jackson(text), Tree.of(Parser.json(text, "t.json", 1)).node(0, AT));
    }
    try (Tree first = QuickJson.read("[1]", "t.json"); Tree second = QuickJson.read("[2,3]", "t.json")) {
      assertNotSame(first, second);
      assertEquals(1, first.size(0));
      assertEquals(2, second.size(0));
    }
  }

  @Test
  @DisplayName("a name is read once and shared: the string the codecs ask for")
  void sharedNames() {
    ObjectNode first = (ObjectNode) quick("{\"format\":1,\"a\\u0062c\":2}");
    ObjectNode second = (ObjectNode) quick("{\"format\":3,\"abc\":4}");
    assertSame("format", first.members().get(0).name());
    assertSame("format", second.members().get(0).name());
    assertSame(first.members().get(1).name(), second.members().get(1).name());
  }
}
