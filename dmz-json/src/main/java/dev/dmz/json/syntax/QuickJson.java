package dev.dmz.json.syntax;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Reads the JSON that dmz writes, quicker than Jackson: a line of an event log costs less than
 * Jackson's tokens alone (no parser, context or recycled buffer to set up; the text is copied once
 * into an array and read by index), and member names are shared strings, not copies.
 *
 * <p>It reads a text that is well-formed JSON into a {@link Tree} without locations, the tree of what
 * {@link Parser} reads; for anything else it returns {@code null} and reads no further: a syntax error, a name given twice,
 * a number of more digits than dmz reads, and whatever it is not made for (nesting deeper than {@value
 * #DEEPEST}, an object of more than {@value #MOST_MEMBERS} members, a name of more than {@value
 * #LONGEST_NAME} characters, a number of more than {@value #LONGEST_NUMBER}). Jackson then reads the
 * text and says what is wrong, or reads what this left. So this reader never decides that a text is
 * wrong, nor how; it only must not read a text otherwise than Jackson would (a property test holds it to
 * that: {@code QuickJsonTest}). JSON here is RFC 8259 as Jackson reads it by default: no comments,
 * no single quotes, no trailing commas, no leading zeros, no {@code NaN}, no control character in a
 * text.
 */
final class QuickJson {
  /** The deepest nesting read here; Jackson reads deeper. */
  static final int DEEPEST = 64;

  /** The most members an object read here has: a name given twice is looked for by comparing names. */
  static final int MOST_MEMBERS = 32;

  /** The longest member name read here. */
  static final int LONGEST_NAME = 256;

  /** The longest number read here: longer ones have more digits than dmz reads, or an exponent. */
  static final int LONGEST_NUMBER = 64;

  /** The longest text Jackson reads (its default limit): a longer one is left to it, to refuse. */
  private static final int LONGEST_TEXT = StreamReadConstraints.defaults().getMaxStringLength();

  /**
   * Member names read before, by a hash of their characters: a name is made once and then shared, as
   * Jackson shares (and interns) them. Names are interned, so that they are the very strings the codecs
   * ask for, and two equal names read here are the same string. The array is read and written without
   * a lock: a {@link Name} is immutable and safely published whatever the thread, and a slot that
   * another thread overwrites only costs a miss.
   */
  private static final Name[] NAMES = new Name[1024];

  /** A name and its characters, to compare with a text's without making a string. */
  private record Name(String name, char[] characters) {
    /** Whether these are the name's characters. */
    boolean is(char[] text, int start, int end) {
      return Arrays.equals(characters, 0, characters.length, text, start, end);
    }
  }

  /** What follows an item or a member ({@link #after}). */
  private static final int COMMA = 0;
  private static final int CLOSED = 1;
  private static final int REFUSED = 2;

  /** The longest text copied into a thread's kept array ({@link #buffer}). */
  private static final int KEPT = 1 << 16;

  private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[1024]);

  /** The text's characters (in an array longer than the text, when it is a thread's kept one). */
  private final char[] text;
  private final int length;
  private final Tree tree;
  private int next;
  private int depth;

  /** The indexes of the items and members of the lists and objects being read, each level's above its parent's. */
  private int[] stack = new int[32];
  private int top;

  private QuickJson(String text, Tree tree) {
    this.length = text.length();
    this.text = buffer(length);
    text.getChars(0, length, this.text, 0);
    this.tree = tree;
  }

  /**
   * A thread's array to copy a text into, at least so long: kept from one reading to the next when it
   * is small (up to {@value #KEPT} characters: a log line, not a whole charter), so that reading a log
   * does not allocate a copy of each line.
   */
  private static char[] buffer(int length) {
    if (length > KEPT) {
      return new char[length];
    }
    char[] buffer = BUFFER.get();
    if (buffer.length < length) {
      buffer = new char[Math.min(KEPT, Math.max(length, 2 * buffer.length))];
      BUFFER.set(buffer);
    }
    return buffer;
  }

  /**
   * Reads a document.
   *
   * @param text the text
   * @param source where it came from, for errors
   * @return its tree without locations (a thread's, to close when read), or {@code null} if the text
   *     is not one this reads (Jackson's parser then reads it)
   */
  static Tree read(String text, String source) {
    Tree tree = Tree.forThread(source, text.length() > KEPT);
    QuickJson reader = new QuickJson(text, tree);
    boolean read = reader.value();
    reader.skipSpace();
    if (read && reader.next == reader.length) {
      return tree;
    }
    tree.close();
    return null;
  }

  /** Reads a value into the tree (its index is the tree's next); false if it is not read. */
  private boolean value() {
    skipSpace();
    if (next == length) {
      return false;
    }
    char c = text[next];
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        String value = text(LONGEST_TEXT);
        return value != null && tree.add(Tree.TEXT, value) >= 0;
      case 't':
        return word("true") && tree.add(Tree.TRUE, null) >= 0;
      case 'f':
        return word("false") && tree.add(Tree.FALSE, null) >= 0;
      case 'n':
        return word("null") && tree.add(Tree.NULL, null) >= 0;
      default:
        return (c == '-' || isDigit(c)) && number();
    }
  }

  private boolean object() {
    next++;
    if (++depth > DEEPEST) {
      return false;
    }
    int object = tree.add(Tree.OBJECT, null);
    int base = top;
    skipSpace();
    if (next < length && text[next] == '}') {
      next++;
    } else {
      while (true) {
        skipSpace();
        if (next == length || text[next] != '"' || top - base == MOST_MEMBERS) {
          return false;
        }
        String name = name();
        if (name == null || given(name, base)) {
          return false;
        }
        skipSpace();
        if (next == length || text[next] != ':') {
          return false;
        }
        next++;
        int member = push();
        if (!value()) {
          return false;
        }
        tree.name(member, name);
        int after = after('}');
        if (after == REFUSED) {
          return false;
        }
        if (after == CLOSED) {
          break;
        }
      }
    }
    depth--;
    tree.hold(object, stack, base, top);
    top = base;
    return true;
  }

  private boolean array() {
    next++;
    if (++depth > DEEPEST) {
      return false;
    }
    int list = tree.add(Tree.LIST, null);
    int base = top;
    skipSpace();
    if (next < length && text[next] == ']') {
      next++;
    } else {
      while (true) {
        push();
        if (!value()) {
          return false;
        }
        int after = after(']');
        if (after == REFUSED) {
          return false;
        }
        if (after == CLOSED) {
          break;
        }
      }
    }
    depth--;
    tree.hold(list, stack, base, top);
    top = base;
    return true;
  }

  /** What follows an item or a member, read: a comma, the closing character, or anything else. */
  private int after(char close) {
    skipSpace();
    if (next < length) {
      char c = text[next++];
      if (c == ',') {
        return COMMA;
      }
      if (c == close) {
        return CLOSED;
      }
    }
    return REFUSED;
  }

  /** Whether an object's members read so far, above the stack's base, have this name (names are interned). */
  private boolean given(String name, int base) {
    for (int i = base; i < top; i++) {
      if (tree.name(stack[i]) == name) {
        return true;
      }
    }
    return false;
  }

  /** Puts the index of the value about to be read on the stack, and returns it. */
  private int push() {
    if (top == stack.length) {
      stack = Arrays.copyOf(stack, 2 * top);
    }
    int v = tree.count();
    stack[top++] = v;
    return v;
  }

  /** A member's name, shared with every other name of the same characters (see {@link #NAMES}). */
  private String name() {
    int start = next + 1;
    int end = Math.min(length, start + LONGEST_NAME + 1);
    int hash = 0;
    for (int i = start; i < end; i++) {
      char c = text[i];
      if (c == '"') {
        next = i + 1;
        return shared(start, i, hash);
      }
      if (c == '\\' || c < ' ') {
        String name = text(LONGEST_NAME);
        return name == null ? null : name.intern();
      }
      hash = 31 * hash + c;
    }
    return null;
  }

  /**
   * The shared name of these characters, whose hash is given. A name is looked for in two neighbouring
   * slots of {@link #NAMES}, so that two names of the same slot do not take turns in one.
   */
  private String shared(int start, int end, int hash) {
    int slot = (hash ^ hash >>> 16) & (NAMES.length - 2);
    for (int i = slot; i < slot + 2; i++) {
      Name known = NAMES[i];
      if (known != null && known.is(text, start, end)) {
        return known.name();
      }
    }
    String name = new String(text, start, end - start).intern();
    NAMES[NAMES[slot] == null ? slot : slot + 1] = new Name(name, Arrays.copyOfRange(text, start, end));
    return name;
  }

  /** A text in quotes, at most so long, with its escapes read; null if it is not well-formed. */
  private String text(int longest) {
    int start = next + 1;
    for (int i = start; i < length; i++) {
      char c = text[i];
      if (c == '"') {
        next = i + 1;
        return i - start < longest ? new String(text, start, i - start) : null;
      }
      if (c == '\\') {
        return escaped(start, i, longest);
      }
      if (c < ' ') {
        return null;
      }
    }
    return null;
  }

  /** The rest of a text from its first escape: {@code \" \\ \/ \b \f \n \r \t} and {@code \}{@code uXXXX}. */
  private String escaped(int start, int escape, int longest) {
    StringBuilder value = new StringBuilder(escape - start + 16).append(text, start, escape - start);
    int i = escape;
    while (i < length && value.length() < longest) {
      char c = text[i++];
      if (c == '"') {
        next = i;
        return value.toString();
      }
      if (c < ' ') {
        return null;
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }
      if (i == length) {
        return null;
      }
      char e = text[i++];
      switch (e) {
        case '"', '\\', '/' -> value.append(e);
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'n' -> value.append('\n');
        case 'r' -> value.append('\r');
        case 't' -> value.append('\t');
        case 'u' -> {
          int code = i + 4 <= length ? hex(i) : -1;
          if (code < 0) {
            return null;
          }
          value.append((char) code);
          i += 4;
        }
        default -> {
          return null;
        }
      }
    }
    return null;
  }

  /** The number four hexadecimal digits (ASCII, either case) write, or -1. */
  private int hex(int from) {
    int code = 0;
    for (int i = from; i < from + 4; i++) {
      char c = text[i];
      int digit;
      if (isDigit(c)) {
        digit = c - '0';
      } else if (c >= 'a' && c <= 'f') {
        digit = c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        digit = c - 'A' + 10;
      } else {
        return -1;
      }
      code = 16 * code + digit;
    }
    return code;
  }

  /** A number as JSON writes it: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
  private boolean number() {
    int start = next;
    if (text[next] == '-') {
      next++;
    }
    if (next == length || !isDigit(text[next])) {
      return false;
    }
    if (text[next++] != '0') {
      next = digits(next);
    }
    if (next < length && text[next] == '.') {
      int point = ++next;
      next = digits(next);
      if (next == point) {
        return false;
      }
    }
    if (next < length && (text[next] == 'e' || text[next] == 'E')) {
      next++;
      if (next < length && (text[next] == '+' || text[next] == '-')) {
        next++;
      }
      int exponent = next;
      next = digits(next);
      if (next == exponent) {
        return false;
      }
    }
    if (next - start > LONGEST_NUMBER) {
      return false;
    }
    BigDecimal number = new BigDecimal(text, start, next - start);
    if (number.precision() - number.scale() > Parser.MAX_DIGITS || number.scale() > Parser.MAX_DIGITS) {
      return false;
    }
    tree.add(Tree.NUMBER, number);
    return true;
  }

  private int digits(int from) {
    int i = from;
    while (i < length && isDigit(text[i])) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Reads {@code true}, {@code false} or {@code null}; what follows it is the caller's to check. */
  private boolean word(String word) {
    if (length - next < word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (text[next + i] != word.charAt(i)) {
        return false;
      }
    }
    next += word.length();
    return true;
  }

  /** Skips JSON's white space: space, tab, line feed and carriage return. */
  private void skipSpace() {
    while (next < length) {
      char c = text[next];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      next++;
    }
  }
}
