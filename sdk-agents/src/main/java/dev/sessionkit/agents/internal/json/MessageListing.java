package dev.sessionkit.agents.internal.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.sessionkit.agents.messages.Msg;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.List;
import org.immutables.value.Value;

/** The body of {@code GET /sessions/{id}/messages}: {@code {messages, is_running}}. */
@Value.Immutable
@ModelStyle
@JsonDeserialize(builder = ImmutableMessageListing.Builder.class)
public abstract class MessageListing {
  MessageListing() {}

  /** The page's messages, oldest first. */
  @JsonProperty("messages")
  public abstract List<Msg> messages();

  /** Whether a run of the session is active. */
  @JsonProperty("is_running")
  @Value.Default
  public boolean running() {
    return false;
  }
}
