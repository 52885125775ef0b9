package dev.sessionkit.agents.sessions;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Which model a session uses, with which stored credential: {@code {type, credential_id, model, parameters}}.
 * Immutable.
 *
 * <pre>{@code
 * ChatModelConfig gpt = ChatModelConfig.builder().type("openai_chat").credentialId("cred-1").model("gpt-4o").build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableChatModelConfig.class)
@JsonDeserialize(builder = ChatModelConfig.Builder.class)
public abstract class ChatModelConfig {
  ChatModelConfig() {}

  /** The provider type ({@code openai_chat}, {@code dashscope_chat}, …). */
  @JsonProperty("type")
  public abstract String type();

  /** The id of the stored credential to call it with. */
  @JsonProperty("credential_id")
  public abstract String credentialId();

  /** The model name ({@code gpt-4o}, {@code qwen-max}, …). */
  @JsonProperty("model")
  public abstract String model();

  /** Generation parameters ({@code temperature}, …), as sent. */
  @JsonProperty("parameters")
  public abstract Map<String, JsonNode> parameters();

  /** Fields this SDK version does not know, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this value */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ChatModelConfig}; {@code type}, {@code credentialId}, {@code model} are required. Not thread-safe. */
  public static final class Builder extends ImmutableChatModelConfig.Builder {
    Builder() {}
  }
}
