package dev.sessionkit.agents.messages;

import dev.sessionkit.agents.internal.Checks;
import dev.sessionkit.core.internal.model.ModelStyle;
import org.immutables.value.Value;

/**
 * Which messages of a session to read ({@code GET /sessions/{id}/messages}): from {@code offset}, at most
 * {@code limit} per page. Both are always sent: offset paging needs a known page size to tell the last page
 * (one shorter than the limit). Immutable.
 *
 * <pre>{@code
 * ListMessagesRequest r = ListMessagesRequest.builder().agentId("agent-1").sessionId("s-1").limit(50).build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class ListMessagesRequest {
  /** The largest page the server gives. */
  public static final int MAX_LIMIT = 200;

  ListMessagesRequest() {}

  /** The session's agent ({@code agent_id}). */
  public abstract String agentId();

  /** The session whose messages to read. */
  public abstract String sessionId();

  /** How many messages to skip, oldest first; 0 by default. */
  @Value.Default
  public long offset() {
    return 0;
  }

  /** The page size, 1 to {@value #MAX_LIMIT}; {@value #MAX_LIMIT} by default. */
  @Value.Default
  public int limit() {
    return MAX_LIMIT;
  }

  @Value.Check
  void check() {
    Checks.requireNonBlank("agentId", agentId());
    Checks.requireNonBlank("sessionId", sessionId());
    if (offset() < 0) {
      throw new IllegalArgumentException("offset must not be negative, was " + offset());
    }
    if (limit() < 1 || limit() > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit());
    }
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this request */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Builds a {@link ListMessagesRequest}; {@code agentId} and {@code sessionId} are required. {@code build()}
   * throws {@link IllegalStateException} when one is missing, and {@link IllegalArgumentException} when one is
   * blank, the offset is negative or the limit is out of range. Not thread-safe.
   */
  public static final class Builder extends ImmutableListMessagesRequest.Builder {
    Builder() {}
  }
}
