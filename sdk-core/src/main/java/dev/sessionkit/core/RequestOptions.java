package dev.sessionkit.core;

import dev.sessionkit.core.internal.http.HeaderValues;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Settings for one call that override the client's: timeout, retry count, extra headers and query
 * parameters, and observers of the call's responses. An auto-pager applies the options given to its first
 * call to every page.
 *
 * <pre>{@code
 * RequestOptions opts = RequestOptions.builder()
 *     .timeout(Duration.ofSeconds(5))
 *     .maxRetries(0)
 *     .header("X-Trace", "abc")
 *     .build();
 * Page<Run> page = timbal.runs().list(request, opts);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = builder().build();

  private final Duration timeout;
  private final Integer maxRetries;
  private final Map<String, String> headers;
  private final Map<String, String> queryParams;
  private final List<Consumer<? super ResponseInfo>> responseObservers;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.maxRetries = b.maxRetries;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.queryParams = Collections.unmodifiableMap(new LinkedHashMap<>(b.queryParams));
    this.responseObservers = List.copyOf(b.responseObservers);
  }

  /**
   * No overrides.
   *
   * @return the empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from these options */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.timeout = timeout;
    b.maxRetries = maxRetries;
    b.headers.putAll(headers);
    b.queryParams.putAll(queryParams);
    b.responseObservers.addAll(responseObservers);
    return b;
  }

  /** The timeout of each attempt of this call, if overridden. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** The retry count of this call, if overridden. */
  public OptionalInt maxRetries() {
    return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
  }

  /** Headers added to (or replacing the client's defaults on) this call, in insertion order. */
  public Map<String, String> headers() {
    return headers;
  }

  /** Query parameters added to this call, in insertion order; each replaces the SDK's parameter of the same name. */
  public Map<String, String> queryParams() {
    return queryParams;
  }

  /**
   * The observers that see each successful response of this call, in the order added (see
   * {@link Builder#onResponse}).
   *
   * @return the observers, unmodifiable
   */
  public List<Consumer<? super ResponseInfo>> responseObservers() {
    return responseObservers;
  }

  @Override
  public String toString() {
    Map<String, String> shown = new LinkedHashMap<>();
    headers.forEach((k, v) -> shown.put(k, HeaderValues.isSensitive(k) ? "****" : v));
    return "RequestOptions[timeout=" + timeout + ", maxRetries=" + maxRetries + ", headers=" + shown
        + ", queryParams=" + queryParams + ", responseObservers=" + responseObservers.size() + "]";
  }

  /** Builds {@link RequestOptions}. Not thread-safe. */
  public static final class Builder {
    private Duration timeout;
    private Integer maxRetries;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> queryParams = new LinkedHashMap<>();
    private final List<Consumer<? super ResponseInfo>> responseObservers = new ArrayList<>();

    private Builder() {}

    /**
     * @param timeout the timeout of each attempt, positive
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      if (timeout == null || timeout.isZero() || timeout.isNegative()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * @param maxRetries retries after the first attempt, 0 to 100
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0 || maxRetries > 100) {
        throw new IllegalArgumentException("maxRetries must be between 0 and 100, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Sets a header, replacing any earlier value of the same name given here.
     *
     * @param name the header name
     * @param value the value, without control characters (CR, LF, …) or characters past U+00FF
     * @return this builder
     */
    public Builder header(String name, String value) {
      HeaderValues.requireValidName(name);
      HeaderValues.requireSendable("header " + name, value);
      headers.put(name, value);
      return this;
    }

    /**
     * Sets a query parameter, replacing any earlier value of the same name given here. On the wire it also
     * replaces the parameter of the same name that the SDK itself would send (so {@code limit} here overrides a
     * request's limit on a single call): the server sees one value, never two. A call that walks pages
     * ({@code listAll}, and a page's {@code nextPage()}) refuses a parameter its paging sets on every page
     * (a page token, {@code limit}, {@code offset}, a keyset bound), with an {@link IllegalArgumentException}
     * before any request: replaced, it would end or loop the walk.
     *
     * @param name the parameter name, not empty
     * @param value the value (it is percent-encoded on the wire)
     * @return this builder
     */
    public Builder queryParam(String name, String value) {
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException("query parameter name must not be null or empty");
      }
      queryParams.put(name, Objects.requireNonNull(value, "value of query parameter " + name));
      return this;
    }

    /**
     * Adds an observer of the call's successful responses: it is given each 2xx response whose body the
     * transport read and parsed (for an event stream, the response that opened it), once per HTTP request, on
     * the thread that read it, before the call returns. Attempts that failed and were retried, and responses
     * whose body could not be read, are not given (their status and headers are on the exception). A response
     * that parsed but that the SDK then refuses (a listing that ignores its paging parameters, a page token
     * sent twice) has been given already. A listing makes a request per page, and may make two for one page
     * (Syntropic137's widened keyset page): the observer sees each. Observers added earlier, or kept from
     * {@link #toBuilder()}, stay. Most callers want {@link WithResponse} or
     * {@link dev.sessionkit.core.paging.Page#response()}, which are built on this. An exception the observer
     * throws fails the call with that exception (not retried; the {@link RequestListener} sees no failure).
     *
     * @param observer sees each successful response
     * @return this builder
     */
    public Builder onResponse(Consumer<? super ResponseInfo> observer) {
      responseObservers.add(Objects.requireNonNull(observer, "observer"));
      return this;
    }

    /** @return the options */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
