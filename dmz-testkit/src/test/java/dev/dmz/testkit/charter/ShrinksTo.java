package dev.dmz.testkit.charter;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Marks a property that is meant to fail: the test passes when jqwik falsifies it and the sample it
 * shrinks to passes the {@link Check}. This is how a test shows what a counterexample shrinks to.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@AddLifecycleHook(ShrinksTo.Hook.class)
@interface ShrinksTo {
  /**
   * What the shrunk sample must look like.
   *
   * @return the check, with a no-argument constructor
   */
  Class<? extends Check> value();

  /** A check of a shrunk sample: its parameters, in order. */
  interface Check {
    void check(List<Object> shrunk);
  }

  /** Runs the property, requires it to fail, and checks the sample jqwik shrank it to. */
  class Hook implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
      PropertyExecutionResult result = property.execute();
      if (result.status() != PropertyExecutionResult.Status.FAILED) {
        return result.mapToFailed("The property was meant to fail, but was " + result.status());
      }
      List<Object> shrunk = result.falsifiedParameters().orElseThrow();
      Check check = context.newInstance(context.findAnnotation(ShrinksTo.class).orElseThrow().value());
      try {
        check.check(shrunk);
      } catch (AssertionError e) {
        return result.mapToFailed(e);
      }
      return result.mapToSuccessful();
    }
  }
}
