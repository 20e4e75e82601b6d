package dev.dmz.json.syntax;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dmz.json.Documents;
import dev.dmz.testkit.program.SampleProgram;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import javax.management.JMException;
import javax.management.ObjectName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reading takes time linear in the text's length. Not timed: the work is counted as the bytes the
 * reading thread allocates (the JVM's own counter), which grows with what the parser copies. Each
 * document is read at two sizes, the second four times the first; linear reading allocates about
 * four times as much (less, the fixed costs being shared), and the test allows {@value #LIMIT}. The
 * quadratic reading this test was written for (SnakeYAML copying its window for each 1,023 characters
 * of a token) allocated sixteen times as much: 128 MB for a scalar of 256 K characters, 2 GB for one
 * of 1 M.
 */
@DisplayName("Reading in linear time")
class LinearReadingTest {
  /** The most work a text four times as long may take, in times the work of the shorter one. */
  static final double LIMIT = 6.0;

  /** Characters of the shorter text of each pair. */
  static final int SIZE = 256 * 1024;

  private static final String HEADER = "format: dmz.charter/1\n";

  @BeforeAll
  static void counterIsThere() {
    assumeTrue(allocated() >= 0, "this JVM does not count the bytes a thread allocates");
  }

  /** The bytes this thread has allocated so far, or -1 when the JVM does not say. */
  static long allocated() {
    try {
      Object bytes = ManagementFactory.getPlatformMBeanServer()
          .getAttribute(new ObjectName("java.lang:type=Threading"), "CurrentThreadAllocatedBytes");
      return bytes instanceof Long ? (Long) bytes : -1;
    } catch (JMException e) {
      return -1;
    }
  }

  /** The bytes a reading allocates: the least of three runs, after a first one that warms it up. */
  static long work(Runnable reading) {
    reading.run();
    long least = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      long before = allocated();
      reading.run();
      least = Math.min(least, allocated() - before);
    }
    return least;
  }

  /** Asserts that a document of four times the size costs at most {@value #LIMIT} times the work. */
  static void assertLinear(String what, IntFunction<String> document, Consumer<String> reading) {
    String small = document.apply(SIZE);
    String large = document.apply(4 * SIZE);
    long smallWork = work(() -> reading.accept(small));
    long largeWork = work(() -> reading.accept(large));
    double ratio = (double) largeWork / smallWork;
    assertTrue(ratio <= LIMIT, () -> String.format(Locale.ROOT,
        "%s: %,d characters took %,d bytes of work, %,d characters %,d: %.1f times, more than %.0f",
        what, small.length(), smallWork, large.length(), largeWork, ratio, LIMIT));
  }

  static void assertLinear(String what, IntFunction<String> document, boolean yaml) {
    assertLinear(what, document, text -> {
      Node root = yaml ? Parser.yaml(text, "t.yaml") : Parser.json(text, "t.json", 1);
      assertTrue(root instanceof Node.ObjectNode);
    });
  }

  @Test
  @DisplayName("a long plain scalar")
  void plainScalar() {
    assertLinear("plain scalar", n -> HEADER + "name: " + "a".repeat(n) + "\n", true);
  }

  @Test
  @DisplayName("a long quoted scalar, double and single")
  void quotedScalar() {
    assertLinear("double-quoted scalar", n -> HEADER + "name: \"" + "a".repeat(n) + "\"\n", true);
    assertLinear("single-quoted scalar", n -> HEADER + "name: '" + "a".repeat(n) + "'\n", true);
  }

  @Test
  @DisplayName("a long line of a block scalar, and a long comment")
  void blockScalarAndComment() {
    assertLinear("block scalar", n -> HEADER + "name: |\n  " + "a".repeat(n) + "\n", true);
    assertLinear("comment", n -> HEADER + "# " + "a".repeat(n) + "\nname: x\n", true);
  }

  @Test
  @DisplayName("many short entries, in block and in flow style")
  void manyEntries() {
    assertLinear("block list", n -> HEADER + "parties:\n" + "  - id: p\n    name: N\n    role: OEM\n"
        .repeat(n / 36), true);
    assertLinear("flow list", n -> HEADER + "parties: [" + "{id: p, name: N, role: OEM}, ".repeat(n / 29)
        + "{}]\n", true);
  }

  @Test
  @DisplayName("JSON: a long text and many entries")
  void json() {
    assertLinear("JSON text", n -> "{\"name\":\"" + "a".repeat(n) + "\"}", false);
    assertLinear("JSON list", n -> "{\"parties\":[" + "{\"id\":\"p\",\"role\":\"OEM\"},".repeat(n / 24)
        + "{}]}", false);
  }

  @Test
  @DisplayName("a whole charter with a long name, in YAML and in JSON, read into its value")
  void charter() {
    String name = SampleProgram.charter().name();
    String yaml = Documents.CHARTER.writeYaml(SampleProgram.charter());
    String json = Documents.CHARTER.writeJson(SampleProgram.charter());
    assertTrue(yaml.contains(name) && json.contains(name));
    assertLinear("YAML charter", n -> yaml.replace(name, "a".repeat(n)),
        text -> assertTrue(Documents.CHARTER.readYaml(text, "t.yaml").name().startsWith("aaa")));
    assertLinear("JSON charter", n -> json.replace(name, "a".repeat(n)),
        text -> assertTrue(Documents.CHARTER.readJson(text, "t.json").name().startsWith("aaa")));
  }
}
