package dev.sessionkit.otel;

import dev.sessionkit.core.RequestListener;
import dev.sessionkit.core.usage.SessionUsage;
import dev.sessionkit.otel.internal.HttpClientTelemetry;
import dev.sessionkit.otel.internal.UsageMetrics;
import io.opentelemetry.api.OpenTelemetry;
import java.util.Objects;
import java.util.function.Function;

/**
 * OpenTelemetry for SessionKit's clients. Give {@link #requestListener()} to a client's builder and every
 * HTTP attempt of that client becomes an OpenTelemetry HTTP client span, is counted in the
 * {@code http.client.request.duration} histogram, and carries the current trace context to the server.
 * One instance serves any number of clients. Thread-safe.
 *
 * <h2>Spans and metrics</h2>
 * Per the stable HTTP semantic conventions (v1.37.0): one span of kind {@code CLIENT} per attempt (a retry is
 * a span of its own, with {@code http.request.resend_count}; a redirect hop too), named after the method
 * ({@code GET}: SessionKit has no route templates). Attributes: {@code http.request.method},
 * {@code server.address}, {@code server.port}, {@code url.full}, {@code http.response.status_code} and,
 * for a status of 400 or more or an attempt that got no response, {@code error.type} (the status code, or the
 * fully qualified class name of the SessionKit exception) with the span's status set to error. The
 * histogram {@code http.client.request.duration} (seconds) has the same attributes less {@code url.full},
 * plus {@code url.scheme}. A span and the duration cover an attempt up to its response headers: that is
 * what the transport reports to listeners.
 *
 * <h2>Secrets</h2>
 * No header is recorded. In {@code url.full} the user name and password of the URL become
 * {@code REDACTED}, and so does the value of every query parameter whose name looks like a secret
 * ({@code token}, {@code key}, {@code secret}, {@code password}, {@code signature}, {@code sig},
 * {@code auth}, {@code credential}). Exceptions are not recorded as span events: their messages quote URLs.
 *
 * <h2>Context</h2>
 * A span's parent is the context current on the thread that makes the attempt. A synchronous call makes it
 * on the caller's thread. An asynchronous client makes it on its executor: give the client an executor
 * wrapped with {@code io.opentelemetry.context.Context.taskWrapping(executor)} so that the caller's context
 * follows. The propagator configured in the {@code OpenTelemetry} instance
 * ({@code getPropagators().getTextMapPropagator()}, W3C {@code traceparent} by default) puts the attempt's
 * span context on the wire through {@link RequestListener#headersToAdd}.
 *
 * <h2>Usage metrics</h2>
 * {@link #recordUsage} and {@link #recordAll} follow the GenAI semantic conventions of v1.37.0, whose status
 * is <em>Development</em>: their names may still change, and this class will follow. Each session is
 * <ul>
 *   <li>{@code gen_ai.client.token.usage} (histogram, {@code {token}}): one record of its input tokens and one
 *       of its output tokens ({@code gen_ai.token.type} {@code input} and {@code output}); tokens read from
 *       and written to the prompt cache are input tokens too, recorded apart from the others with
 *       {@code gen_ai.token.type=input} and {@code sessionkit.token.cache} {@code read} or
 *       {@code creation}, and only when not 0 (SessionKit counts an unreported count as 0). The input tokens
 *       of a session are the sum over the three input records;
 *   <li>{@code sessionkit.usage.cost} (counter, {@code USD}): its cost as the vendor reported it, when it
 *       did; the conventions define no cost metric. Nothing is added for a session without a reported cost.
 * </ul>
 * Attributes: {@code gen_ai.operation.name} {@code invoke_agent} (required by the conventions; a session is
 * an agent's work), {@code gen_ai.provider.name} (the vendor: {@code timbal}, {@code syntropic},
 * {@code agentscope}), {@code gen_ai.request.model} when the vendor names the model the session was run with,
 * and {@code gen_ai.agent.id} when it names the agent (AgentScope). {@code gen_ai.response.model} is never
 * set: no vendor reports, per session, which model produced the answers.
 *
 * <p>The session id, {@code gen_ai.conversation.id}, is off by default and turned on with
 * {@link Builder#conversationIdOnMetrics(boolean)}. The conventions list it for spans, not for this metric,
 * and it makes one series per session: past the OpenTelemetry SDK's default limit of 2,000 series per metric
 * the SDK folds every further session into one overflow series ({@code otel.metric.overflow=true}), and each
 * series costs the backend. Turn it on for a bounded set of sessions (one report, one user's sessions), or
 * raise the limit with a view ({@code setCardinalityLimit}) knowing its cost.
 */
public final class SessionKitTelemetry {
  /** The instrumentation scope of the spans and metrics. */
  public static final String INSTRUMENTATION_NAME = "dev.sessionkit.otel";

  private final HttpClientTelemetry http;
  private final UsageMetrics usage;

  private SessionKitTelemetry(Builder builder) {
    this.http = new HttpClientTelemetry(builder.openTelemetry, INSTRUMENTATION_NAME);
    this.usage = new UsageMetrics(builder.openTelemetry, INSTRUMENTATION_NAME, builder.conversationIdOnMetrics);
  }

  /**
   * Telemetry with the defaults, that records into {@code openTelemetry}'s tracer and meter providers and
   * propagates with its propagators. The same as {@code builder(openTelemetry).build()}.
   *
   * @param openTelemetry the application's instance, e.g. {@code GlobalOpenTelemetry.get()}
   * @return the telemetry
   * @throws NullPointerException if {@code openTelemetry} is null
   */
  public static SessionKitTelemetry create(OpenTelemetry openTelemetry) {
    return builder(openTelemetry).build();
  }

  /**
   * A builder, for telemetry with other than the defaults.
   *
   * @param openTelemetry the application's instance, e.g. {@code GlobalOpenTelemetry.get()}
   * @return a new builder
   * @throws NullPointerException if {@code openTelemetry} is null
   */
  public static Builder builder(OpenTelemetry openTelemetry) {
    return new Builder(Objects.requireNonNull(openTelemetry, "openTelemetry must not be null"));
  }

  /**
   * The listener to give a client's builder ({@code ClientBuilder.listener}). The same instance every time;
   * it may be shared by any number of clients.
   *
   * @return the listener
   */
  public RequestListener requestListener() {
    return http;
  }

  /**
   * Records one session's token counts and reported cost (see the class comment).
   *
   * @param session the session, e.g. {@code session.toSessionUsage()}
   * @throws NullPointerException if {@code session} is null
   */
  public void recordUsage(SessionUsage session) {
    usage.record(Objects.requireNonNull(session, "session must not be null"));
  }

  /**
   * Records every session of a listing, in constant memory when the listing is lazy (an
   * {@code AutoPager} fetches one page at a time and this keeps nothing):
   * <pre>{@code
   * long n = telemetry.recordAll(syntropic.sessions().listAll(ListSessionsRequest.builder().build()),
   *     Session::toSessionUsage);
   * }</pre>
   *
   * @param <T> the listing's item type
   * @param sessions the sessions, e.g. an {@code AutoPager}; a failure of its paging is thrown as it is, after
   *     the sessions before it were recorded
   * @param toUsage each item's usage, e.g. {@code Session::toSessionUsage}
   * @return how many sessions were recorded
   * @throws NullPointerException if an argument, or a usage {@code toUsage} returns, is null
   */
  public <T> long recordAll(Iterable<T> sessions, Function<? super T, SessionUsage> toUsage) {
    Objects.requireNonNull(sessions, "sessions must not be null");
    Objects.requireNonNull(toUsage, "toUsage must not be null");
    long n = 0;
    for (T session : sessions) {
      recordUsage(toUsage.apply(session));
      n++;
    }
    return n;
  }

  /**
   * Builds a {@link SessionKitTelemetry}; {@link SessionKitTelemetry#builder(OpenTelemetry)} makes one. Not
   * thread-safe; the telemetry it builds is.
   */
  public static final class Builder {
    private final OpenTelemetry openTelemetry;
    private boolean conversationIdOnMetrics;

    private Builder(OpenTelemetry openTelemetry) {
      this.openTelemetry = openTelemetry;
    }

    /**
     * Whether the usage metrics carry each session's id as {@code gen_ai.conversation.id}; off by default.
     * One series per session: read the class comment on cardinality before turning it on.
     *
     * @param enabled {@code true} to add the attribute
     * @return this builder
     */
    public Builder conversationIdOnMetrics(boolean enabled) {
      this.conversationIdOnMetrics = enabled;
      return this;
    }

    /** @return the telemetry */
    public SessionKitTelemetry build() {
      return new SessionKitTelemetry(this);
    }
  }
}
