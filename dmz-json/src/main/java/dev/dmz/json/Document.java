package dev.dmz.json;

import dev.dmz.core.value.Text;
import dev.dmz.json.codec.Fields;
import dev.dmz.json.codec.Value;
import dev.dmz.json.codec.Write;
import dev.dmz.json.syntax.Node;
import dev.dmz.json.syntax.Parser;
import dev.dmz.json.syntax.Printer;
import dev.dmz.json.syntax.Tree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of document (a charter, a command, an event...) in JSON or YAML. Every document names its
 * format in a first field, {@code format: dmz.charter/1}: the kind and the version of its layout.
 *
 * <p><b>Versions.</b> A document is always written in the latest version. It is read with the reader
 * of the version it names: when a version 2 of a kind appears, its version 1 reader stays, so that
 * files written today keep being read. A version newer than this library knows is refused with a
 * message that says so.
 *
 * <p><b>Strictness.</b> An unknown field, a wrong type, a missing field, a malformed date or amount,
 * or a value the domain refuses (a blank name, a negative amount) is a {@link DocumentException}
 * naming the source, the line and column, the JSON path and the value; nothing is returned.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the type of the document's value
 */
public final class Document<T> {
  private static final Pattern FORMAT = Pattern.compile("dmz\\.([a-z]+)/([1-9][0-9]{0,3})");

  private final String kind;
  private final List<Function<Fields, T>> readers;
  private final BiConsumer<T, Write> writer;

  /** The versions this library reads, by their format's name: {@code dmz.charter/1} is 1. */
  private final Map<String, Integer> versions = new HashMap<>();

  Document(String kind, List<Function<Fields, T>> readers, BiConsumer<T, Write> writer) {
    this.kind = kind;
    this.readers = List.copyOf(readers);
    this.writer = writer;
    for (int version = 1; version <= readers.size(); version++) {
      versions.put("dmz." + kind + "/" + version, version);
    }
  }

  /**
   * The format this library writes, such as {@code dmz.charter/1}.
   *
   * @return the format's name
   */
  public String format() {
    return "dmz." + kind + "/" + readers.size();
  }

  /**
   * Reads a JSON document.
   *
   * @param text the text
   * @param source where it came from, for error messages (a file name)
   * @return the value
   * @throws DocumentException if the text is not a valid document of this kind
   */
  public T readJson(String text, String source) {
    return readJson(text, source, 1);
  }

  /**
   * Reads one line of a JSON Lines file.
   *
   * @param line the line's text
   * @param source the file's name
   * @param number the line's number, from 1
   * @return the value
   * @throws DocumentException if the line is not a valid document of this kind
   */
  public T readLine(String line, String source, int number) {
    return readJson(line, source, number);
  }

  /**
   * Reads a YAML document (JSON is YAML too).
   *
   * @param text the text
   * @param source where it came from, for error messages (a file name)
   * @return the value
   * @throws DocumentException if the text is not a valid document of this kind
   */
  public T readYaml(String text, String source) {
    return read(Tree.of(Parser.yaml(text, source)));
  }

  /**
   * Reads a file: YAML when its name ends with {@code .yaml} or {@code .yml}, JSON otherwise. The
   * file may have at most {@link InputLimits#document()} bytes (16M unless set otherwise).
   *
   * @param file the file
   * @return the value
   * @throws DocumentException if the file is not a valid document of this kind
   * @throws UncheckedIOException if the file cannot be read, is larger than the limit, or is not a
   *     regular file (checked before it is read)
   */
  public T read(Path file) {
    return read(file, InputLimits.document());
  }

  /**
   * Reads a file of at most a given size: YAML when its name ends with {@code .yaml} or {@code .yml},
   * JSON otherwise.
   *
   * @param file the file
   * @param maxBytes the most bytes the file may have
   * @return the value
   * @throws DocumentException if the file is not a valid document of this kind
   * @throws UncheckedIOException if the file cannot be read, is larger than {@code maxBytes}, or is not
   *     a regular file (checked before it is read)
   * @throws IllegalArgumentException if {@code maxBytes} is negative
   */
  public T read(Path file, long maxBytes) {
    String text = TextFile.read(file, maxBytes, (kind.matches("[aeiou].*") ? "an " : "a ") + kind);
    return isYaml(file) ? readYaml(text, file.toString()) : readJson(text, file.toString());
  }

  /**
   * Writes a value as indented JSON.
   *
   * @param value the value
   * @return the text, ending with a line break
   */
  public String writeJson(T value) {
    return Printer.json(node(value));
  }

  /**
   * Writes a value as one line of JSON, for a JSON Lines file.
   *
   * @param value the value
   * @return the line, without a line break
   */
  public String writeLine(T value) {
    return Printer.line(node(value));
  }

  /**
   * Writes a value as YAML.
   *
   * @param value the value
   * @return the text
   */
  public String writeYaml(T value) {
    return Printer.yaml(node(value));
  }

  /**
   * Writes a file: YAML when its name ends with {@code .yaml} or {@code .yml}, JSON otherwise.
   *
   * @param value the value
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(T value, Path file) {
    try {
      Files.writeString(file, isYaml(file) ? writeYaml(value) : writeJson(value), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return format();
  }

  private Node node(T value) {
    Write out = Write.object().put("format", format());
    writer.accept(value, out);
    return out.node();
  }

  /**
   * Reads JSON without the locations of its values, which is quicker, and again with them when it is
   * not a valid document, so that the error says where: the reading is the same, only the locations
   * differ, so the second reading throws the error the first met, now with its line and column.
   */
  private T readJson(String text, String source, int line) {
    try (Tree tree = Parser.jsonWithoutLocations(text, source)) {
      return read(tree);
    } catch (DocumentException e) {
      return read(Tree.of(Parser.json(text, source, line)));
    }
  }

  private T read(Tree tree) {
    return Value.root(tree).object(fields -> readers.get(version(fields.get("format")) - 1).apply(fields));
  }

  private int version(Value format) {
    String text = format.text();
    Integer known = versions.get(text);
    if (known != null) {
      return known;
    }
    Matcher matcher = FORMAT.matcher(text);
    if (!matcher.matches()) {
      throw format.error("must name a dmz format such as \"" + format() + "\", was " + Text.quoted(text));
    }
    if (!matcher.group(1).equals(kind)) {
      throw format.error("is a dmz." + matcher.group(1) + " document, but a dmz." + kind
          + " document was expected, was " + Text.quoted(text));
    }
    int version = Integer.parseInt(matcher.group(2));
    if (version > readers.size()) {
      throw format.error("is version " + version + " of dmz." + kind + ", but this dmz reads versions 1 to "
          + readers.size() + ": a newer dmz wrote it, was " + Text.quoted(text));
    }
    return version;
  }

  private static boolean isYaml(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }
}
