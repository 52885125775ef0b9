package dev.sessionkit.agents.messages;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a {@link DataBlock}'s bytes are: {@code {"type": "base64", "data", "media_type"}} or
 * {@code {"type": "url", "url", "media_type"}}. Immutable.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableDataSource.class)
@JsonDeserialize(builder = DataSource.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class DataSource {
  /** The {@code type} of inline base64 data. */
  public static final String BASE64 = "base64";
  /** The {@code type} of data found at a URL. */
  public static final String URL = "url";

  DataSource() {}

  /**
   * {@value #BASE64}, {@value #URL}, or another type as the server sent it. When the server leaves it out (its
   * models default it), the fields say which: {@value #URL} when there is a {@link #url()}, else
   * {@value #BASE64}, the choice the server's own models make.
   */
  @JsonProperty("type")
  @Value.Default
  public String type() {
    return url().isPresent() ? URL : BASE64;
  }

  /** The base64 data, for a {@value #BASE64} source. */
  @JsonProperty("data")
  public abstract Optional<String> data();

  /** The URL, for a {@value #URL} source. */
  @JsonProperty("url")
  public abstract Optional<String> url();

  /** The MIME type ({@code image/png}), when sent. */
  @JsonProperty("media_type")
  public abstract Optional<String> mediaType();

  /** Fields this SDK version does not know, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /**
   * Inline data.
   *
   * @param data the base64 text, not null
   * @param mediaType the MIME type, not null
   * @return the source
   */
  public static DataSource base64(String data, String mediaType) {
    return builder().type(BASE64).data(data).mediaType(mediaType).build();
  }

  /**
   * Data at a URL.
   *
   * @param url the URL, not null
   * @param mediaType the MIME type, not null
   * @return the source
   */
  public static DataSource url(String url, String mediaType) {
    return builder().type(URL).url(url).mediaType(mediaType).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this source */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link DataSource}. Not thread-safe. */
  public static final class Builder extends ImmutableDataSource.Builder {
    Builder() {}
  }
}
