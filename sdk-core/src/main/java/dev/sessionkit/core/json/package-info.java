/**
 * JSON value types shared by the vendor models.
 *
 * <p>Null policy: parameters and return values are never null unless documented; absent values are
 * {@link java.util.Optional}.
 */
package dev.sessionkit.core.json;
