/**
 * The exceptions SessionKit throws, all under {@link dev.sessionkit.core.errors.SessionKitException}.
 *
 * <p>Null policy: parameters and return values are never null unless documented; absent values are
 * {@link java.util.Optional}.
 */
package dev.sessionkit.core.errors;
