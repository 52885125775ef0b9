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
 * The text-to-speech model a session speaks its replies with, and the stored credential to call it with:
 * {@code tts_model_config}, {@code {type, credential_id, model, parameters}}. A session without one does not
 * speak. Immutable.
 *
 * <pre>{@code
 * TtsModelConfig voice = TtsModelConfig.builder().type("dashscope_tts").credentialId("cred-1")
 *     .model("qwen-tts").putParameters("voice", TextNode.valueOf("Cherry")).build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTtsModelConfig.class)
@JsonDeserialize(builder = TtsModelConfig.Builder.class)
public abstract class TtsModelConfig {
  TtsModelConfig() {}

  /** The provider type, as the server names it. */
  @JsonProperty("type")
  public abstract String type();

  /** The id of the stored credential to call it with. */
  @JsonProperty("credential_id")
  public abstract String credentialId();

  /** The TTS model's name. */
  @JsonProperty("model")
  public abstract String model();

  /** TTS parameters (voice, language, …), as sent. */
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

  /** Builds a {@link TtsModelConfig}; {@code type}, {@code credentialId}, {@code model} are required. Not thread-safe. */
  public static final class Builder extends ImmutableTtsModelConfig.Builder {
    Builder() {}
  }
}
