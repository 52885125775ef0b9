/**
 * The Syntropic137 client: {@link dev.sessionkit.syntropic.SyntropicClient} and its asynchronous face.
 * The features are in sub-packages ({@code sessions}).
 *
 * <p>Names, calls, argument checks and model types follow the API's rules, written in the package
 * documentation of {@code dev.sessionkit.core}; each async service mirrors its blocking twin method for method.
 *
 * <p>Null policy: parameters and return values are never null unless documented; absent values are
 * {@link java.util.Optional}.
 */
package dev.sessionkit.syntropic;
