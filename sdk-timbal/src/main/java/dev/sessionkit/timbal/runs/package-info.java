/**
 * Timbal runs: {@link dev.sessionkit.timbal.runs.RunService} (list, page, get with the trace),
 * {@link dev.sessionkit.timbal.runs.ReactionService}, their asynchronous mirrors, the request builders and
 * the immutable models ({@link dev.sessionkit.timbal.runs.Run}, {@link dev.sessionkit.timbal.runs.RunDetail},
 * {@link dev.sessionkit.timbal.runs.TraceSpan}, {@link dev.sessionkit.timbal.runs.Reaction}).
 *
 * <p>Null policy: parameters and return values are never null unless documented (the setters of optional
 * request fields below); absent values are {@link java.util.Optional}.
 *
 * <p>Requests are Immutables value types like the models ({@code X.builder()…build()}, {@code toBuilder()},
 * equal by value). Arguments follow one rule, all checked before any request: {@code null} where a value is
 * required is a {@link java.lang.NullPointerException} naming it; a value given that cannot be taken (blank,
 * out of range, a malformed cursor) an {@link java.lang.IllegalArgumentException} naming the field, from its
 * setter or at the latest from {@code build()}; a required field never set, or fields that contradict each
 * other, an {@link java.lang.IllegalStateException} from {@code build()}. The setter of an optional field
 * takes {@code null} (or an empty {@code Optional}) to clear it.
 */
package dev.sessionkit.timbal.runs;
