package dev.sessionkit.core.internal.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every SessionKit model: users see {@code Run} and {@code Run.builder()}, never
 * the generated {@code ImmutableRun}, which stays package-private. Each model declares
 * {@code public static final class Builder extends ImmutableX.Builder {}} and a static {@code builder()}.
 *
 * <p>Jackson reads a model through that builder ({@code @JsonDeserialize(builder = X.Builder.class)}), not
 * through {@code @JsonDeserialize(as = ImmutableX.class)}: the latter makes Immutables generate a mutable
 * {@code Json} shadow of every model, filled by reflection and then copied into a builder: about a fifth more
 * time to parse a page, and a sixth of sdk-agents' jar (see {@code benchmarks/RESULTS.md}). No {@code withX} copy methods either
 * ({@code copy = false}): {@code ImmutableX} is package-private, so nobody outside could call them; users
 * change a model through {@code toBuilder()}.
 *
 * <p>One style for the models a server sends and for the requests a user builds. The setter of an
 * {@code Optional} attribute takes {@code null} to clear it ({@code optionalAcceptNullable}), as the SDK's one
 * argument rule says ({@code internal.check.Arguments}): a loop can pass {@code page.nextCursor().orElse(null)}
 * as it comes, and {@code toBuilder().cursor(null)} drops a cursor. The price is that an optional number's
 * setter takes the boxed type ({@code total(Long)}), on models too: one rule for every builder is worth it.
 *
 * <p>{@code unsafeDefaultAndDerived}: default and derived attributes are computed in the constructor, in
 * declaration order, without the generated {@code InitShim} that orders them when they read each other. No
 * SessionKit default reads another attribute (they are constants: 0, false, empty, or a value computed from
 * required attributes only), and the shims cost 6.4 KB of sdk-agents' 3 MB class-path budget.
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
    unsafeDefaultAndDerived = true,
    privateNoargConstructor = false,
    defaults = @Value.Immutable(copy = false))
public @interface ModelStyle {}
