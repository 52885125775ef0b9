package dev.sessionkit.agents.internal.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.sessionkit.agents.messages.Message;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code GET /sessions/{id}/messages}: {@code {messages, is_running, has_more}}. Servers before
 * AgentScope 2.0.4.post1 send no {@code has_more}: its absence tells them apart.
 */
@Value.Immutable
@ModelStyle
@JsonDeserialize(builder = ImmutableMessageListing.Builder.class)
public abstract class MessageListing {
  MessageListing() {}

  /** The page's messages, oldest first (both server versions). */
  @JsonProperty("messages")
  public abstract List<Message> messages();

  /** Whether older messages come before this page; absent on servers that page by offset. */
  @JsonProperty("has_more")
  public abstract Optional<Boolean> hasMore();

  /** Whether a run of the session is active. */
  @JsonProperty("is_running")
  @Value.Default
  public boolean running() {
    return false;
  }
}
