package dev.sessionkit.agents.messages;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import dev.sessionkit.core.usage.TokenUsage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One AgentScope message: {@code {id, name, role, content[], metadata, created_at, usage, finished_at,
 * finished_reason, structured_output, error}}. Messages are read from a session (its context, or
 * {@code GET /sessions/{id}/messages}) and sent to start a run. Immutable.
 *
 * <pre>{@code
 * Message hello = Message.user("alice", "Summarise the open tasks");
 * }</pre>
 *
 * <p>An assistant reply says how it ended in {@link #finishedReason()}; a reply whose run failed has an empty or
 * partial content, {@link ReplyFinishedReason#ERROR} and the failure in {@link #error()}:
 * <pre>{@code
 * if (reply.finishedReason().equals(Optional.of(ReplyFinishedReason.ERROR))) {
 *   ReplyError e = reply.error().orElseThrow();
 *   System.err.println(e.type() + ": " + e.message());
 * }
 * }</pre>
 *
 * <p>The server stores naive times ({@code datetime.now()}); they are read in the client's server time zone.
 * Content sent as a plain string is read as one {@link TextBlock}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableMessage.class)
@JsonDeserialize(builder = Message.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Message {
  Message() {}

  /** The message's id; absent on a message built to be sent (the server gives it one). */
  @JsonProperty("id")
  public abstract Optional<String> id();

  /** The sender's name. */
  @JsonProperty("name")
  public abstract String name();

  /** The sender's role; some servers leave it out of stored context messages. */
  @JsonProperty("role")
  public abstract Optional<MessageRole> role();

  /** The content blocks, in order. */
  @JsonProperty("content")
  @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
  public abstract List<ContentBlock> content();

  /** Free-form metadata, as sent. */
  @JsonProperty("metadata")
  public abstract Map<String, JsonNode> metadata();

  /** When the message was created. */
  @JsonProperty("created_at")
  public abstract Optional<Instant> createdAt();

  /** When the message was complete (an assistant reply ends after it starts). */
  @JsonProperty("finished_at")
  public abstract Optional<Instant> finishedAt();

  /** The tokens the message took, for an assistant reply. */
  @JsonProperty("usage")
  public abstract Optional<MessageUsage> usage();

  /**
   * Why the reply ended, once it has (servers since agentscope 2.0.5); empty on a message that is no finished
   * reply, and on older servers.
   */
  @JsonProperty("finished_reason")
  public abstract Optional<ReplyFinishedReason> finishedReason();

  /**
   * What the reply produced in answer to a structured-output request (a JSON object matching the requested
   * schema); empty when none was requested, or the reply ended before producing it (servers since agentscope
   * 2.0.5).
   */
  @JsonProperty("structured_output")
  public abstract Optional<JsonNode> structuredOutput();

  /**
   * Why the reply failed, when its {@link #finishedReason()} is {@link ReplyFinishedReason#ERROR} (servers since
   * agentscope 2.0.5).
   */
  @JsonProperty("error")
  public abstract Optional<ReplyError> error();

  /** Fields this SDK version does not know, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /**
   * The text of the message's {@link TextBlock}s joined by {@code \n}; other blocks are left out.
   *
   * @return the text, empty when there is none
   */
  public String text() {
    return content().stream().filter(b -> b instanceof TextBlock).map(b -> ((TextBlock) b).text())
        .collect(Collectors.joining("\n"));
  }

  /**
   * The tokens this message took, as the server reported them in its {@code usage}, read as
   * {@link MessageUsage#tokens()} reads them (the input without the cache reads and writes, which are counted
   * apart); none for a message without (a user message, or an assistant message still in flight).
   *
   * @return the usage, zero when none was reported
   */
  public TokenUsage tokens() {
    return usage().map(MessageUsage::tokens).orElse(TokenUsage.zero());
  }

  /**
   * A user message of one text block, ready to send.
   *
   * @param name the sender's name, not null
   * @param text the text, not null
   * @return the message
   */
  public static Message user(String name, String text) {
    return builder().name(name).role(MessageRole.USER).addContent(TextBlock.of(text)).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this message */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link Message}; {@code name} is required. Not thread-safe. */
  public static final class Builder extends ImmutableMessage.Builder {
    Builder() {}
  }
}
