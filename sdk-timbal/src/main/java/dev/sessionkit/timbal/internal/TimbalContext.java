package dev.sessionkit.timbal.internal;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.WithResponse;
import dev.sessionkit.core.internal.check.Arguments;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.core.internal.http.HttpTransport;
import dev.sessionkit.core.internal.http.ResponseReader;
import dev.sessionkit.core.internal.paging.CursorCodec;
import dev.sessionkit.core.internal.paging.CursorPaging;
import dev.sessionkit.core.internal.paging.PagerParameters;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.timbal.ProjectRequest;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * What every Timbal service shares: the transport and the client's default org and project. One per
 * client; immutable and thread-safe.
 */
public final class TimbalContext {
  private final HttpTransport transport;
  private final String defaultOrgId;
  private final String defaultProjectId;
  private final Map<Type, ResponseReader<?>> readers = new ConcurrentHashMap<>();

  /**
   * @param transport the client's transport
   * @param defaultOrgId the org of requests that name none, or null
   * @param defaultProjectId the project of requests that name none, or null
   */
  public TimbalContext(HttpTransport transport, String defaultOrgId, String defaultProjectId) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.defaultOrgId = defaultOrgId;
    this.defaultProjectId = defaultProjectId;
  }

  /** The client's default org id. */
  public Optional<String> defaultOrgId() {
    return Optional.ofNullable(defaultOrgId);
  }

  /** The client's default project id. */
  public Optional<String> defaultProjectId() {
    return Optional.ofNullable(defaultProjectId);
  }

  /**
   * The path segments of a call under {@code /orgs/{org}/projects/{project}}: the request's ids first,
   * the client's defaults second.
   *
   * @param request the request, which may name the org and project
   * @param more the path segments after the project
   * @return the segments, each to be percent-encoded whole
   * @throws IllegalStateException if neither the request nor the client names the org or the project
   */
  public String[] path(ProjectRequest request, String... more) {
    String org = request.orgId().or(this::defaultOrgId).orElseThrow(() -> missing("orgId", "TIMBAL_ORG_ID"));
    String project = request.projectId().or(this::defaultProjectId)
        .orElseThrow(() -> missing("projectId", "TIMBAL_PROJECT_ID"));
    String[] path = new String[4 + more.length];
    path[0] = "orgs";
    path[1] = org;
    path[2] = "projects";
    path[3] = project;
    System.arraycopy(more, 0, path, 4, more.length);
    return path;
  }

  /**
   * The check every request's {@code build()} makes of its ids: unset is the client's default, blank a mistake.
   *
   * @param request the request being built
   * @throws IllegalArgumentException naming the id if one is blank
   */
  public static void checkIds(ProjectRequest request) {
    Arguments.optionalNonBlank(request.orgId().orElse(null), "orgId");
    Arguments.optionalNonBlank(request.projectId().orElse(null), "projectId");
  }

  private static IllegalStateException missing(String field, String variable) {
    return new IllegalStateException(field + " is not set: set it on the request (" + field + "(…)), or give the"
        + " client a default (TimbalClient.builder()." + field + "(…) or the environment variable " + variable
        + ")");
  }

  /**
   * Sends a request and binds its JSON body, unwrapping a {@code {"success": …}} envelope.
   *
   * @param request the request
   * @param options the call's options
   * @param type the body's type
   * @param <T> the body's type
   * @return the body
   */
  public <T> T call(ApiRequest request, RequestOptions options, Type type) {
    @SuppressWarnings("unchecked")
    ResponseReader<T> reader = (ResponseReader<T>) readers.computeIfAbsent(type, t -> {
      ObjectReader json = transport.json().readerFor(t);
      return ResponseReader.nonNull(SuccessEnvelope.reader(json), json.getValueType());
    });
    return transport.execute(request, options, reader);
  }

  /**
   * As {@link #call}, but a body of JSON {@code null} is read as null: for the bare-array compose listing,
   * where a server whose empty list serialises as {@code null} means "no sessions".
   */
  public <T> T callNullable(ApiRequest request, RequestOptions options, Type type) {
    ObjectReader json = transport.json().readerFor(type);
    return transport.execute(request, options,
        ResponseReader.noNullElements(SuccessEnvelope.reader(json), json.getValueType()));
  }

  /**
   * The first page of a cursor-paged listing: each next page is {@code first} with {@code page_token} set
   * to the previous page's {@code next_page_token}, sent with the same options.
   *
   * @param first the request of the first page
   * @param options the call's options, for every page
   * @param type the body's type
   * @param cursors writes the pages' cursors
   * @param startToken the token the first request sends (a resumed listing's), or null
   * @param <T> the item type
   * @return the first page
   */
  public <T> Page<T> cursorPages(ApiRequest first, RequestOptions options, Class<? extends CursorBody<T>> type,
      CursorCodec cursors, String startToken) {
    requirePageable(options);
    return CursorPaging.firstPage(token -> {
      WithResponse<CursorBody<T>> read = WithResponse.call(options,
          o -> call(first.toBuilder().setQuery("page_token", token).build(), o, type));
      return new CursorPaging.Result<>(read.value().items(), read.value().nextPageToken(), read.response());
    }, cursors, startToken);
  }

  /**
   * Refuses options that would replace the page token cursor paging sends (see {@link PagerParameters}).
   *
   * @param options the call's options
   * @return {@code options}
   */
  public RequestOptions requirePageable(RequestOptions options) {
    return PagerParameters.requireNotReplaced(Objects.requireNonNull(options, "options"), "page_token");
  }

  /**
   * Sends a request whose response body is not needed (a 204).
   *
   * @param request the request
   * @param options the call's options
   */
  public void send(ApiRequest request, RequestOptions options) {
    transport.execute(request, options, ResponseReader.discarding());
  }

  /**
   * Runs a blocking call on the client's executor.
   *
   * @param call the call
   * @param <T> its result
   * @return its future
   */
  public <T> CompletableFuture<T> async(Supplier<T> call) {
    return transport.async(call);
  }

  /**
   * Sends an already built request on the client's executor. The request is built by the caller, on its
   * own thread, so that argument errors are thrown there; the options are checked here, before anything
   * runs.
   *
   * @param request the request
   * @param options the call's options, not null
   * @param send sends the request with the options and reads its result (blocking)
   * @param <T> the result
   * @return the result's future
   */
  public <T> CompletableFuture<T> sendAsync(ApiRequest request, RequestOptions options,
      BiFunction<ApiRequest, RequestOptions, T> send) {
    Objects.requireNonNull(options, "options");
    return async(() -> send.apply(request, options));
  }

  /** The executor of async calls. */
  public Executor executor() {
    return transport.executor();
  }
}
