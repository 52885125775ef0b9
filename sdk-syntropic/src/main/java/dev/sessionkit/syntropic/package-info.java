/**
 * The Syntropic137 client: {@link dev.sessionkit.syntropic.SyntropicClient} and its asynchronous face.
 * The features are in sub-packages ({@code sessions}).
 *
 * <p>Null policy: parameters and return values are never null unless documented; absent values are
 * {@link java.util.Optional}.
 */
package dev.sessionkit.syntropic;
