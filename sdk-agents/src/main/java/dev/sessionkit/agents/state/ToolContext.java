package dev.sessionkit.agents.state;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A session's tool state: the read-file cache and its limits, and the activated tool groups. Immutable.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableToolContext.class)
@JsonDeserialize(builder = ToolContext.Builder.class)
public abstract class ToolContext {
  ToolContext() {}

  /** How many files the cache holds at most, when sent. */
  @JsonProperty("max_cache_files")
  public abstract Optional<Integer> maxCacheFiles();

  /**
   * How large the cache may grow, when sent: in the unit of {@link ReadCacheEntry#bytes()}, KiB despite the name
   * (the server's default is 25000).
   */
  @JsonProperty("max_cache_bytes")
  public abstract Optional<BigDecimal> maxCacheBytes();

  /** The cached files. */
  @JsonProperty("read_file_cache")
  public abstract List<ReadCacheEntry> readFileCache();

  /** The names of the activated tool groups. */
  @JsonProperty("activated_groups")
  public abstract List<String> activatedGroups();

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

  /** Builds a {@link ToolContext}. Not thread-safe. */
  public static final class Builder extends ImmutableToolContext.Builder {
    Builder() {}
  }
}
