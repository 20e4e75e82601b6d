package dev.dmz.testkit.property;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One step of an {@link ActionChain}: a described change of a state. For an immutable state the
 * action returns the new state; for a mutable one it may change it and return it.
 *
 * @param <S> the type of states
 */
public interface Action<S> {
  /**
   * What the action does, as a counterexample shows it.
   *
   * @return the description
   */
  String description();

  /**
   * Applies the action; may check what must hold after it, and fail by throwing.
   *
   * @param state the state before
   * @return the state after
   */
  S apply(S state);

  /**
   * An action from a description and a function.
   *
   * @param description what the action does
   * @param apply the change
   * @param <S> the type of states
   * @return the action
   */
  static <S> Action<S> of(String description, UnaryOperator<S> apply) {
    Objects.requireNonNull(description, "description is null");
    Objects.requireNonNull(apply, "apply is null");
    return new Action<>() {
      @Override
      public String description() {
        return description;
      }

      @Override
      public S apply(S state) {
        return apply.apply(state);
      }

      @Override
      public String toString() {
        return description;
      }
    };
  }
}
