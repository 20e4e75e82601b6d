package dev.dmz.testkit.property;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Lists of a generator's values, between a least and a greatest size.
 *
 * <p>Each element past the least size is preceded by a choice "one more?", so that shrinking a list
 * is deleting choices: an element goes with its own choices, and the list ends where a "one more?"
 * becomes no. By default sizes lean towards the short end (on average the least size plus five, or
 * half way to the greatest if that is nearer); {@link #uniformSize()} makes every size as likely.
 *
 * <pre>{@code
 * Gen<List<Integer>> lists = Gen.integers(0, 99).list().ofMinSize(1).ofMaxSize(10);
 * Gen<List<EngineerId>> ids = engineerIds.list().ofMaxSize(5).unique();
 * }</pre>
 *
 * @param <T> the type of elements
 */
public final class ListGen<T> implements Gen<List<T>> {
  /** The greatest size of a list unless {@link #ofMaxSize} says otherwise. */
  public static final int DEFAULT_MAX_SIZE = 100;

  private final Gen<T> element;
  private final int minSize;
  private final int maxSize;
  private final boolean uniform;
  private final Function<? super T, ?> key;

  ListGen(Gen<T> element) {
    this(element, 0, DEFAULT_MAX_SIZE, false, null);
  }

  private ListGen(Gen<T> element, int minSize, int maxSize, boolean uniform, Function<? super T, ?> key) {
    if (minSize < 0) {
      throw new IllegalArgumentException("the least size must not be negative, was " + minSize);
    }
    if (maxSize < minSize) {
      throw new IllegalArgumentException("the greatest size must not be less than the least, were "
          + minSize + " and " + maxSize);
    }
    this.element = Objects.requireNonNull(element, "element is null");
    this.minSize = minSize;
    this.maxSize = maxSize;
    this.uniform = uniform;
    this.key = key;
  }

  /**
   * Lists of at least the given size.
   *
   * @param size the least size
   * @return the generator
   */
  public ListGen<T> ofMinSize(int size) {
    return new ListGen<>(element, size, Math.max(size, maxSize), uniform, key);
  }

  /**
   * Lists of at most the given size.
   *
   * @param size the greatest size
   * @return the generator
   */
  public ListGen<T> ofMaxSize(int size) {
    return new ListGen<>(element, minSize, size, uniform, key);
  }

  /**
   * Lists of exactly the given size.
   *
   * @param size the size
   * @return the generator
   */
  public ListGen<T> ofSize(int size) {
    return new ListGen<>(element, size, size, uniform, key);
  }

  /**
   * Every size between the bounds as likely (a long list is then as likely as a short one).
   *
   * @return the generator
   */
  public ListGen<T> uniformSize() {
    return new ListGen<>(element, minSize, maxSize, true, key);
  }

  /**
   * Lists of distinct elements.
   *
   * @return the generator
   */
  public ListGen<T> unique() {
    return uniqueBy(Function.identity());
  }

  /**
   * Lists whose elements have distinct keys: an element whose key is taken is dropped, and the list
   * goes on. If too many in a row are dropped, the list ends there (or the try is rejected, if it is
   * still below its least size).
   *
   * @param keyOf the key of an element
   * @return the generator
   */
  public ListGen<T> uniqueBy(Function<? super T, ?> keyOf) {
    return new ListGen<>(element, minSize, maxSize, uniform, Objects.requireNonNull(keyOf, "keyOf is null"));
  }

  /**
   * Sets of the elements, in the order they were drawn.
   *
   * @return the generator
   */
  public Gen<Set<T>> toSet() {
    return unique().map(list -> Collections.unmodifiableSet(new LinkedHashSet<>(list)));
  }

  @Override
  public List<T> generate(Source source) {
    List<T> values = new ArrayList<>(Math.min(maxSize, 16));
    Set<Object> keys = key == null ? null : new HashSet<>();
    int dropped = 0;
    while (values.size() < maxSize) {
      int start = source.position();
      if (values.size() >= minSize && !source.chance(oneMore(values.size()))) {
        break;
      }
      T value = element.generate(source);
      source.span(start, source.position());
      if (keys != null && !keys.add(key.apply(value))) {
        if (++dropped == Filtered.ATTEMPTS) {
          if (values.size() < minSize) {
            throw source.reject("only " + values.size() + " distinct elements of the " + minSize + " needed");
          }
          break;
        }
        continue;
      }
      dropped = 0;
      values.add(value);
    }
    return Collections.unmodifiableList(values);
  }

  /** How likely one more element is when the list has {@code size}. */
  private double oneMore(int size) {
    int left = maxSize - size;
    if (uniform) {
      // Stopping at each size with the same probability: 1 / (sizes left).
      return left / (left + 1.0);
    }
    double extra = Math.min(5, (maxSize - minSize) / 2.0);
    return extra <= 0 ? 0 : extra / (extra + 1);
  }
}
