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
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaultAsDefault = true,
    jdkOnly = true,
    privateNoargConstructor = false)
public @interface ModelStyle {}
