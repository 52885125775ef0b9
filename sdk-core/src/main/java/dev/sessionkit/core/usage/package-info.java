/**
 * The one cross-vendor view of a session: {@link dev.sessionkit.core.usage.SessionUsage}.
 *
 * <p>Null policy: parameters and return values are never null unless documented; absent values are
 * {@link java.util.Optional}.
 */
package dev.sessionkit.core.usage;
