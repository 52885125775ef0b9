/**
 * Retry policy and backoff.
 *
 * <p>Null policy: parameters and return values are never null unless documented; absent values are
 * {@link java.util.Optional}.
 */
package dev.sessionkit.core.retry;
