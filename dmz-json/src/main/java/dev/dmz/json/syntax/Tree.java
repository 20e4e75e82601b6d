package dev.dmz.json.syntax;

import dev.dmz.json.DocumentException;
import dev.dmz.json.syntax.Node.ArrayNode;
import dev.dmz.json.syntax.Node.BooleanNode;
import dev.dmz.json.syntax.Node.Member;
import dev.dmz.json.syntax.Node.NullNode;
import dev.dmz.json.syntax.Node.NumberNode;
import dev.dmz.json.syntax.Node.ObjectNode;
import dev.dmz.json.syntax.Node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A parsed document as the codecs read it: its values in arrays, each known by its index (the root's is
 * 0), rather than as {@link Node} objects. A value has a kind, a text or a number, the name it has in
 * its object, and the items or members it holds (a run of indexes); with the location of the value and
 * of its name when the document was read with locations, and none (every error at line 0, column 0)
 * when it was read without ({@link Parser#jsonWithoutLocations}).
 *
 * <p>Why arrays: reading a line of an event log made some sixty objects for its tree (a node, a member,
 * a list for each value) before the codecs read a field. {@link QuickJson} fills a tree that a thread
 * keeps from one line to the next, so that a line's structure costs no allocation at all; such a tree
 * is the thread's until {@link #close}d, which clears its values. A tree of a {@link Node} ({@link #of})
 * is a new one, and closing it does nothing.
 */
public final class Tree implements AutoCloseable {
  /** A value's kind. */
  static final byte OBJECT = 1;
  static final byte LIST = 2;
  static final byte TEXT = 3;
  static final byte NUMBER = 4;
  static final byte TRUE = 5;
  static final byte FALSE = 6;
  static final byte NULL = 7;

  /** The most values of a tree that a thread keeps for its next document; a larger one is dropped. */
  private static final int KEPT = 4096;

  private static final ThreadLocal<Tree> KEPT_TREE = new ThreadLocal<>();

  private final boolean kept;
  private boolean inUse;
  private Location unknown;

  private byte[] kinds = new byte[64];
  /** A text's {@code String}, a number's {@code BigDecimal}, or null. */
  private Object[] values = new Object[64];
  /** The name of a member, or null for an item and the root. */
  private String[] names = new String[64];
  /** A list's or an object's first index in {@link #items}, and how many it holds. */
  private int[] firsts = new int[64];
  private int[] sizes = new int[64];
  private int count;

  /** The items and members of lists and objects, each's in a run. */
  private int[] items = new int[64];
  private int itemCount;

  /** Where each value and each member's name starts; null for a tree without locations. */
  private Location[] at;
  private Location[] nameAt;

  private Tree(boolean kept) {
    this.kept = kept;
  }

  /**
   * A thread's tree to fill, without locations: the one it keeps, unless that is in use or the document
   * is large.
   *
   * @param source the document's source, for errors
   * @param large whether the document may be too large for the thread to keep its tree
   * @return an empty tree, in use until closed
   */
  static Tree forThread(String source, boolean large) {
    Tree tree = large ? null : KEPT_TREE.get();
    if (tree == null || tree.inUse) {
      tree = new Tree(!large);
      if (!large) {
        KEPT_TREE.set(tree);
      }
    }
    tree.inUse = true;
    tree.unknown = new Location(source, 0, 0);
    return tree;
  }

  /**
   * The tree of a parsed document, with its locations.
   *
   * @param root the document's root
   * @return the tree
   */
  public static Tree of(Node root) {
    Tree tree = new Tree(false);
    tree.at = new Location[64];
    tree.nameAt = new Location[64];
    tree.add(root);
    return tree;
  }

  private int add(Node node) {
    if (node instanceof ObjectNode object) {
      int v = add(OBJECT, null, object.at());
      int[] members = new int[object.members().size()];
      for (int i = 0; i < members.length; i++) {
        Member member = object.members().get(i);
        members[i] = add(member.value());
        names[members[i]] = member.name();
        nameAt[members[i]] = member.at();
      }
      hold(v, members, 0, members.length);
      return v;
    }
    if (node instanceof ArrayNode array) {
      int v = add(LIST, null, array.at());
      int[] elements = new int[array.items().size()];
      for (int i = 0; i < elements.length; i++) {
        elements[i] = add(array.items().get(i));
      }
      hold(v, elements, 0, elements.length);
      return v;
    }
    if (node instanceof TextNode text) {
      return add(TEXT, text.value(), text.at());
    }
    if (node instanceof NumberNode number) {
      return add(NUMBER, number.value(), number.at());
    }
    if (node instanceof BooleanNode bool) {
      return add(bool.value() ? TRUE : FALSE, null, bool.at());
    }
    return add(NULL, null, ((NullNode) node).at());
  }

  /** Adds a value; its members or items are added after it, then {@link #hold held}. */
  int add(byte kind, Object value) {
    if (count == kinds.length) {
      int size = 2 * count;
      kinds = Arrays.copyOf(kinds, size);
      values = Arrays.copyOf(values, size);
      names = Arrays.copyOf(names, size);
      firsts = Arrays.copyOf(firsts, size);
      sizes = Arrays.copyOf(sizes, size);
      if (at != null) {
        at = Arrays.copyOf(at, size);
        nameAt = Arrays.copyOf(nameAt, size);
      }
    }
    kinds[count] = kind;
    values[count] = value;
    names[count] = null;
    return count++;
  }

  private int add(byte kind, Object value, Location where) {
    int v = add(kind, value);
    at[v] = where;
    return v;
  }

  /**
   * How many values the tree has: the index the next value added gets.
   *
   * @return the count
   */
  int count() {
    return count;
  }

  /** Names a value: it is the member of this name of the object added before it. */
  void name(int v, String name) {
    names[v] = name;
  }

  /** Gives a list or an object its items or members: the values at these indexes, in order. */
  void hold(int v, int[] elements, int from, int to) {
    int size = to - from;
    if (itemCount + size > items.length) {
      items = Arrays.copyOf(items, Math.max(2 * items.length, itemCount + size));
    }
    System.arraycopy(elements, from, items, itemCount, size);
    firsts[v] = itemCount;
    sizes[v] = size;
    itemCount += size;
  }

  /**
   * Clears a thread's tree for its next document (and drops it if it grew too large); a tree of a
   * {@link Node} is left as it is.
   */
  @Override
  public void close() {
    if (!inUse) {
      return;
    }
    inUse = false;
    if (!kept || count > KEPT) {
      if (kept) {
        KEPT_TREE.remove();
      }
      return;
    }
    Arrays.fill(values, 0, count, null);
    Arrays.fill(names, 0, count, null);
    count = 0;
    itemCount = 0;
  }

  /**
   * The value's kind.
   *
   * @param v the value's index
   * @return {@link #OBJECT}, {@link #LIST}, {@link #TEXT}, {@link #NUMBER}, {@link #TRUE}, {@link
   *     #FALSE} or {@link #NULL}
   */
  byte kind(int v) {
    return kinds[v];
  }

  /**
   * Whether a value is an object.
   *
   * @param v the value's index
   * @return true for an object
   */
  public boolean isObject(int v) {
    return kinds[v] == OBJECT;
  }

  /**
   * Whether a value is a list.
   *
   * @param v the value's index
   * @return true for a list
   */
  public boolean isList(int v) {
    return kinds[v] == LIST;
  }

  /**
   * Whether a value is null.
   *
   * @param v the value's index
   * @return true for null
   */
  public boolean isNull(int v) {
    return kinds[v] == NULL;
  }

  /**
   * A text value.
   *
   * @param v the value's index
   * @return the text, or null if the value is not a text
   */
  public String text(int v) {
    return kinds[v] == TEXT ? (String) values[v] : null;
  }

  /**
   * A number value.
   *
   * @param v the value's index
   * @return the number, or null if the value is not a number
   */
  public BigDecimal number(int v) {
    return kinds[v] == NUMBER ? (BigDecimal) values[v] : null;
  }

  /**
   * Whether a value is {@code true} or {@code false}.
   *
   * @param v the value's index
   * @return true if it is either
   */
  public boolean isBoolean(int v) {
    return kinds[v] == TRUE || kinds[v] == FALSE;
  }

  /**
   * Whether a value is {@code true}.
   *
   * @param v the value's index
   * @return true for {@code true}
   */
  public boolean isTrue(int v) {
    return kinds[v] == TRUE;
  }

  /**
   * How many items a list has, or members an object.
   *
   * @param v the list's or object's index
   * @return the count
   */
  public int size(int v) {
    return sizes[v];
  }

  /**
   * A list's item or an object's member.
   *
   * @param v the list's or object's index
   * @param i the item's or member's position, from 0
   * @return the item's or member's index
   */
  public int item(int v, int i) {
    return items[firsts[v] + i];
  }

  /**
   * A member's name.
   *
   * @param member the member's index
   * @return the name
   */
  public String name(int member) {
    return names[member];
  }

  /**
   * An error about a value, at its location (unknown in a tree without locations).
   *
   * @param v the value's index
   * @param path the value's JSON path
   * @param problem what is wrong
   * @return the error, to throw
   */
  public DocumentException error(int v, String path, String problem) {
    return (at == null ? unknown : at[v]).error(path, problem);
  }

  /**
   * An error about a member's name, at the name's location (unknown in a tree without locations).
   *
   * @param member the member's index
   * @param path the member's JSON path
   * @param problem what is wrong
   * @return the error, to throw
   */
  public DocumentException nameError(int member, String path, String problem) {
    return (nameAt == null ? unknown : nameAt[member]).error(path, problem);
  }

  /**
   * A value in words, for error messages, as {@link Node#describe} says it.
   *
   * @param v the value's index
   * @return a description
   */
  public String describe(int v) {
    switch (kinds[v]) {
      case OBJECT:
        return new ObjectNode(List.of(), null).describe();
      case LIST:
        return new ArrayNode(List.of(), null).describe();
      default:
        return node(v, null).describe();
    }
  }

  /**
   * A value as a {@link Node}, every location the given one: to compare with a parser's tree.
   *
   * @param v the value's index
   * @param where the location of every value
   * @return the node
   */
  Node node(int v, Location where) {
    switch (kinds[v]) {
      case OBJECT: {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < sizes[v]; i++) {
          members.add(new Member(names[item(v, i)], node(item(v, i), where), where));
        }
        return new ObjectNode(members, where);
      }
      case LIST: {
        List<Node> elements = new ArrayList<>();
        for (int i = 0; i < sizes[v]; i++) {
          elements.add(node(item(v, i), where));
        }
        return new ArrayNode(elements, where);
      }
      case TEXT:
        return new TextNode((String) values[v], where);
      case NUMBER:
        return new NumberNode((BigDecimal) values[v], where);
      case TRUE:
        return new BooleanNode(true, where);
      case FALSE:
        return new BooleanNode(false, where);
      default:
        return new NullNode(where);
    }
  }
}
