package dev.dmz.json.syntax;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.dmz.core.value.Text;
import dev.dmz.json.DocumentException;
import dev.dmz.json.syntax.Node.ArrayNode;
import dev.dmz.json.syntax.Node.BooleanNode;
import dev.dmz.json.syntax.Node.Member;
import dev.dmz.json.syntax.Node.NullNode;
import dev.dmz.json.syntax.Node.NumberNode;
import dev.dmz.json.syntax.Node.ObjectNode;
import dev.dmz.json.syntax.Node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one JSON or YAML document into a {@link Node} tree with locations, through Jackson's streaming
 * parser. Syntax errors, a member given twice, an empty text and text after the end of the document
 * are {@link DocumentException}s naming the line, the column and the path.
 */
public final class Parser {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final WholeTextYaml YAML = new WholeTextYaml();

  /** The most digits a number may have before, and after, its decimal point. */
  static final int MAX_DIGITS = 30;

  /** Objects of at most so many members are checked for a name given twice without a set. */
  private static final int FEW_MEMBERS = 16;

  private final String source;
  private final int lineOffset;

  /** The location of every value when locations are not kept ({@link #jsonWithoutLocations}), else null. */
  private final Location unlocated;

  /**
   * Where the value being read is, for an error: at each level down from the root, the member's name
   * (a {@code String}) or the item's index (an {@code Integer}). The path's text is made only when an
   * error needs it ({@link #path()}), not for every value read.
   */
  private Object[] steps = new Object[8];
  private int depth;

  private Parser(String source, int lineOffset, Location unlocated) {
    this.source = source;
    this.lineOffset = lineOffset;
    this.unlocated = unlocated;
  }

  /**
   * Reads a JSON document.
   *
   * @param text the text
   * @param source where it came from (a file name), for error messages
   * @param line the line the text starts on, from 1 (a JSON Lines file passes each line's number)
   * @return the document's root value
   * @throws DocumentException if the text is not one well-formed JSON value
   */
  public static Node json(String text, String source, int line) {
    try {
      return new Parser(source, line - 1, null).read(JSON.createParser(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a JSON document without the locations of its values, which is quicker: what it reads is
   * what {@link #json} reads, each value at line 0, column 0 (unknown), and so is every error it
   * throws. For a reader that reads again with {@link #json} when it meets an error, to say where.
   * The text is read by {@link QuickJson} when it can (the JSON dmz writes), by Jackson otherwise.
   *
   * @param text the text
   * @param source where it came from (a file name), for error messages
   * @return the document's tree, without locations: close it when it is read (it may be the thread's)
   * @throws DocumentException if the text is not one well-formed JSON value (its line and column may
   *     be unknown)
   */
  public static Tree jsonWithoutLocations(String text, String source) {
    Tree quick = QuickJson.read(text, source);
    if (quick != null) {
      return quick;
    }
    try {
      return Tree.of(new Parser(source, 0, new Location(source, 0, 0)).read(JSON.createParser(text)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a YAML document.
   *
   * @param text the text
   * @param source where it came from (a file name), for error messages
   * @return the document's root value
   * @throws DocumentException if the text is not one well-formed YAML document
   */
  public static Node yaml(String text, String source) {
    return yaml(YAML.parser(text), source);
  }

  /**
   * Reads a YAML document from a parser: the whole-text one above, or (to compare with it) Jackson's own.
   *
   * @param parser the parser, which this closes
   * @param source where the text came from
   * @return the document's root value
   */
  static Node yaml(YAMLParser parser, String source) {
    return new Parser(source, 0, null).read(parser);
  }

  private Node read(JsonParser input) {
    try (JsonParser parser = input) {
      try {
        if (parser.nextToken() == null) {
          throw new DocumentException(source, 1 + lineOffset, 1, "$", "is empty: a document was expected");
        }
        Node root = value(parser);
        if (parser.nextToken() != null) {
          throw location(parser.currentTokenLocation())
              .error("$", "has more text after the end of the document");
        }
        return root;
      } catch (JsonProcessingException e) {
        JsonLocation where = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
        String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
        throw location(where).error(path(parser.getParsingContext()),
            "is not well-formed: " + Text.line(message));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value at the parser's current token, whose place in the document {@link #steps} holds. */
  private Node value(JsonParser parser) throws IOException {
    Location at = location(parser);
    JsonToken token = parser.currentToken();
    if (parser instanceof YAMLParser) {
      yamlOnly((YAMLParser) parser, at);
    }
    switch (token) {
      case START_OBJECT:
        return object(parser, at);
      case START_ARRAY:
        return array(parser, at);
      case VALUE_STRING:
        return new TextNode(parser.getText(), at);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new NumberNode(number(parser, at), at);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new BooleanNode(token == JsonToken.VALUE_TRUE, at);
      case VALUE_NULL:
        return new NullNode(at);
      default:
        throw at.error(path(), "holds a kind of value dmz does not read (only texts, numbers, true, false, "
            + "null, lists and objects)");
    }
  }

  /** YAML's aliases and tags have no JSON counterpart: refused rather than misread. */
  private void yamlOnly(YAMLParser parser, Location at) throws IOException {
    if (parser.isCurrentAlias()) {
      throw at.error(path(), "is a YAML alias (*" + Text.bare(parser.getText()) + "): write the value out in full");
    }
    Object tag = parser.getTypeId();
    if (tag != null) {
      String name = tag.toString().startsWith("tag:") ? tag.toString() : "!" + tag;
      throw at.error(path(), "has a YAML tag (" + Text.bare(name) + "), which dmz does not read: remove it");
    }
  }

  private ObjectNode object(JsonParser parser, Location at) throws IOException {
    List<Member> members = new ArrayList<>();
    Set<String> names = null;
    int level = enter();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      Location nameAt = location(parser);
      steps[level] = name;
      if (members.size() < FEW_MEMBERS) {
        for (Member member : members) {
          if (member.name().equals(name)) {
            throw nameAt.error(path(), "is given twice");
          }
        }
      } else {
        if (names == null) {
          names = new HashSet<>();
          for (Member member : members) {
            names.add(member.name());
          }
        }
        if (!names.add(name)) {
          throw nameAt.error(path(), "is given twice");
        }
      }
      parser.nextToken();
      members.add(new Member(name, value(parser), nameAt));
    }
    depth--;
    return new ObjectNode(members, at);
  }

  private ArrayNode array(JsonParser parser, Location at) throws IOException {
    List<Node> items = new ArrayList<>();
    int level = enter();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      steps[level] = items.size();
      items.add(value(parser));
    }
    depth--;
    return new ArrayNode(items, at);
  }

  private BigDecimal number(JsonParser parser, Location at) throws IOException {
    String text = parser.getText();
    BigDecimal number;
    try {
      number = new BigDecimal(text.replace("_", ""));
    } catch (NumberFormatException e) {
      throw at.error(path(), "must be a decimal number, was " + Text.bare(text));
    }
    if (number.precision() - number.scale() > MAX_DIGITS || number.scale() > MAX_DIGITS) {
      throw at.error(path(), "must have at most " + MAX_DIGITS + " digits before and after the point, was "
          + Text.bare(text));
    }
    return number;
  }

  /** Goes one level down, into an object or a list: returns the level's index in {@link #steps}. */
  private int enter() {
    if (depth == steps.length) {
      steps = Arrays.copyOf(steps, 2 * depth);
    }
    return depth++;
  }

  /** The JSON path of the value being read, made only for an error. */
  private String path() {
    String path = "$";
    for (int level = 0; level < depth; level++) {
      Object step = steps[level];
      path = step instanceof String ? JsonPath.member(path, (String) step) : JsonPath.item(path, (Integer) step);
    }
    return path;
  }

  /** Where the current token starts, unless locations are not kept. */
  private Location location(JsonParser parser) {
    return unlocated != null ? unlocated : location(parser.currentTokenLocation());
  }

  private Location location(JsonLocation where) {
    return new Location(source, Math.max(1, where.getLineNr()) + lineOffset, Math.max(1, where.getColumnNr()));
  }

  private static String path(JsonStreamContext context) {
    List<JsonStreamContext> levels = new ArrayList<>();
    for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      levels.add(0, at);
    }
    String path = "$";
    for (JsonStreamContext at : levels) {
      if (at.inArray()) {
        path = JsonPath.item(path, Math.max(0, at.getCurrentIndex()));
      } else if (at.getCurrentName() != null) {
        path = JsonPath.member(path, at.getCurrentName());
      }
    }
    return path;
  }
}
