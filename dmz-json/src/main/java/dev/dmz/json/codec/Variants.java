package dev.dmz.json.codec;

import dev.dmz.core.value.Text;
import dev.dmz.json.syntax.Node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The forms of a family of types told apart by a {@code type} field: commands, events, walls,
 * staffing lines. Each form has a stable name (the wire name, independent of Java class names), a
 * reader and a writer.
 *
 * @param <T> the family's type
 */
public final class Variants<T> {
  private final String family;
  private final List<Variant<T, ?>> variants = new ArrayList<>();
  private final Map<String, Variant<T, ?>> byType = new HashMap<>();

  private Variants(String family) {
    this.family = family;
  }

  /**
   * A new family.
   *
   * @param <T> the family's type
   * @param family the family's name in error messages, such as {@code "command"}
   * @return a family without forms
   */
  public static <T> Variants<T> of(String family) {
    return new Variants<>(family);
  }

  /**
   * Adds a form.
   *
   * @param <S> the form's type
   * @param type the form's wire name
   * @param javaType the form's Java type
   * @param reader reads the form's fields (the {@code type} field aside)
   * @param writer writes the form's fields after its {@code type}
   * @return this family
   */
  public <S extends T> Variants<T> with(String type, Class<S> javaType, Function<Fields, S> reader,
      BiConsumer<S, Write> writer) {
    Variant<T, S> variant = new Variant<>(type, javaType, reader, writer);
    variants.add(variant);
    byType.putIfAbsent(type, variant);
    return this;
  }

  /**
   * Reads a value of the family from an object's fields.
   *
   * @param fields the fields
   * @return the value
   */
  public T read(Fields fields) {
    Value type = fields.get("type");
    String name = type.text();
    Variant<T, ?> variant = byType.get(name);
    if (variant == null) {
      throw type.error("must be " + article(family) + " " + family + " type, one of " + variants.stream()
          .map(v -> v.type).collect(Collectors.joining(", ")) + ", was " + Text.quoted(name));
    }
    return variant.reader.apply(fields);
  }

  /**
   * Reads a value of one form of the family, where a document may hold only that form (a state's
   * milestone acceptances, say). Its {@code type} is written as usual; any other type is an error.
   *
   * @param <S> the form's type
   * @param value the value
   * @param form the form's Java type
   * @return the value read
   */
  public <S extends T> S read(Value value, Class<S> form) {
    return form.cast(read(value, List.of(form)));
  }

  /**
   * Reads a value of some forms of the family only, where a document may hold only those (a state's
   * pool movements, say). Its {@code type} is written as usual; any other type is an error that names
   * the types allowed.
   *
   * @param value the value
   * @param forms the Java types of the forms allowed
   * @return the value read
   */
  public T read(Value value, List<Class<? extends T>> forms) {
    return value.object(fields -> {
      Value type = fields.get("type");
      String name = type.text();
      List<Variant<T, ?>> allowed = variants.stream()
          .filter(v -> forms.stream().anyMatch(f -> f.isAssignableFrom(v.javaType))).collect(Collectors.toList());
      return allowed.stream().filter(v -> v.type.equals(name)).findFirst()
          .orElseThrow(() -> type.error("must be " + (allowed.size() == 1 ? "the " + family + " type "
              : "one of the " + family + " types ") + allowed.stream().map(v -> v.type)
              .collect(Collectors.joining(", ")) + " here, was " + Text.quoted(name)))
          .reader.apply(fields);
    });
  }

  private static String article(String noun) {
    return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }

  /**
   * Reads a value of the family.
   *
   * @param value the value
   * @return the value read
   */
  public T read(Value value) {
    return value.object(this::read);
  }

  /**
   * Writes a value's {@code type} and fields.
   *
   * @param value the value
   * @param out the object to write to
   */
  public void write(T value, Write out) {
    variants.stream().filter(v -> v.javaType.isInstance(value)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No JSON form for the " + family + " "
            + value.getClass().getName() + "; the forms are " + variants.stream()
            .map(v -> v.type).collect(Collectors.joining(", "))))
        .write(value, out);
  }

  /**
   * Writes a value as a node, its {@code type} first.
   *
   * @param value the value
   * @return the node
   */
  public ObjectNode node(T value) {
    Write out = Write.object();
    write(value, out);
    return out.node();
  }

  private static final class Variant<T, S extends T> {
    private final String type;
    private final Class<S> javaType;
    private final Function<Fields, S> reader;
    private final BiConsumer<S, Write> writer;

    Variant(String type, Class<S> javaType, Function<Fields, S> reader, BiConsumer<S, Write> writer) {
      this.type = type;
      this.javaType = javaType;
      this.reader = reader;
      this.writer = writer;
    }

    void write(T value, Write out) {
      writer.accept(javaType.cast(value), out.put("type", type));
    }
  }
}
