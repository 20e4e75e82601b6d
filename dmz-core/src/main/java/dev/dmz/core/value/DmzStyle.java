package dev.dmz.core.value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: every value type of dmz built with Immutables is annotated
 * with it (the commands and events of dmz-rules are records).
 *
 * <p>What it gives a value type {@code Foo} declared as
 * {@code @Value.Immutable @DmzStyle public abstract class Foo implements WithFoo}:
 * <ul>
 *   <li>the generated {@code ImmutableFoo} is package-private: users only see {@code Foo};</li>
 *   <li>a public nested {@code Foo.Builder} that extends the generated builder, so builders read
 *       {@code Foo.builder().name("...").build()} and {@code build()} returns a {@code Foo};</li>
 *   <li>{@code with...} copy methods on {@code Foo} itself, inherited from the generated {@code WithFoo};</li>
 *   <li>collection attributes get singular adders ({@code addParty}, {@code addMilestone});</li>
 *   <li>a builder with a required attribute left unset throws {@link InvalidValueException} naming it.</li>
 * </ul>
 * The processor runs at compile time only; nothing of Immutables is needed at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"party:parties", "authority:authorities"},
    throwForInvalidImmutableState = InvalidValueException.class,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface DmzStyle {}
