package dev.sessionkit.core.internal.http;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One API call as a vendor module describes it: method, path segments, query, body. The transport adds
 * the base URL, credentials, standard headers, retries and the options of the call. Immutable.
 */
public final class ApiRequest {
  private final String method;
  private final List<String> segments;
  private final boolean trailingSlash;
  private final List<Map.Entry<String, String>> query;
  private final byte[] body;
  private final String contentType;
  private final Map<String, String> headers;
  private final boolean idempotent;

  private ApiRequest(Builder b) {
    this.method = b.method;
    this.segments = List.copyOf(b.segments);
    this.trailingSlash = b.trailingSlash;
    this.query = List.copyOf(b.query);
    this.body = b.body;
    this.contentType = b.contentType;
    this.headers = Map.copyOf(b.headers);
    this.idempotent = b.idempotent != null ? b.idempotent
        : method.equals("GET") || method.equals("HEAD") || method.equals("PUT") || method.equals("DELETE");
  }

  /** A GET request. */
  public static Builder get(String... segments) {
    return new Builder("GET").path(segments);
  }

  /** A POST request (never retried). */
  public static Builder post(String... segments) {
    return new Builder("POST").path(segments);
  }

  /** A PATCH request (never retried). */
  public static Builder patch(String... segments) {
    return new Builder("PATCH").path(segments);
  }

  /** A DELETE request (retried: deleting twice leaves the same state). */
  public static Builder delete(String... segments) {
    return new Builder("DELETE").path(segments);
  }

  public String method() {
    return method;
  }

  public List<String> segments() {
    return segments;
  }

  public boolean trailingSlash() {
    return trailingSlash;
  }

  public List<Map.Entry<String, String>> query() {
    return query;
  }

  /** The body bytes, or null when the request has none. */
  public byte[] body() {
    return body;
  }

  public String contentType() {
    return contentType;
  }

  public Map<String, String> headers() {
    return headers;
  }

  /** Whether the call may be sent again after a failure. */
  public boolean idempotent() {
    return idempotent;
  }

  /** A builder that starts from this request, for "the same request with the cursor replaced". */
  public Builder toBuilder() {
    Builder b = new Builder(method);
    b.segments.addAll(segments);
    b.trailingSlash = trailingSlash;
    b.query.addAll(query);
    b.body = body;
    b.contentType = contentType;
    b.headers.putAll(headers);
    b.idempotent = idempotent;
    return b;
  }

  @Override
  public String toString() {
    return method + " /" + String.join("/", segments) + (trailingSlash ? "/" : "") + " " + query;
  }

  /** Builds an {@link ApiRequest}. */
  public static final class Builder {
    private final String method;
    private final List<String> segments = new ArrayList<>();
    private boolean trailingSlash;
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private byte[] body;
    private String contentType;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Boolean idempotent;

    private Builder(String method) {
      this.method = method;
    }

    /** Appends path segments; each is percent-encoded whole. */
    public Builder path(String... more) {
      for (String s : more) {
        segments.add(Objects.requireNonNull(s, "path segment"));
      }
      return this;
    }

    public Builder trailingSlash() {
      this.trailingSlash = true;
      return this;
    }

    /** Adds a query parameter; a null value is left out. */
    public Builder query(String name, Object value) {
      if (value != null) {
        query.add(new AbstractMap.SimpleImmutableEntry<>(name, value.toString()));
      }
      return this;
    }

    /** Replaces every value of a query parameter; a null value removes it. */
    public Builder setQuery(String name, Object value) {
      query.removeIf(e -> e.getKey().equals(name));
      return query(name, value);
    }

    /** Adds the same parameter once per value. */
    public Builder queryAll(String name, Collection<?> values) {
      for (Object v : values) {
        query(name, v);
      }
      return this;
    }

    public Builder body(byte[] body, String contentType) {
      this.body = body;
      this.contentType = contentType;
      return this;
    }

    /** A JSON body, written by the SDK's mapper (a Jackson {@code ObjectNode} keeps explicit nulls). */
    public Builder jsonBody(Object value) {
      try {
        return body(dev.sessionkit.core.internal.json.SessionKitJson.mapper().writeValueAsBytes(value),
            "application/json");
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalArgumentException("request body cannot be written as JSON: " + e.getOriginalMessage(), e);
      }
    }

    public Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public Builder idempotent(boolean idempotent) {
      this.idempotent = idempotent;
      return this;
    }

    public ApiRequest build() {
      return new ApiRequest(this);
    }
  }
}
