package dev.sessionkit.core.internal.json;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A model written the way the vendor modules write theirs, to pin the binding rules in one place. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSampleModel.class)
@JsonDeserialize(builder = SampleModel.Builder.class)
public abstract class SampleModel {
  @JsonProperty("id")
  public abstract String id();

  @JsonProperty("cost_usd")
  public abstract BigDecimal costUsd();

  @JsonProperty("started_at")
  public abstract Optional<Instant> startedAt();

  @JsonProperty("model")
  public abstract Optional<String> model();

  @JsonProperty("turn_count")
  @Value.Default
  public int turnCount() {
    return 0;
  }

  @JsonProperty("is_running")
  @Value.Default
  public boolean running() {
    return false;
  }

  @JsonProperty("tags")
  public abstract List<String> tags();

  @JsonProperty("model_usage")
  public abstract Optional<JsonNode> modelUsage();

  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableSampleModel.Builder {}
}
