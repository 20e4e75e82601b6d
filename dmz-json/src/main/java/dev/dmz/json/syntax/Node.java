package dev.dmz.json.syntax;

import dev.dmz.core.value.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A parsed JSON or YAML value that remembers where it starts, so that every reading error can name
 * its line and column. Jackson's own tree forgets locations; this one is built from its streaming
 * parser by {@link Parser}, and written back by {@link Printer}.
 */
public sealed interface Node {

  /**
   * Where the value starts; {@code null} for a value built in memory to be written.
   *
   * @return the location
   */
  Location at();

  /**
   * The value in words, for error messages: {@code "the text \"x\""}, {@code "the number 12"}; a
   * text is shown by {@link Text#quoted}, escaped and cut.
   *
   * @return a description
   */
  String describe();

  /**
   * An object: named members, in document order.
   *
   * @param members the members
   * @param at where the object starts
   */
  record ObjectNode(List<Member> members, Location at) implements Node {
    /**
     * An object.
     *
     * @param members the members
     * @param at where the object starts
     */
    public ObjectNode {
      members = List.copyOf(members);
    }

    /**
     * The member of this name.
     *
     * @param name the name
     * @return the member, if present
     */
    public Optional<Member> member(String name) {
      for (Member member : members) {
        if (member.name().equals(name)) {
          return Optional.of(member);
        }
      }
      return Optional.empty();
    }

    @Override
    public String describe() {
      return "an object";
    }
  }

  /**
   * A named member of an object.
   *
   * @param name the name
   * @param value the value
   * @param at where the name starts
   */
  record Member(String name, Node value, Location at) {}

  /**
   * A list.
   *
   * @param items the items, in order
   * @param at where the list starts
   */
  record ArrayNode(List<Node> items, Location at) implements Node {
    /**
     * A list.
     *
     * @param items the items
     * @param at where the list starts
     */
    public ArrayNode {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A text.
   *
   * @param value the text
   * @param at where it starts
   */
  record TextNode(String value, Location at) implements Node {
    @Override
    public String describe() {
      return "the text " + Text.quoted(value);
    }
  }

  /**
   * A number, exactly as written (scale included).
   *
   * @param value the number
   * @param at where it starts
   */
  record NumberNode(BigDecimal value, Location at) implements Node {
    @Override
    public String describe() {
      return "the number " + value;
    }
  }

  /**
   * {@code true} or {@code false}.
   *
   * @param value the value
   * @param at where it starts
   */
  record BooleanNode(boolean value, Location at) implements Node {
    @Override
    public String describe() {
      return String.valueOf(value);
    }
  }

  /**
   * {@code null}.
   *
   * @param at where it starts
   */
  record NullNode(Location at) implements Node {
    @Override
    public String describe() {
      return "null";
    }
  }
}
