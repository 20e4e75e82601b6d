package dev.dmz.testkit.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A stateful test case: a chain of actions from an initial state, each chosen by a generator that
 * sees the state the previous actions left. {@link #run()} applies them in order and checks every
 * invariant after each, so a chain fails on the first step that breaks one; shrinking deletes and
 * simplifies actions like any other choices, and what remains is read again against the states it
 * now meets.
 *
 * <pre>{@code
 * Gen<ActionChain<Program>> chains = ActionChain.of(
 *     () -> Program.start(charter),
 *     program -> nextCommands(program).map(command ->
 *         Action.of(command.toString(), p -> p.apply(command))),
 *     40);
 * Property.forAll(chains).check(chain -> chain.withInvariant("pool", Invariants::poolNeverNegative).run());
 * }</pre>
 *
 * <p>While a chain is generated, its actions are applied to know the next state; an action that
 * throws ends the chain there, so that {@link #run()} meets it again and fails on it.
 *
 * @param <S> the type of states
 */
public final class ActionChain<S> {
  private final Supplier<? extends S> initial;
  private final List<Action<S>> actions;
  private final List<Invariant<S>> invariants;

  private ActionChain(Supplier<? extends S> initial, List<Action<S>> actions, List<Invariant<S>> invariants) {
    this.initial = initial;
    this.actions = List.copyOf(actions);
    this.invariants = List.copyOf(invariants);
  }

  /**
   * Chains of up to {@code maxActions} actions, every length as likely.
   *
   * @param initial makes the initial state (again for every run)
   * @param next the generator of the next action, given the state
   * @param maxActions the longest chain
   * @param <S> the type of states
   * @return the generator
   */
  public static <S> Gen<ActionChain<S>> of(Supplier<? extends S> initial,
      Function<? super S, ? extends Gen<? extends Action<S>>> next, int maxActions) {
    Objects.requireNonNull(initial, "initial is null");
    Objects.requireNonNull(next, "next is null");
    if (maxActions < 0) {
      throw new IllegalArgumentException("maxActions must not be negative, was " + maxActions);
    }
    return source -> {
      S state = initial.get();
      List<Action<S>> actions = new ArrayList<>();
      while (actions.size() < maxActions) {
        int start = source.position();
        int left = maxActions - actions.size();
        if (!source.chance(left / (left + 1.0))) {
          break;
        }
        Action<S> action = source.draw(next.apply(state));
        source.span(start, source.position());
        actions.add(action);
        try {
          state = action.apply(state);
        } catch (RuntimeException | AssertionError e) {
          break; // run() applies it again and fails there
        }
      }
      return new ActionChain<>(initial, actions, List.of());
    };
  }

  /**
   * The same chain with one more invariant, checked after every action.
   *
   * @param name what the invariant says, for its failure message
   * @param invariant the check; fails by throwing
   * @return the chain
   */
  public ActionChain<S> withInvariant(String name, Consumer<? super S> invariant) {
    List<Invariant<S>> more = new ArrayList<>(invariants);
    more.add(new Invariant<>(Objects.requireNonNull(name, "name is null"),
        Objects.requireNonNull(invariant, "invariant is null")));
    return new ActionChain<>(initial, actions, more);
  }

  /**
   * The actions, in order.
   *
   * @return the actions
   */
  public List<Action<S>> actions() {
    return actions;
  }

  /**
   * Applies the actions to a fresh initial state, checking every invariant after each.
   *
   * @return the state after the last action
   * @throws AssertionError if an invariant fails (naming it and the action), or whatever an action
   *     throws
   */
  public S run() {
    S state = initial.get();
    int n = 0;
    for (Action<S> action : actions) {
      n++;
      state = action.apply(state);
      for (Invariant<S> invariant : invariants) {
        try {
          invariant.check().accept(state);
        } catch (AssertionError e) {
          throw new AssertionError(String.format(Locale.ROOT, "after action %d (%s): %s: %s", n,
              action.description(), invariant.name(), e.getMessage()), e);
        }
      }
    }
    return state;
  }

  /**
   * The numbered actions, as a counterexample shows them.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(actions.size() + " action(s)");
    int n = 1;
    for (Action<S> action : actions) {
      text.append(System.lineSeparator()).append(String.format(Locale.ROOT, "%3d. ", n++))
          .append(action.description());
    }
    return text.toString();
  }

  private record Invariant<S>(String name, Consumer<? super S> check) {}
}
