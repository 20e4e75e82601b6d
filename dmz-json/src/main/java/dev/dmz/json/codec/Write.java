package dev.dmz.json.codec;

import dev.dmz.core.value.TypedId;
import dev.dmz.json.syntax.Node;
import dev.dmz.json.syntax.Node.ArrayNode;
import dev.dmz.json.syntax.Node.BooleanNode;
import dev.dmz.json.syntax.Node.Member;
import dev.dmz.json.syntax.Node.NumberNode;
import dev.dmz.json.syntax.Node.ObjectNode;
import dev.dmz.json.syntax.Node.TextNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.joda.money.Money;

/**
 * Builds the {@link Node} tree of a value to write, in the same forms {@link Value} reads: dates as
 * {@code YYYY-MM-DD}, money as {@code "EUR 1200.00"}, numbers exactly, ids as their text.
 */
public final class Write {
  private final List<Member> members = new ArrayList<>();

  private Write() {}

  /**
   * A new object.
   *
   * @return an empty object to fill
   */
  public static Write object() {
    return new Write();
  }

  /**
   * Adds a field.
   *
   * @param name the name
   * @param value the value
   * @return this object
   */
  public Write put(String name, Node value) {
    members.add(new Member(name, value, null));
    return this;
  }

  /**
   * Adds a text field.
   *
   * @param name the name
   * @param value the text
   * @return this object
   */
  public Write put(String name, String value) {
    return put(name, text(value));
  }

  /**
   * Adds an id field, as its text.
   *
   * @param name the name
   * @param id the id
   * @return this object
   */
  public Write put(String name, TypedId<?> id) {
    return put(name, text(id.value()));
  }

  /**
   * Adds a date field.
   *
   * @param name the name
   * @param date the date
   * @return this object
   */
  public Write put(String name, LocalDate date) {
    return put(name, text(date.toString()));
  }

  /**
   * Adds an amount of money.
   *
   * @param name the name
   * @param amount the amount
   * @return this object
   */
  public Write put(String name, Money amount) {
    return put(name, money(amount));
  }

  /**
   * Adds a number.
   *
   * @param name the name
   * @param number the number
   * @return this object
   */
  public Write put(String name, BigDecimal number) {
    return put(name, new NumberNode(number, null));
  }

  /**
   * Adds a whole number.
   *
   * @param name the name
   * @param number the number
   * @return this object
   */
  public Write put(String name, long number) {
    return put(name, BigDecimal.valueOf(number));
  }

  /**
   * Adds an enum constant, by name.
   *
   * @param name the name
   * @param constant the constant
   * @return this object
   */
  public Write put(String name, Enum<?> constant) {
    return put(name, text(constant.name()));
  }

  /**
   * Adds {@code true} or {@code false}.
   *
   * @param name the name
   * @param value the value
   * @return this object
   */
  public Write put(String name, boolean value) {
    return put(name, new BooleanNode(value, null));
  }

  /**
   * Adds a field when the value is present; leaves it out otherwise.
   *
   * @param <T> the value's type
   * @param name the name
   * @param value the value, if any
   * @param writer writes the value
   * @return this object
   */
  public <T> Write optional(String name, Optional<T> value, Function<? super T, Node> writer) {
    value.ifPresent(v -> put(name, writer.apply(v)));
    return this;
  }

  /**
   * Adds a list field when the list is not empty; leaves it out otherwise (absent reads as empty).
   *
   * @param <T> the item type
   * @param name the name
   * @param items the items
   * @param writer writes one item
   * @return this object
   */
  public <T> Write list(String name, Collection<? extends T> items, Function<? super T, Node> writer) {
    if (!items.isEmpty()) {
      put(name, new ArrayNode(items.stream().<Node>map(writer).toList(), null));
    }
    return this;
  }

  /**
   * The object built.
   *
   * @return the node
   */
  public ObjectNode node() {
    return new ObjectNode(members, null);
  }

  /**
   * A text value.
   *
   * @param text the text
   * @return the node
   */
  public static Node text(String text) {
    return new TextNode(text, null);
  }

  /**
   * An id, as its text.
   *
   * @param id the id
   * @return the node
   */
  public static Node id(TypedId<?> id) {
    return text(id.value());
  }

  /**
   * A date.
   *
   * @param date the date
   * @return the node
   */
  public static Node date(LocalDate date) {
    return text(date.toString());
  }

  /**
   * An amount of money, as currency and number: {@code "EUR 1200.00"}.
   *
   * @param amount the amount
   * @return the node
   */
  public static Node money(Money amount) {
    return text(amount.toString());
  }

  /**
   * A number, exactly.
   *
   * @param number the number
   * @return the node
   */
  public static Node number(BigDecimal number) {
    return new NumberNode(number, null);
  }

  /**
   * An enum constant, by name.
   *
   * @param constant the constant
   * @return the node
   */
  public static Node choice(Enum<?> constant) {
    return text(constant.name());
  }
}
