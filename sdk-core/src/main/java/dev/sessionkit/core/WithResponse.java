package dev.sessionkit.core;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A call's parsed value next to the HTTP response it came from. It works with every call of every client,
 * blocking or async, because every call takes {@link RequestOptions}: pass the call as a function of its
 * options.
 *
 * <pre>{@code
 * WithResponse<RunDetail> r = WithResponse.call(o -> timbal.runs().get(request, o));
 * RunDetail run = r.value();
 * String id = r.response().requestId().orElse("-");
 *
 * WithResponse.callAsync(o -> timbal.async().runs().get(request, o))
 *     .thenAccept(w -> log(w.response().statusCode(), w.value()));
 * }</pre>
 *
 * <p>The response is the last successful one the call read: after retries, the one that succeeded. A call
 * that fails throws as usual; its {@link dev.sessionkit.core.errors.ApiException} carries the status and
 * headers. For listings, each {@link dev.sessionkit.core.paging.Page#response() page} carries its own.
 *
 * <p>Immutable; thread-safe when the value is.
 *
 * @param <T> the value's type
 */
public final class WithResponse<T> {
  private final T value;
  private final ResponseInfo response;

  private WithResponse(T value, ResponseInfo response) {
    this.value = value;
    this.response = response;
  }

  /**
   * Makes a call and keeps its response.
   *
   * @param call makes one call with the options it is given (which must be passed on to the call)
   * @param <T> the call's result
   * @return the result and its response
   * @throws IllegalStateException if the call read no response: it did not pass the options on, or made no
   *     request (an auto-pager sends nothing until it is iterated)
   */
  public static <T> WithResponse<T> call(Function<RequestOptions, T> call) {
    return call(RequestOptions.none(), call);
  }

  /**
   * Makes a call with options of its own and keeps its response.
   *
   * @param options the call's options; a response observer of theirs still sees the response
   * @param call makes one call with the options it is given
   * @param <T> the call's result
   * @return the result and its response
   * @throws IllegalStateException if the call read no response
   */
  public static <T> WithResponse<T> call(RequestOptions options, Function<RequestOptions, T> call) {
    Objects.requireNonNull(call, "call");
    AtomicReference<ResponseInfo> seen = new AtomicReference<>();
    T value = call.apply(capturing(options, seen));
    return new WithResponse<>(value, required(seen));
  }

  /**
   * Makes an async call and keeps its response.
   *
   * @param call starts one async call with the options it is given
   * @param <T> the call's result
   * @return completes with the result and its response, or fails as the call does (with an
   *     {@link IllegalStateException} if it read no response)
   * @throws RuntimeException what {@code call} throws on the calling thread: the SDK's async calls throw a bad
   *     argument there (an {@link IllegalArgumentException} or {@link IllegalStateException}) before any request,
   *     and so does this
   */
  public static <T> CompletableFuture<WithResponse<T>> callAsync(Function<RequestOptions, CompletableFuture<T>> call) {
    return callAsync(RequestOptions.none(), call);
  }

  /**
   * Makes an async call with options of its own and keeps its response.
   *
   * @param options the call's options
   * @param call starts one async call with the options it is given
   * @param <T> the call's result
   * @return completes with the result and its response, or fails as the call does
   */
  public static <T> CompletableFuture<WithResponse<T>> callAsync(RequestOptions options,
      Function<RequestOptions, CompletableFuture<T>> call) {
    Objects.requireNonNull(call, "call");
    AtomicReference<ResponseInfo> seen = new AtomicReference<>();
    CompletableFuture<T> future = Objects.requireNonNull(call.apply(capturing(options, seen)), "the call's future");
    return future.thenApply(value -> new WithResponse<>(value, required(seen)));
  }

  private static RequestOptions capturing(RequestOptions options, AtomicReference<ResponseInfo> seen) {
    return Objects.requireNonNull(options, "options").toBuilder().onResponse(seen::set).build();
  }

  private static ResponseInfo required(AtomicReference<ResponseInfo> seen) {
    ResponseInfo response = seen.get();
    if (response == null) {
      throw new IllegalStateException("the call read no response: pass the options it is given to the SDK call"
          + " (o -> service.get(request, o)); a listAll pager sends nothing until it is iterated (read each"
          + " page's response() instead)");
    }
    return response;
  }

  /** The parsed value, as the call returned it (null only for calls that return none, such as a 204). */
  public T value() {
    return value;
  }

  /** The response the value was read from. */
  public ResponseInfo response() {
    return response;
  }

  @Override
  public String toString() {
    return "WithResponse[" + value + ", " + response + "]";
  }
}
