package dev.dmz.json.codec;

import dev.dmz.json.syntax.JsonPath;
import dev.dmz.json.syntax.Tree;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fields of an object being read. Each field a reader asks for is remembered, so that once it is
 * done any other field is reported as unknown, with the fields it knows.
 */
public final class Fields {
  /** Members beyond so many are checked against the names asked for, not by their index. */
  private static final int MARKED = Long.SIZE;

  private final Tree tree;
  /** The object's index in the tree. */
  private final int at;
  private final Value object;
  private final int size;

  /**
   * The names asked for, in order (a name asked twice is here twice): kept only when they are needed,
   * for an object of more than {@value #MARKED} members or to name the known fields in an error
   * ({@link #checkNoOthers}); null otherwise.
   */
  private final List<String> asked;

  /** Bit i: the member at index i was asked for (the first {@value #MARKED} members). */
  private long askedMembers;

  Fields(Tree tree, int at, Value object) {
    this(tree, at, object, tree.size(at) > MARKED);
  }

  private Fields(Tree tree, int at, Value object, boolean keepNames) {
    this.tree = tree;
    this.at = at;
    this.object = object;
    this.size = tree.size(at);
    this.asked = keepNames ? new ArrayList<>() : null;
  }

  /**
   * A field that must be present and not null.
   *
   * @param name the field's name
   * @return its value
   */
  public Value get(String name) {
    Value value = value(name);
    if (value == null) {
      throw tree.error(at, JsonPath.member(object.path(), name), "is missing");
    }
    return value;
  }

  /**
   * A field that may be absent (or null).
   *
   * @param name the field's name
   * @return its value, if present and not null
   */
  public Optional<Value> find(String name) {
    return Optional.ofNullable(value(name));
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
    Value value = value(name);
    return value == null ? List.of() : value.list(reader);
  }

  /**
   * A field's value, without asking for it: to point an error at it.
   *
   * @param name the field's name
   * @return its value, if present
   */
  Optional<Value> member(String name) {
    int i = indexOf(name);
    return i < 0 ? Optional.empty() : Optional.of(new Value(tree, tree.item(at, i), object, name));
  }

  /** Asks for a field: its value, or null when it is absent or null. */
  private Value value(String name) {
    if (asked != null) {
      asked.add(name);
    }
    int i = indexOf(name);
    if (i < 0) {
      return null;
    }
    if (i < MARKED) {
      askedMembers |= 1L << i;
    }
    int member = tree.item(at, i);
    return tree.isNull(member) ? null : new Value(tree, member, object, name);
  }

  /**
   * The index of the member of a name, or -1. The parsers share their names (interned, as the codecs'
   * names are), so that the same string is looked for first: no characters compared; then, for a
   * name that is not shared, equal strings.
   */
  private int indexOf(String name) {
    for (int i = 0; i < size; i++) {
      if (tree.name(tree.item(at, i)) == name) {
        return i;
      }
    }
    for (int i = 0; i < size; i++) {
      if (tree.name(tree.item(at, i)).equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Checks that the reader asked for every member; an unknown one is an error that names the fields
   * the reader knows. Those names are not kept while reading, which would cost every object read: for
   * the error, the reader reads the object again (as it did, readers being functions of the fields),
   * and this time its names are kept.
   *
   * @param reader the reader that read these fields
   */
  void checkNoOthers(Function<Fields, ?> reader) {
    for (int i = 0; i < size; i++) {
      int member = tree.item(at, i);
      boolean known = i < MARKED ? (askedMembers & 1L << i) != 0 : asked.contains(tree.name(member));
      if (!known) {
        List<String> names = asked;
        if (names == null) {
          Fields again = new Fields(tree, at, object, true);
          reader.apply(again);
          names = again.asked;
        }
        throw tree.nameError(member, JsonPath.member(object.path(), tree.name(member)),
            "is not a known field here; known: " + String.join(", ", new LinkedHashSet<>(names)));
      }
    }
  }
}
