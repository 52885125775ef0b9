/**
 * AgentScope messages ({@link dev.sessionkit.agents.messages.Message}) and their content blocks, and the calls
 * that page through a session's messages.
 *
 * <p>Content blocks are a closed family by their {@code type} ({@code text}, {@code thinking}, {@code hint},
 * {@code tool_call}, {@code tool_result}, {@code data}) plus {@link dev.sessionkit.agents.messages.UnknownBlock},
 * which keeps any other block as the server sent it: a new block type on the server never breaks a client.
 *
 * <p>Null policy: parameters and return values are never null unless documented; absent values are
 * {@link java.util.Optional}. Models are immutable and thread-safe.
 */
package dev.sessionkit.agents.messages;
