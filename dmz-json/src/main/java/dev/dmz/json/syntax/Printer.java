package dev.dmz.json.syntax;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.dmz.json.syntax.Node.ArrayNode;
import dev.dmz.json.syntax.Node.BooleanNode;
import dev.dmz.json.syntax.Node.Member;
import dev.dmz.json.syntax.Node.NullNode;
import dev.dmz.json.syntax.Node.NumberNode;
import dev.dmz.json.syntax.Node.ObjectNode;
import dev.dmz.json.syntax.Node.TextNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes a {@link Node} tree as JSON (indented, or on one line for JSON Lines) or as YAML. Numbers are
 * written exactly as held, so that reading them back gives equal values, scale included.
 */
public final class Printer {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final YAMLFactory YAML = YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build();

  private Printer() {}

  /**
   * JSON, indented by two spaces, ending with a line break.
   *
   * @param node the value
   * @return the text
   */
  public static String json(Node node) {
    return write(JSON, node, true) + "\n";
  }

  /**
   * JSON on one line, with no line break: one line of a JSON Lines file.
   *
   * @param node the value
   * @return the text
   */
  public static String line(Node node) {
    return write(JSON, node, false);
  }

  /**
   * YAML, ending with a line break.
   *
   * @param node the value
   * @return the text
   */
  public static String yaml(Node node) {
    return write(YAML, node, false);
  }

  private static String write(JsonFactory factory, Node node, boolean indent) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = factory.createGenerator(text)) {
      if (indent) {
        generator.useDefaultPrettyPrinter();
      }
      write(generator, node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static void write(JsonGenerator out, Node node) throws IOException {
    if (node instanceof ObjectNode) {
      out.writeStartObject();
      for (Member member : ((ObjectNode) node).members()) {
        out.writeFieldName(member.name());
        write(out, member.value());
      }
      out.writeEndObject();
    } else if (node instanceof ArrayNode) {
      out.writeStartArray();
      for (Node item : ((ArrayNode) node).items()) {
        write(out, item);
      }
      out.writeEndArray();
    } else if (node instanceof TextNode) {
      out.writeString(((TextNode) node).value());
    } else if (node instanceof NumberNode) {
      out.writeNumber(((NumberNode) node).value().toString());
    } else if (node instanceof BooleanNode) {
      out.writeBoolean(((BooleanNode) node).value());
    } else if (node instanceof NullNode) {
      out.writeNull();
    }
  }
}
