package dev.sessionkit.agents.state;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A file the agent has read, cached for its Read/Write/Edit tools: {@code {file_path, lines, updated_at, bytes}}.
 * Immutable.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableReadCacheEntry.class)
@JsonDeserialize(builder = ReadCacheEntry.Builder.class)
public abstract class ReadCacheEntry {
  ReadCacheEntry() {}

  /** The file's absolute path. */
  @JsonProperty("file_path")
  public abstract String filePath();

  /** The cached lines. */
  @JsonProperty("lines")
  public abstract List<String> lines();

  /** The file's modification time when read, in seconds since the epoch as the server sends it (a float). */
  @JsonProperty("updated_at")
  public abstract Optional<BigDecimal> updatedAt();

  /**
   * The cached size as sent: in KiB despite the name, as the server counts it (agentscope's
   * {@code ToolContext.cache_file} divides the lines' UTF-8 byte count by 1024).
   */
  @JsonProperty("bytes")
  public abstract Optional<BigDecimal> bytes();

  /** Fields this SDK version does not know, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /**
   * {@link #updatedAt()} as an instant, to the microsecond.
   *
   * @return the modification time, when sent
   */
  public Optional<Instant> modifiedAt() {
    return updatedAt().map(s -> {
      BigDecimal micros = s.movePointRight(6).setScale(0, RoundingMode.HALF_UP);
      return Instant.EPOCH.plus(micros.longValueExact(), ChronoUnit.MICROS);
    });
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this value */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ReadCacheEntry}; {@code filePath} is required. Not thread-safe. */
  public static final class Builder extends ImmutableReadCacheEntry.Builder {
    Builder() {}
  }
}
