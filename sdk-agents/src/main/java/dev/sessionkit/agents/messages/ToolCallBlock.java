package dev.sessionkit.agents.messages;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.agents.internal.json.JsonTextDeserializer;
import dev.sessionkit.agents.state.PermissionRule;
import dev.sessionkit.core.internal.json.SessionKitJson;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The model asking for a tool: {@code {"type": "tool_call", "id", "name", "input", "state", "suggested_rules",
 * "created_at", "finished_at"}}. The input is kept as the JSON text the model wrote, which may be partial while a
 * run streams. Immutable.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableToolCallBlock.class)
@JsonDeserialize(builder = ToolCallBlock.Builder.class)
@JsonIgnoreProperties(value = "type", allowGetters = true)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract non-sealed class ToolCallBlock implements ContentBlock {
  /** The block's {@code type} on the wire. */
  public static final String TYPE = "tool_call";

  ToolCallBlock() {}

  /** Always {@value #TYPE}. */
  @Override
  @JsonProperty("type")
  public final String type() {
    return TYPE;
  }

  /** The call's id; the matching {@link ToolResultBlock} has the same id. */
  @JsonProperty("id")
  public abstract String id();

  /** The tool's name ({@code Bash}, {@code Read}, …). */
  @JsonProperty("name")
  public abstract String name();

  /**
   * The tool's arguments as the JSON text the model wrote; empty when the server sent none. Arguments sent as
   * a JSON object (older servers) are kept as that object's JSON text.
   */
  @JsonProperty("input")
  @JsonDeserialize(using = JsonTextDeserializer.class)
  @Value.Default
  public String input() {
    return "";
  }

  /**
   * {@link #input()} parsed as JSON.
   *
   * @return the arguments, or empty when the text is not complete JSON (a call still streaming)
   */
  public Optional<JsonNode> parsedInput() {
    try {
      return Optional.of(SessionKitJson.mapper().readTree(input())).filter(n -> !n.isMissingNode());
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /**
   * Where the call stands ({@link ToolCallState#ASKING} while it waits for the user's confirmation), when sent;
   * the server's default is {@link ToolCallState#PENDING}.
   */
  @JsonProperty("state")
  public abstract Optional<ToolCallState> state();

  /**
   * The permission rules the server suggests to the user for this call while it asks for confirmation (kept so
   * that the suggestions survive across requests); empty when none.
   */
  @JsonProperty("suggested_rules")
  public abstract List<PermissionRule> suggestedRules();

  /**
   * When the block was created, on servers that send it (agentscope 2.0.6 and later); a naive time, read in the
   * client's server time zone.
   */
  @JsonProperty("created_at")
  public abstract Optional<Instant> createdAt();

  /**
   * When the block was complete, on servers that send it (agentscope 2.0.6 and later); a naive time, read in the
   * client's server time zone.
   */
  @JsonProperty("finished_at")
  public abstract Optional<Instant> finishedAt();

  /** Fields this SDK version does not know, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this block */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ToolCallBlock}; {@code id} and {@code name} are required. Not thread-safe. */
  public static final class Builder extends ImmutableToolCallBlock.Builder {
    Builder() {}
  }
}
