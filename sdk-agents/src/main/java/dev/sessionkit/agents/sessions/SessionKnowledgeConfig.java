package dev.sessionkit.agents.sessions;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The knowledge bases attached to a session, and the parameters of the server's retrieval middleware:
 * {@code knowledge_config}, {@code {knowledge_base_ids, parameters}}. No knowledge base means no retrieval.
 * Immutable.
 *
 * <pre>{@code
 * SessionKnowledgeConfig kb = SessionKnowledgeConfig.builder().addKnowledgeBaseIds("kb-handbook")
 *     .putParameters("top_k", IntNode.valueOf(5)).build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSessionKnowledgeConfig.class)
@JsonDeserialize(builder = SessionKnowledgeConfig.Builder.class)
public abstract class SessionKnowledgeConfig {
  SessionKnowledgeConfig() {}

  /** The ids of the knowledge bases the session retrieves from; empty for none. */
  @JsonProperty("knowledge_base_ids")
  public abstract List<String> knowledgeBaseIds();

  /**
   * The retrieval middleware's parameters ({@code mode}, {@code top_k}, {@code score_threshold},
   * {@code emit_hint_event}, {@code persist_hint}, {@code hint_template}), as sent.
   */
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

  /** Builds a {@link SessionKnowledgeConfig}; every field has a default. Not thread-safe. */
  public static final class Builder extends ImmutableSessionKnowledgeConfig.Builder {
    Builder() {}
  }
}
