package dev.sessionkit.agents.messages;

/**
 * The order of a session's messages in a {@link MessagePage} and in a walk over all of them. The server decides
 * it, and which one it is tells its version apart:
 * <ul>
 *   <li>{@link #NEWEST_FIRST}: AgentScope 2.0.4.post1 and newer, which page back in time from the latest
 *       message ({@code before} and {@code has_more});</li>
 *   <li>{@link #OLDEST_FIRST}: servers before it, which page forward from the first message by
 *       {@code offset}.</li>
 * </ul>
 */
public enum MessageOrder {
  /** The latest message first, then older ones: current servers. */
  NEWEST_FIRST,
  /** The first message of the session first, then later ones: servers before 2.0.4.post1. */
  OLDEST_FIRST
}
