/**
 * Pages and lazy auto-pagers, sync and async. Every page names the place after it with an opaque
 * {@link dev.sessionkit.core.paging.Page#nextCursor() cursor}, from which the same listing can be resumed in
 * another process, and carries the {@link dev.sessionkit.core.paging.Page#response() response} it was read
 * from.
 *
 * <p>Null policy: parameters and return values are never null unless documented; absent values are
 * {@link java.util.Optional}.
 */
package dev.sessionkit.core.paging;
