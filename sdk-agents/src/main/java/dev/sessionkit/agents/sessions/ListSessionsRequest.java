package dev.sessionkit.agents.sessions;

import dev.sessionkit.core.internal.check.Arguments;
import dev.sessionkit.core.internal.model.ModelStyle;
import org.immutables.value.Value;

/**
 * What {@link SessionService#list} lists: the sessions of one agent. Immutable.
 *
 * <pre>{@code
 * ListSessionsRequest r = ListSessionsRequest.builder().agentId("agent-1").build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class ListSessionsRequest {
  ListSessionsRequest() {}

  /** The agent whose sessions to list (sent as {@code agent_id}). */
  public abstract String agentId();

  @Value.Check
  void check() {
    Arguments.requireNonBlank(agentId(), "agentId");
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
   * Builds a {@link ListSessionsRequest}; {@code agentId} is required. {@code build()} throws
   * {@link IllegalStateException} when it is missing and {@link IllegalArgumentException} when it is blank.
   * Not thread-safe.
   */
  public static final class Builder extends ImmutableListSessionsRequest.Builder {
    Builder() {}
  }
}
