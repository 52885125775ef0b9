package dev.sessionkit.core.internal.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every request object: {@link ModelStyle}'s, and in addition the setter of an
 * {@code Optional} attribute takes {@code null} to clear it ({@code optionalAcceptNullable}), as the SDK's one
 * argument rule says ({@code internal.check.Arguments}). A loop can then pass {@code page.nextCursor().orElse(null)}
 * as it comes, and {@code request.toBuilder().cursor(null)} drops a cursor.
 *
 * <p>A style of its own because the option also boxes the setters of {@code Optional<Long>}-like attributes
 * ({@code total(long)} becomes {@code total(Long)}): right for what a user builds, but a change of signature
 * with no use on the models the server sends, which users read rather than build.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaultAsDefault = true,
    jdkOnly = true,
    optionalAcceptNullable = true,
    privateNoargConstructor = false,
    defaults = @Value.Immutable(copy = false))
public @interface RequestStyle {}
