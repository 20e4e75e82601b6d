package dev.dmz.json.codec;

import dev.dmz.json.syntax.JsonPath;
import dev.dmz.json.syntax.Node.Member;
import dev.dmz.json.syntax.Node.NullNode;
import dev.dmz.json.syntax.Node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The fields of an object being read. Each field a reader asks for is remembered, so that once it is
 * done any other field is reported as unknown, with the fields it knows.
 */
public final class Fields {
  private final ObjectNode node;
  private final String path;
  private final Set<String> asked = new LinkedHashSet<>();

  Fields(ObjectNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /**
   * A field that must be present and not null.
   *
   * @param name the field's name
   * @return its value
   */
  public Value get(String name) {
    return find(name).orElseThrow(() -> node.at().error(JsonPath.member(path, name), "is missing"));
  }

  /**
   * A field that may be absent (or null).
   *
   * @param name the field's name
   * @return its value, if present and not null
   */
  public Optional<Value> find(String name) {
    asked.add(name);
    return node.member(name).filter(m -> !(m.value() instanceof NullNode))
        .map(m -> new Value(m.value(), JsonPath.member(path, name)));
  }

  /**
   * A list field; absent means empty.
   *
   * @param <T> the item type
   * @param name the field's name
   * @param reader reads one item
   * @return the items
   */
  public <T> List<T> list(String name, Function<Value, T> reader) {
    return find(name).map(v -> v.list(reader)).orElse(List.of());
  }

  /**
   * A field's value, without asking for it: to point an error at it.
   *
   * @param name the field's name
   * @return its value, if present
   */
  Optional<Value> member(String name) {
    return node.member(name).map(m -> new Value(m.value(), JsonPath.member(path, name)));
  }

  void checkNoOthers() {
    for (Member member : node.members()) {
      if (!asked.contains(member.name())) {
        throw member.at().error(JsonPath.member(path, member.name()), "is not a known field here; known: "
            + String.join(", ", asked));
      }
    }
  }
}
