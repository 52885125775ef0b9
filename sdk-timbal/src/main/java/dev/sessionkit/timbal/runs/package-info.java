/**
 * Timbal runs: {@link dev.sessionkit.timbal.runs.RunService} (list, page, get with the trace),
 * {@link dev.sessionkit.timbal.runs.ReactionService}, their asynchronous mirrors, the request builders and
 * the immutable models ({@link dev.sessionkit.timbal.runs.Run}, {@link dev.sessionkit.timbal.runs.RunDetail},
 * {@link dev.sessionkit.timbal.runs.TraceSpan}, {@link dev.sessionkit.timbal.runs.Reaction}).
 *
 * <p>Null policy: parameters and return values are never null unless documented; absent values are
 * {@link java.util.Optional}.
 */
package dev.sessionkit.timbal.runs;
